import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataObjectCatalogue } from '../../../shared/flows/data-objects.ts';
import {
  EPCIS_CONTEXT,
  epcisEventSchema,
  sampleEpcisEvent,
} from '../../../shared/flows/epcis-events.ts';
import { exportAsyncApi } from '../../../shared/flows/export-asyncapi.ts';
import type { JsonObject } from '../../../shared/flows/json.ts';
import { objectSemantics } from '../../../shared/flows/object-semantics.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import {
  arbitraryFlows,
  customObject,
  diagram,
  epcisValidator,
  flow,
  jsonSchema07,
  readGs1,
  system,
  validateAsyncApi,
} from './flow-fixtures.ts';

type Message = { payload: { $ref: string }; examples: { payload: JsonObject }[] };
type Components = { messages: Record<string, Message>; schemas: Record<string, JsonObject> };
type Operation = { action: string; channel: { $ref: string }; messages: { $ref: string }[] };

const resolve = (api: JsonObject, ref: string): unknown =>
  ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], api);

const eventObjects = dataObjectCatalogue.map((o) => o.key).filter((k) => objectSemantics[k].epcis);

function onlyEvents(): ProjectDocument {
  return diagram(
    [
      system('mes', 'mes', { name: 'MES' }),
      system('tr', 'traceability'),
      system('lbl', 'labeling'),
    ],
    [
      flow('f1', 'mes', 'tr', ['material-consumption', 'production-output'], { protocol: 'mqtt' }),
      flow('f2', 'lbl', 'tr', ['serial-numbers'], { protocol: 'opcua' }),
      flow('f3', 'tr', 'mes', ['inspection-result', 'inventory-status'], {
        protocol: 'mqtt',
        direction: 'two-way',
        reason: 'release',
      }),
    ],
    { 'goal.granularity': 'mixed' },
  );
}

function hostile(): ProjectDocument {
  return diagram(
    [
      system('sys:a.1', 'mes', { name: 'MES "line" | <b>1</b>\n**x**' }),
      system('sys:b', 'customer', { name: '=HYPERLINK("http://x")' }),
    ],
    [
      flow('f:1', 'sys:a.1', 'sys:b', ['shipment', 'c:1'], {
        protocol: 'edi',
        reason: 'a | b\n<script>alert(1)</script>',
      }),
    ],
    {},
    [
      customObject('c:1', '托盘 "label" | <i>', [
        { name: 'a|b', type: 'datetime', isRequired: true },
      ]),
    ],
  );
}

function chinese(): ProjectDocument {
  const doc = diagram(
    [
      system('mes', 'mes', { name: '制造执行系统' }),
      system('tr', 'traceability', { name: '追溯平台' }),
    ],
    [
      flow('f1', 'mes', 'tr', ['production-output', 'pl'], {
        protocol: 'mqtt',
        reason: '产出即上报',
      }),
    ],
    {},
    [customObject('pl', '托盘标签', [{ name: '托盘号', type: 'string', isRequired: true }])],
  );
  return { ...doc, meta: { ...doc.meta, language: 'zh-CN' } };
}

const cases: [string, () => ProjectDocument, number][] = [
  ['the worked example', () => exampleDocument('en'), 6],
  ['the worked example in Chinese', () => exampleDocument('zh-CN'), 6],
  ['an empty diagram', () => diagram([], []), 0],
  ['only events', onlyEvents, 7],
  [
    'only REST',
    () => diagram([system('a', 'erp'), system('b', 'mes')], [flow('f', 'a', 'b', ['work-order'])]),
    0,
  ],
  ['names in Chinese', chinese, 2],
  ['names with quotes, markup, pipes and newlines', hostile, 2],
];

// The parser takes about half a second a document, more on a busy machine.
describe(
  'exportAsyncApi passes the AsyncAPI parser with no error diagnostics',
  { timeout: 30_000 },
  () => {
    it.each(cases)('%s', async (_name, build, channelCount) => {
      const doc = build();
      const api = exportAsyncApi(doc, doc.meta.language);
      expect(api.asyncapi).toBe('3.0.0');
      const diagnostics = await validateAsyncApi(api);
      expect(diagnostics.filter((d) => d.severity === 0)).toEqual([]);
      // Left: an information that AsyncAPI 3.1 exists (3.0 is what the brief and our readers use).
      expect(diagnostics.map((d) => d.code)).toEqual(['asyncapi-latest-version']);
      expect(Object.keys(api.channels as object)).toHaveLength(channelCount);
    });

    it('the parser does report a broken document (so the check can fail)', async () => {
      const api = exportAsyncApi(onlyEvents(), 'en') as { operations: Record<string, Operation> };
      Object.values(api.operations)[0]!.action = 'publish';
      const errors = (await validateAsyncApi(api)).filter((d) => d.severity === 0);
      expect(errors.length).toBeGreaterThan(0);
    });
  },
);

