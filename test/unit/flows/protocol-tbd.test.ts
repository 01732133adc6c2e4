import { describe, expect, it } from 'vitest';
import { exportAsyncApi } from '../../../shared/flows/export-asyncapi.ts';
import { exportInterfaceControlDocument } from '../../../shared/flows/export-icd.ts';
import { interfaceListRows } from '../../../shared/flows/export-interface-list.ts';
import { exportOpenApi } from '../../../shared/flows/export-openapi.ts';
import type { JsonObject } from '../../../shared/flows/json.ts';
import { diagram, flow, lintOpenApi, system, validateAsyncApi } from './flow-fixtures.ts';

/**
 * A protocol "to be decided" (the default since schema version 2) exports as a clearly marked
 * placeholder — `x-protocol-tbd: true` and "Protocol to be decided" — instead of passing for
 * REST, and the OpenAPI and AsyncAPI documents stay clean for Redocly and the AsyncAPI parser.
 */
const doc = diagram(
  [
    system('erp', 'erp', { name: 'ERP' }),
    system('trace', 'traceability', { name: 'Traceability platform' }),
    system('farm', 'supplier', { name: 'Farm co-op' }),
  ],
  [
    // Scheduled: a request/response interface (OpenAPI), two-way so it has a GET as well.
    flow('f-mm', 'erp', 'trace', ['material-master'], {
      protocol: 'tbd',
      trigger: 'scheduled',
      direction: 'two-way',
      reason: 'planners edit both sides',
    }),
    // Event-triggered: an event interface (AsyncAPI).
    flow('f-asn', 'farm', 'trace', ['advance-shipping-notice'], { protocol: 'tbd' }),
    // A decided one beside them stays unmarked.
    flow('f-po', 'erp', 'trace', ['purchase-order'], { protocol: 'rest' }),
    flow('f-gr', 'trace', 'erp', ['goods-receipt'], { protocol: 'mqtt' }),
  ],
);

type Operation = JsonObject & { description?: string };
const operationsOf = (api: JsonObject) =>
  Object.entries(api.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
    (['post', 'get'] as const)
      .filter((verb) => verb in item)
      .map((verb) => ({ path, verb, operation: item[verb] as Operation })),
  );

describe.each(['en', 'zh-CN'] as const)('a TBD protocol (%s)', (language) => {
  const note = language === 'en' ? 'Protocol to be decided' : '协议待定';

  it('OpenAPI: validator-clean, the TBD operations marked, the REST one not', async () => {
    const api = exportOpenApi(doc, language);
    const problems = await lintOpenApi(api);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect([...new Set(problems.map((p) => p.ruleId))]).toEqual(['info-license']);
    const marked = operationsOf(api).map(({ path, verb, operation }) => [
      path,
      verb,
      operation['x-protocol-tbd'] ?? false,
      operation.description?.split('\n')[0],
    ]);
    expect(marked).toEqual([
      ['/flows/f-mm/material-master', 'post', true, note],
      ['/flows/f-mm/material-master', 'get', true, note],
      ['/flows/f-po/purchase-order', 'post', false, expect.not.stringContaining(note)],
    ]);
  });

  it('AsyncAPI: validator-clean, the TBD channel and operations marked, with no server', async () => {
    const api = exportAsyncApi(doc, language);
    const diagnostics = await validateAsyncApi(api);
    expect(diagnostics.filter((d) => d.severity === 0)).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['asyncapi-latest-version']);
    const channels = api.channels as Record<string, JsonObject>;
    const tbd = Object.entries(channels).filter(([, c]) => c['x-protocol-tbd'] === true);
    expect(tbd.map(([, c]) => c.address)).toEqual([
      'traceready/farm/advance-shipping-notice/f-asn',
    ]);
    const [id, channel] = tbd[0]!;
    expect(channel.servers).toBeUndefined();
    expect(channel.description).toMatch(new RegExp(`^${note}`));
    const operations = Object.values(api.operations as Record<string, JsonObject>).filter(
      (o) => (o.channel as { $ref: string }).$ref === `#/channels/${id}`,
    );
    expect(operations.map((o) => [o.action, o['x-protocol-tbd'], o.description])).toEqual([
      ['send', true, note],
      ['receive', true, note],
    ]);
    // The MQTT channel keeps its broker; no placeholder server is invented for TBD.
    expect(Object.keys(api.servers as object)).toEqual(['mqttBroker']);
  });

  it('ICD and interface list print “To be decided / 待定”', () => {
    const icd = exportInterfaceControlDocument(doc, language);
    expect(icd.match(/To be decided \/ 待定/g)).toHaveLength(2);
    const list = interfaceListRows(doc, language);
    const protocolColumn = list.header.findIndex((c) => /Protocol|协议/.test(c));
    expect(list.rows.map((r) => r[protocolColumn])).toEqual([
      'To be decided / 待定',
      'To be decided / 待定',
      'REST (HTTPS/JSON)',
      'MQTT',
    ]);
  });
});
