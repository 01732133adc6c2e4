import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportOpenApi } from '../../../shared/flows/export-openapi.ts';
import { interfaceStyle } from '../../../shared/flows/flow-labels.ts';
import type { JsonObject } from '../../../shared/flows/json.ts';
import type { Flow, ProjectDocument } from '../../../shared/model/schema.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import {
  arbitraryFlows,
  customObject,
  diagram,
  flow,
  lintOpenApi,
  system,
} from './flow-fixtures.ts';

type Operation = {
  operationId: string;
  summary: string;
  tags: string[];
  security: Record<string, string[]>[];
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, unknown>;
};
const operations = (api: JsonObject) =>
  Object.values(api.paths as Record<string, Record<string, unknown>>).flatMap((item) =>
    ['get', 'post'].flatMap((m) => (item[m] ? [item[m] as Operation] : [])),
  );

/** Hostile user text: quotes, markup, pipes, newlines, a formula, ids with : and . */
function hostile(): ProjectDocument {
  const doc = diagram(
    [
      system('sys:erp.1', 'erp', { name: 'ERP "prod" | <b>SAP</b>\n**main**' }),
      system('sys:trace.1', 'traceability', { name: '=HYPERLINK("http://x")' }),
      system('sys:other', 'traceability', { name: '=HYPERLINK("http://x")' }),
    ],
    [
      flow('f:1', 'sys:erp.1', 'sys:trace.1', ['material-master', 'odd:obj'], {
        direction: 'two-way',
        reason: 'Line 1\nLine 2 | `code` <script>',
      }),
      flow('f.1', 'sys:erp.1', 'sys:other', ['material-master'], { protocol: 'soap' }),
      flow('f-1', 'sys:erp.1', 'sys:other', ['material-master'], { protocol: 'odata' }),
    ],
    {},
    [customObject('odd:obj', 'Pallet "label" | <i>x</i>', [{ name: 'a|b', type: 'string' }])],
  );
  return { ...doc, meta: { ...doc.meta, title: 'Plant "A" | <b>x</b>' } };
}

function chinese(): ProjectDocument {
  const doc = diagram(
    [
      system('erp', 'erp', { name: '企业资源计划' }),
      system('tr', 'traceability', { name: '追溯平台' }),
    ],
    [flow('f1', 'erp', 'tr', ['purchase-order', 'pl'], { reason: '采购订单' })],
    {},
    [customObject('pl', '托盘标签', [{ name: '托盘号', type: 'string', isRequired: true }])],
  );
  return { ...doc, meta: { ...doc.meta, title: '华欣食品', language: 'zh-CN' } };
}

const onlyRest = () =>
  diagram(
    [system('erp', 'erp'), system('tr', 'traceability'), system('qms', 'qms')],
    [
      flow('a', 'erp', 'tr', ['material-master']),
      flow('b', 'qms', 'tr', ['inspection-result'], { direction: 'two-way', reason: 'release' }),
    ],
  );
const onlyEvents = () =>
  diagram(
    [system('mes', 'mes'), system('tr', 'traceability')],
    [flow('a', 'mes', 'tr', ['production-output'], { protocol: 'mqtt' })],
  );

const cases: [string, () => ProjectDocument, number][] = [
  ['the worked example', () => exampleDocument('en'), 12],
  ['the worked example in Chinese', () => exampleDocument('zh-CN'), 12],
  ['an empty diagram', () => diagram([], []), 0],
  ['only events', onlyEvents, 0],
  ['only REST', onlyRest, 3],
  ['names in Chinese', chinese, 2],
  ['names with quotes, markup, pipes and newlines', hostile, 6],
];

describe(
  'exportOpenApi passes Redocly lint (recommended) with zero errors',
  { timeout: 30_000 },
  () => {
    it.each(cases)('%s', async (_name, build, operationCount) => {
      const doc = build();
      const api = exportOpenApi(doc, doc.meta.language);
      expect(api.openapi).toBe('3.1.0');
      const problems = await lintOpenApi(api);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      // The one warning left: the exporter cannot know the licence of a company's internal API.
      expect([...new Set(problems.map((p) => p.ruleId))]).toEqual(['info-license']);
      expect(operations(api)).toHaveLength(operationCount);
    });

    it('the linter does catch a broken document (so the check can fail)', async () => {
      const api = exportOpenApi(onlyRest(), 'en');
      const broken = JSON.parse(JSON.stringify(api)) as {
        paths: Record<string, { post: Operation }>;
      };
      const first = Object.values(broken.paths)[0]!.post;
      first.requestBody!.content['application/json']!.schema.$ref = '#/components/schemas/Nope';
      first.security = [{ basicAuth: [] }];
      const errors = (await lintOpenApi(broken)).filter((p) => p.severity === 'error');
      expect(errors.map((e) => e.ruleId)).toEqual(
        expect.arrayContaining(['no-unresolved-refs', 'security-defined']),
      );
    });
  },
);

