import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  flowRuleIds,
  validateFlows,
  type FlowFinding,
  type FlowRuleId,
} from '../../../shared/flows/validate.ts';
import type { Flow, ProjectDocument, TraceSystem } from '../../../shared/model/schema.ts';
import { exampleDocument, hasCjk } from '../shared/fixtures.ts';
import { arbitraryFlows, diagram, flow, system } from './flow-fixtures.ts';

/**
 * A small diagram no rule objects to: the supplier's shipping notice comes in, the goods receipt
 * (which carries every FSMA 204 receiving KDE) and the inventory status go to the ERP, shipments
 * go out to the customer and its receipt confirmations come back.
 */
function healthy(): { systems: TraceSystem[]; flows: Flow[] } {
  return {
    systems: [
      system('sup', 'supplier', { name: 'Flour mill' }),
      system('trace', 'traceability', { name: 'Traceability platform' }),
      system('erp', 'erp', { name: 'ERP' }),
      system('cust', 'customer', { name: 'Retailer' }),
    ],
    flows: [
      flow('f-asn', 'sup', 'trace', ['advance-shipping-notice'], { protocol: 'edi' }),
      flow('f-gr', 'trace', 'erp', ['goods-receipt', 'inventory-status']),
      flow('f-ship', 'erp', 'cust', ['shipment'], { protocol: 'edi' }),
      flow('f-mm', 'erp', 'trace', ['material-master'], { trigger: 'scheduled' }),
      flow('f-rc', 'cust', 'trace', ['receipt-confirmation'], { protocol: 'edi' }),
    ],
  };
}

type Case = {
  rule: FlowRuleId;
  build: () => ProjectDocument;
  /** The targets of the findings expected (all of this rule, none of any other). */
  targets: string[];
};

const edit = (
  change: (d: ReturnType<typeof healthy>) => void,
  answers: Record<string, string | string[]> = {},
) => {
  const d = healthy();
  change(d);
  return diagram(d.systems, d.flows, answers);
};
const drop = <T extends { id: string }>(list: T[], id: string) =>
  list.splice(
    list.findIndex((x) => x.id === id),
    1,
  );

// Each rule's trigger, built as the smallest change to the healthy diagram.
const triggers: Case[] = [
  { rule: 'diagram.empty', build: () => diagram([], []), targets: ['diagram'] },
  {
    rule: 'flow.self-loop',
    build: () => edit((d) => d.flows.push(flow('f-loop', 'erp', 'erp', ['routing']))),
    targets: ['f-loop'],
  },
  {
    rule: 'flow.duplicate',
    build: () => edit((d) => d.flows.push(flow('f-mm2', 'erp', 'trace', ['material-master']))),
    targets: ['f-mm2'],
  },
  {
    rule: 'flow.two-way-without-reason',
    build: () => edit((d) => (d.flows[1]!.direction = 'two-way')),
    targets: ['f-gr'],
  },
  {
    rule: 'flow.no-owner',
    build: () => edit((d) => (d.flows[3]!.owner = null)),
    targets: ['f-mm'],
  },
  {
    rule: 'system.no-flows',
    build: () => edit((d) => d.systems.push(system('lims', 'lims'))),
    targets: ['lims'],
  },
  {
    rule: 'chain.upstream-missing',
    build: () =>
      edit((d) => {
        drop(d.flows, 'f-asn');
        drop(d.systems, 'sup');
      }),
    targets: ['diagram'],
  },
  {
    rule: 'chain.downstream-missing',
    build: () =>
      edit((d) => {
        drop(d.flows, 'f-ship');
        drop(d.flows, 'f-rc');
        drop(d.systems, 'cust');
      }),
    targets: ['diagram'],
  },
  {
    rule: 'quality.loop-open',
    build: () => edit((d) => (d.flows[1]!.objects = ['goods-receipt'])),
    targets: ['erp'],
  },
  {
    // Without the goods receipt, the ASN still gives lot, quantity, description, source and
    // reference; receiving location and date have no source.
    rule: 'kde.no-source',
    build: () => edit((d) => (d.flows[1]!.objects = ['inventory-status'])),
    targets: ['trace', 'trace'],
  },
  {
    rule: 'serial.no-flow',
    build: () => edit(() => undefined, { 'goal.granularity': 'serial' }),
    targets: ['trace'],
  },
  {
    rule: 'scope.too-many-flows',
    build: () => edit(() => undefined, { 'flows.must-flow': ['material-master'] }),
    targets: ['diagram'],
  },
];

const targetOf = (f: FlowFinding) => f.target.id ?? f.target.kind;

describe('validateFlows: each rule fires on its trigger, and only it', () => {
  it('the healthy diagram has no findings', () => {
    expect(validateFlows(diagram(healthy().systems, healthy().flows))).toEqual([]);
  });

  it('every rule has a trigger case', () => {
    expect(triggers.map((t) => t.rule).sort()).toEqual([...flowRuleIds].sort());
  });

  it.each(triggers)('$rule', ({ rule, build, targets }) => {
    const findings = validateFlows(build());
    expect(findings.map((f) => f.id)).toEqual(targets.map(() => rule));
    expect(findings.map(targetOf)).toEqual(targets);
    for (const f of findings) {
      expect(f.message.en).not.toBe('');
      expect(f.fix.en).not.toBe('');
      expect(hasCjk(f.message['zh-CN']) && hasCjk(f.fix['zh-CN'])).toBe(true);
    }
  });
});

