import { Parser } from '@asyncapi/parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { laneOfKind } from '../../../shared/flows/system-kinds.ts';
import {
  answerSchema,
  customObjectSchema,
  flowSchema,
  systemKinds,
  systemSchema,
  type Flow,
  type ProjectDocument,
  type TraceSystem,
} from '../../../shared/model/schema.ts';
import { dataObjectCatalogue } from '../../../shared/flows/data-objects.ts';
import { blankDocument } from '../shared/fixtures.ts';

/**
 * Builders of small diagrams and the official validators, shared by the flow tests:
 * Redocly (OpenAPI), the AsyncAPI parser, ajv with GS1's EPCIS JSON Schema.
 */

export type SystemKind = TraceSystem['kind'];

/** A system with schema defaults, in the lane of its kind. */
export function system(id: string, kind: SystemKind, extra: Partial<TraceSystem> = {}) {
  return systemSchema.parse({ id, kind, name: id, lane: laneOfKind(kind), ...extra });
}

/** A one-way, event-triggered REST flow owned by IT, with schema defaults. */
export function flow(
  id: string,
  sourceId: string,
  targetId: string,
  objects: string[],
  extra: Partial<Flow> = {},
): Flow {
  return flowSchema.parse({
    id,
    sourceId,
    targetId,
    objects,
    owner: 'it',
    protocol: 'rest',
    ...extra,
  });
}

/** The blank template with this diagram and these step-1 answers. */
export function diagram(
  systems: TraceSystem[],
  flows: Flow[],
  answers: Record<string, string | string[] | number> = {},
  customObjects: ProjectDocument['flows']['customObjects'] = [],
): ProjectDocument {
  const base = blankDocument('en');
  return {
    ...base,
    audit: {
      ...base.audit,
      answers: Object.entries(answers).map(([questionId, value]) =>
        answerSchema.parse({ id: `ans-${questionId}`, questionId, value }),
      ),
    },
    flows: { systems, flows, customObjects, notes: [] },
  };
}

/** A custom object with the given fields (id = name). */
export function customObject(
  id: string,
  name: string,
  fields: { name: string; type: string; isRequired?: boolean }[],
) {
  return customObjectSchema.parse({
    id,
    name,
    fields: fields.map((f, i) => ({ id: `${id}-f${i}`, ...f })),
  });
}

// ── Official validators ──────────────────────────────────────────────────────────────────

/** GS1's reference files: next to this repository (`/work/shared/reference/gs1-epcis`). */
/** GS1's EPCIS 2.0 schema, examples and CBV vocabularies, copied unchanged (see README there). */
export const GS1_DIR = new URL('../../fixtures/gs1-epcis/', import.meta.url);
export const readGs1 = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(name, GS1_DIR), 'utf8'));

/** ajv (draft-07) with ajv-formats, compiling GS1's EPCIS 2.0 JSON Schema, as GS1's README says. */
export function epcisValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(readGs1('EPCIS-JSON-Schema.json') as object);
}

/** ajv for JSON Schema 2020-12 (OpenAPI 3.1 and the exported schemas). */
export function jsonSchema2020() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** ajv for draft-07 (AsyncAPI's default schema format). */
export function jsonSchema07() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

let redoclyConfig: ReturnType<typeof createConfig> | undefined;

/** Redocly's lint with its `recommended` ruleset: every problem, with rule and location. */
export async function lintOpenApi(api: object) {
  redoclyConfig ??= createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({
    source: JSON.stringify(api),
    absoluteRef: '/openapi.json',
    config: await redoclyConfig,
  });
  return problems.map((p) => ({
    ruleId: p.ruleId,
    severity: p.severity,
    message: p.message,
    pointer: p.location[0]?.pointer ?? '',
  }));
}

let asyncApiParser: Parser | undefined;

/** The AsyncAPI parser's diagnostics (severity 0 = error, 1 warning, 2 information, 3 hint). */
export async function validateAsyncApi(api: object) {
  asyncApiParser ??= new Parser();
  const diagnostics = await asyncApiParser.validate(JSON.stringify(api));
  return diagnostics.map((d) => ({
    code: String(d.code),
    severity: Number(d.severity),
    message: d.message,
    path: d.path.join('/'),
  }));
}

// ── Random diagrams ──────────────────────────────────────────────────────────────────────

const ids = fc.stringMatching(/^[A-Za-z0-9_.:-]{1,12}$/);
const userText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '=HYPERLINK("http://x")',
    'a | b',
    '**bold** <b>x</b>',
    '原料"供应商"\n第二行',
    '',
  ),
);

const protocols = [
  'tbd',
  'rest',
  'soap',
  'odata',
  'file',
  'edi',
  'opcua',
  'mqtt',
  'database',
] as const;

/** Small random diagrams that satisfy the schema and the diagram's references. */
export const arbitraryFlows = fc
  .uniqueArray(ids, { minLength: 0, maxLength: 14, selector: (id) => id })
  .chain((pool) => {
    const systemIds = pool.slice(0, Math.ceil(pool.length / 2));
    const rest = pool.slice(systemIds.length);
    const customIds = rest.slice(0, 2);
    const flowIds = rest.slice(2);
    const objectKeys = [...dataObjectCatalogue.map((o) => o.key), ...customIds];
    const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
    const systems = fc.tuple(
      ...systemIds.map((id) =>
        fc
          .record({ kind: pick(systemKinds), name: userText, product: userText })
          .map((s) => system(id, s.kind, { name: s.name, product: s.product })),
      ),
    );
    const flows =
      systemIds.length === 0
        ? fc.constant([] as Flow[])
        : fc.tuple(
            ...flowIds.map((id) =>
              fc
                .record({
                  sourceId: pick(systemIds),
                  targetId: pick(systemIds),
                  objects: fc.uniqueArray(pick(objectKeys), { maxLength: 3 }),
                  direction: fc.constantFrom('one-way', 'two-way'),
                  trigger: fc.constantFrom('event', 'scheduled', 'manual'),
                  protocol: fc.constantFrom(...protocols),
                  reason: userText,
                  volumePerDay: fc.option(fc.nat(100000), { nil: null }),
                  owner: fc.constantFrom('it', 'qc', null),
                })
                .map((f) => flow(id, f.sourceId, f.targetId, f.objects, f)),
            ),
          );
    const customs = fc.constant(
      customIds.map((id) =>
        customObject(id, `Custom ${id}`, [
          { name: 'code', type: 'string', isRequired: true },
          { name: 'weight', type: 'number' },
          { name: 'madeOn', type: 'date' },
        ]),
      ),
    );
    return fc.record({ systems, flows, customObjects: customs });
  })
  .map(({ systems, flows, customObjects }) => ({
    systems: [...systems],
    flows: [...flows],
    customObjects,
    notes: [],
  }));