describe('exportOpenApi structure', () => {
  it('gives unique, URL-safe operation ids and applies the declared OAuth 2.0 scheme', () => {
    for (const [, build] of cases) {
      const api = exportOpenApi(build(), 'en');
      const ops = operations(api);
      const ids = ops.map((o) => o.operationId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
      for (const op of ops) expect(op.security[0]).toHaveProperty('oauth2');
      const scheme = (
        api.components as { securitySchemes: Record<string, { type: string; flows: object }> }
      ).securitySchemes.oauth2!;
      expect(scheme.type).toBe('oauth2');
      expect(scheme.flows).toHaveProperty('clientCredentials');
    }
  });

  it('posts each flow × object to its target system, with a GET back for two-way flows', () => {
    const api = exportOpenApi(onlyRest(), 'en');
    const paths = api.paths as Record<string, Record<string, Operation & { servers?: unknown }>>;
    expect(Object.keys(paths)).toEqual(['/flows/a/material-master', '/flows/b/inspection-result']);
    expect(Object.keys(paths['/flows/b/inspection-result']!)).toEqual([
      'summary',
      'servers',
      'post',
      'get',
    ]);
    const post = paths['/flows/a/material-master']!.post!;
    expect(post.requestBody!.content['application/json']!.schema).toEqual({
      $ref: '#/components/schemas/MaterialMaster',
    });
    expect(post.tags).toEqual(['tr']);
    expect(post.summary).toBe('erp sends Material master to tr');
    const schemas = (api.components as { schemas: Record<string, JsonObject> }).schemas;
    expect(Object.keys(schemas)).toEqual([
      'MaterialMaster',
      'InspectionResult',
      'Acknowledgement',
      'Problem',
    ]);
    expect(schemas.InspectionResult!['x-epcis']).toEqual({
      eventType: 'ObjectEvent',
      bizStep: 'inspecting',
      disposition: 'conformant',
    });
  });

  it('writes summaries in the chosen language', () => {
    const zh = exportOpenApi(chinese(), 'zh-CN');
    expect(operations(zh)[0]!.summary).toBe('企业资源计划向追溯平台发送采购订单');
    expect((zh.info as { title: string }).title).toBe('华欣食品 — 请求/响应接口');
    expect((zh.components as { schemas: Record<string, JsonObject> }).schemas.CustomPl!.title).toBe(
      '托盘标签',
    );
  });

  it('keeps hostile names as data: JSON stays valid, tags are unique', () => {
    const api = exportOpenApi(hostile(), 'en');
    expect(JSON.parse(JSON.stringify(api))).toEqual(api);
    const tags = (api.tags as { name: string }[]).map((t) => t.name);
    expect(tags).toEqual(['=HYPERLINK("http://x")', '=HYPERLINK("http://x") 2']);
  });
});

describe('interfaceStyle (which flows are OpenAPI and which AsyncAPI)', () => {
  it.each([
    ['rest', 'event', 'request-response'],
    ['odata', 'scheduled', 'request-response'],
    ['soap', 'manual', 'request-response'],
    ['mqtt', 'scheduled', 'event'],
    ['mqtt', 'event', 'event'],
    ['edi', 'event', 'event'],
    ['edi', 'scheduled', 'request-response'],
    ['file', 'manual', 'request-response'],
    ['opcua', 'event', 'event'],
    ['database', 'event', 'event'],
  ] as const)('%s + %s → %s', (protocol, trigger, style) => {
    expect(interfaceStyle(flow('f', 'a', 'b', [], { protocol, trigger }) satisfies Flow)).toBe(
      style,
    );
  });
});

describe('exportOpenApi on random diagrams', () => {
  it('always lints with zero errors', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryFlows, async (flows) => {
        const api = exportOpenApi({ ...diagram([], []), flows }, 'en');
        const errors = (await lintOpenApi(api)).filter((p) => p.severity === 'error');
        expect(errors).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