describe('validateFlows: silent just short of the trigger', () => {
  it.each([
    [
      'two-way with a reason',
      () =>
        edit((d) =>
          Object.assign(d.flows[1]!, { direction: 'two-way', reason: 'QC release frees stock' }),
        ),
    ],
    [
      'serial granularity with a serial flow',
      () =>
        edit((d) => d.flows.push(flow('f-sn', 'trace', 'erp', ['serial-numbers'])), {
          'goal.granularity': 'mixed',
        }),
    ],
    ['lot granularity', () => edit(() => undefined, { 'goal.granularity': 'lot' })],
    [
      'exactly twice the must-flow count (6 flows, 3 objects)',
      () =>
        edit((d) => d.flows.push(flow('f-po', 'erp', 'trace', ['purchase-order'])), {
          'flows.must-flow': ['material-master', 'goods-receipt', 'shipment'],
        }),
    ],
    ['must-flow unanswered', () => edit(() => undefined, { 'flows.must-flow': [] })],
    [
      'the same object on another route',
      () => edit((d) => d.flows.push(flow('f-mm3', 'erp', 'cust', ['material-master']))),
    ],
    [
      'inventory status into the ERP over the return leg of a two-way flow',
      () =>
        edit((d) => {
          d.flows[1]!.objects = ['goods-receipt'];
          d.flows.push(
            flow('f-inv', 'erp', 'trace', ['inventory-status'], {
              direction: 'two-way',
              reason: 'stock',
            }),
          );
        }),
    ],
    [
      'shipments to the customer from the traceability platform instead of the ERP',
      () => edit((d) => (d.flows[2] = flow('f-ship', 'trace', 'cust', ['shipment']))),
    ],
    [
      'a certificate of analysis from the supplier portal',
      () =>
        edit((d) => {
          d.systems[0] = system('sup', 'srm');
          d.flows[0]!.objects = ['certificate-of-analysis'];
        }),
    ],
  ])('%s', (_name, build) => {
    expect(validateFlows(build())).toEqual([]);
  });

  it('a two-way flow covers both directions when looking for duplicates', () => {
    const doc = edit((d) => {
      Object.assign(d.flows[3]!, { direction: 'two-way', reason: 'planners edit both sides' });
      d.flows.push(flow('f-back', 'trace', 'erp', ['material-master']));
    });
    expect(validateFlows(doc).map((f) => [f.id, f.target.id])).toEqual([
      ['flow.duplicate', 'f-back'],
    ]);
  });

  it('an upstream ASN through an internal system is not supplier data', () => {
    const doc = edit((d) => (d.systems[0] = system('sup', 'wms')));
    expect(validateFlows(doc).map((f) => f.id)).toEqual(['chain.upstream-missing']);
  });
});

describe('validateFlows: messages name the systems and objects', () => {
  it('says which flow carries what two-way with no reason', () => {
    const doc = diagram(
      [system('erp', 'erp', { name: 'ERP' }), system('tr', 'traceability', { name: '' })],
      [flow('f', 'erp', 'tr', ['inspection-result'], { direction: 'two-way' })],
    );
    const finding = validateFlows(doc).find((f) => f.id === 'flow.two-way-without-reason')!;
    expect(finding.message.en).toBe(
      'ERP → Traceability platform carries Inspection lot / QC result and disposition two-way with no business reason.',
    );
    expect(finding.message['zh-CN']).toContain('ERP → 追溯平台双向同步检验批 / 质检结果与判定');
  });

  it('names the KDEs with no source, and warns only when FSMA 204 applies', () => {
    const doc = (regulation: string[]) =>
      edit((d) => (d.flows[1]!.objects = ['inventory-status']), { 'goal.regulation': regulation });
    const info = validateFlows(doc([]));
    expect(info.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(info.map((f) => f.message.en).join('\n')).toMatch(
      /Location where the food was received[\s\S]*Date received/,
    );
    expect(validateFlows(doc(['fsma-204'])).map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  it('counts flows and must-flow objects in the scope finding', () => {
    const [finding] = validateFlows(edit(() => undefined, { 'flows.must-flow': ['work-order'] }));
    expect(finding?.message.en).toContain('5 flows for the 1 data objects');
  });
});

describe('validateFlows on the worked example (Huaxin Foods)', () => {
  // The example's 11 flows match its 11 must-flow objects, the QC loop closes through
  // flow-inventory-status, and the supplier portal and the customer close the chain; only
  // the "Raw-material suppliers" box, drawn beside the portal, has no flow of its own.
  it.each(['en', 'zh-CN'] as const)('has exactly one finding (%s)', (language) => {
    const findings = validateFlows(exampleDocument(language));
    expect(findings.map((f) => [f.id, f.severity, f.target])).toEqual([
      ['system.no-flows', 'warning', { kind: 'system', id: 'sys-suppliers' }],
    ]);
  });
});

describe('validateFlows properties', () => {
  it('never throws, is deterministic, and points only at systems and flows that exist', () => {
    fc.assert(
      fc.property(arbitraryFlows, fc.constantFrom('lot', 'serial', 'mixed'), (flows, g) => {
        const doc = { ...diagram([], [], { 'goal.granularity': g }), flows };
        const findings = validateFlows(doc);
        expect(validateFlows(doc)).toEqual(findings);
        const ids = new Set([...flows.systems, ...flows.flows].map((x) => x.id));
        for (const f of findings) {
          if (f.target.kind === 'diagram') expect(f.target.id).toBeNull();
          else expect(ids.has(f.target.id!)).toBe(true);
          expect(flowRuleIds).toContain(f.id);
        }
        const order = findings.map((f) => flowRuleIds.indexOf(f.id));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
      { numRuns: 150 },
    );
  });
});