describe('exportAsyncApi structure', () => {
  it('has a send and a receive operation per channel, each referring to what exists', () => {
    const api = exportAsyncApi(onlyEvents(), 'en');
    const channels = Object.keys(api.channels as object);
    const ops = Object.values(api.operations as Record<string, Operation>);
    expect(ops.map((o) => o.action).sort()).toEqual(
      [...channels.map(() => 'receive'), ...channels.map(() => 'send')].sort(),
    );
    for (const op of ops) {
      expect(resolve(api, op.channel.$ref)).toBeDefined();
      for (const m of op.messages) expect(resolve(api, m.$ref)).toBeDefined();
    }
  });

  it('gives a two-way flow a channel each way, addressed by the sender', () => {
    const api = exportAsyncApi(onlyEvents(), 'en');
    const addresses = Object.values(api.channels as Record<string, { address: string }>).map(
      (c) => c.address,
    );
    expect(addresses).toEqual(
      expect.arrayContaining([
        'traceready/tr/inspection-result/f3',
        'traceready/mes/inspection-result/f3',
        'traceready/mes/material-consumption/f1',
      ]),
    );
  });

  it('writes titles and summaries in the chosen language', () => {
    const api = exportAsyncApi(chinese(), 'zh-CN');
    const ops = Object.values(api.operations as Record<string, { summary: string }>);
    expect(ops.map((o) => o.summary)).toContain('制造执行系统发布生产产出给追溯平台');
    expect((api.components as unknown as Components).messages.CustomPl).toMatchObject({
      title: '托盘标签',
    });
  });

  it('escapes user text in CommonMark descriptions', () => {
    const api = exportAsyncApi(hostile(), 'en');
    const text = JSON.stringify(api.channels);
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;');
  });
});

describe('EPCIS payloads validate against GS1 EPCIS-JSON-Schema.json', () => {
  const validateEpcis = epcisValidator();

  // GS1 EPCIS 2.0 standard §9.6.1, §9.6.3, §9.6.4, as published in github.com/gs1/EPCIS.
  it.each([
    'Example_9.6.1-ObjectEvent.jsonld',
    'Example_9.6.3-AggregationEvent.jsonld',
    'Example_9.6.4-TransformationEvent.jsonld',
  ])('GS1 example %s is valid with our ajv set-up', (file) => {
    expect(validateEpcis(readGs1(file)), JSON.stringify(validateEpcis.errors)).toBe(true);
  });

  it.each([
    ['an unknown disposition', (e: JsonObject) => (e.disposition = 'fine')],
    ['ILMD on an OBSERVE event', (e: JsonObject) => (e.ilmd = { 'cbvmda:lotNumber': 'L1' })],
    ['no @context on a standalone event', (e: JsonObject) => delete e['@context']],
    [
      'a unit of measure in lower case',
      (e: JsonObject) => ((e.quantityList as JsonObject[])[0]!.uom = 'kg'),
    ],
  ])('rejects a sample with %s (so the check can fail)', (_name, spoil) => {
    const event = sampleEpcisEvent('goods-receipt', 'lot', 'p')!;
    expect(validateEpcis(event)).toBe(true);
    spoil(event);
    expect(validateEpcis(event)).toBe(false);
  });

  const grid = eventObjects.flatMap((key) =>
    (['lot', 'serial', 'mixed'] as const).map((g) => [key, g] as const),
  );
  it.each(grid)('%s at %s granularity: valid for GS1 and for its own payload schema', (key, g) => {
    const event = sampleEpcisEvent(key, g, 'project-1')!;
    expect(validateEpcis(event), JSON.stringify(validateEpcis.errors)).toBe(true);
    expect((event['@context'] as string[])[0]).toBe(EPCIS_CONTEXT);
    const own = jsonSchema07().compile(epcisEventSchema(objectSemantics[key].epcis!, key));
    expect(own(event), JSON.stringify(own.errors)).toBe(true);
    // Also valid wrapped in an EPCISDocument (GS1's schema root accepts both).
    const { '@context': context, ...bare } = event;
    const document = {
      '@context': context,
      type: 'EPCISDocument',
      schemaVersion: '2.0',
      creationDate: '2026-03-11T08:30:00Z',
      epcisBody: { eventList: [bare] },
    };
    expect(validateEpcis(document), JSON.stringify(validateEpcis.errors)).toBe(true);
  });

  it.each(cases)(
    'every message example of %s validates (EPCIS ones against GS1)',
    (_name, build) => {
      const doc = build();
      const api = exportAsyncApi(doc, doc.meta.language);
      const { messages } = api.components as unknown as Components;
      for (const [name, message] of Object.entries(messages)) {
        const payload = message.examples[0]!.payload;
        const schema = resolve(api, message.payload.$ref) as JsonObject;
        const own = jsonSchema07().compile(schema);
        expect(own(payload), `${name}: ${JSON.stringify(own.errors)}`).toBe(true);
        if ('@context' in payload) expect(validateEpcis(payload), name).toBe(true);
      }
    },
  );
});

describe('exportAsyncApi on random diagrams', () => {
  it('always parses with no error diagnostics', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryFlows, async (flows) => {
        const api = exportAsyncApi({ ...diagram([], []), flows }, 'zh-CN');
        const errors = (await validateAsyncApi(api)).filter((d) => d.severity === 0);
        expect(errors).toEqual([]);
      }),
      { numRuns: 10 },
    );
  }, 120_000);
});
