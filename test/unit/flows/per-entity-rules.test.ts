import { describe, expect, it } from 'vitest';
import { validateFlows, type FlowRuleId } from '../../../shared/flows/validate.ts';
import {
  memberSchema,
  type Flow,
  type ProjectDocument,
  type TraceSystem,
} from '../../../shared/model/schema.ts';
import { hasCjk } from '../shared/fixtures.ts';
import { diagram, flow, system } from './flow-fixtures.ts';

/**
 * The dairy of issue 14, per entity: each rule that names a system is checked with one system
 * satisfying it and a second one not; the finding must name the second, and only it.
 */
function dairy(): { systems: TraceSystem[]; flows: Flow[] } {
  return {
    systems: [
      system('farm', 'supplier', { name: 'Farm milk co-op' }),
      system('trace', 'traceability', { name: 'Traceability platform' }),
      system('erp', 'erp', { name: 'ERP' }),
      system('chain-a', 'customer', { name: 'FreshMart' }),
    ],
    flows: [
      flow('f-asn', 'farm', 'trace', ['advance-shipping-notice'], { protocol: 'edi' }),
      flow('f-gr', 'trace', 'erp', ['goods-receipt', 'inventory-status']),
      flow('f-ship', 'erp', 'chain-a', ['shipment'], { protocol: 'edi' }),
      flow('f-rc', 'chain-a', 'trace', ['receipt-confirmation'], { protocol: 'edi' }),
    ],
  };
}

type Case = {
  rule: FlowRuleId;
  /** What the second entity lacks. */
  name: string;
  change: (d: ReturnType<typeof dairy>) => void;
  answers?: Record<string, string | string[]>;
  /** The system (or flow) the findings point at, and a name every message carries. */
  target: string;
  named: string;
  count?: number;
};

const cases: Case[] = [
  {
    rule: 'chain.upstream-missing',
    name: 'a packaging supplier that only receives purchase orders',
    change: (d) => {
      d.systems.push(system('pack', 'supplier', { name: 'Packaging supplier' }));
      d.flows.push(flow('f-po', 'erp', 'pack', ['purchase-order'], { protocol: 'edi' }));
    },
    target: 'pack',
    named: 'Packaging supplier',
  },
  {
    rule: 'chain.upstream-missing',
    name: 'a supplier portal whose lot data reaches the plant only for the farm',
    change: (d) => {
      d.systems.push(system('portal', 'srm', { name: 'Cultures supplier portal' }));
      d.flows.push(flow('f-sm', 'portal', 'erp', ['supplier-master']));
    },
    target: 'portal',
    named: 'Cultures supplier portal',
  },
  {
    rule: 'chain.downstream-missing',
    name: 'a second retail chain that receives shipments but never confirms them',
    change: (d) => {
      d.systems.push(system('chain-b', 'customer', { name: 'ValueStore' }));
      d.flows.push(flow('f-ship-b', 'erp', 'chain-b', ['shipment'], { protocol: 'edi' }));
    },
    target: 'chain-b',
    named: 'ValueStore receives shipments but sends no receipt confirmation back',
  },
  {
    rule: 'quality.loop-open',
    name: 'a second ERP that books production output but never hears of QC',
    change: (d) => {
      d.systems.push(system('erp-2', 'erp', { name: 'Plant 2 ERP' }));
      d.flows.push(flow('f-out', 'trace', 'erp-2', ['production-output']));
    },
    target: 'erp-2',
    named: 'Plant 2 ERP books lots into stock',
  },
  {
    rule: 'kde.no-source',
    name: 'a second traceability platform fed only the material master',
    change: (d) => {
      d.systems.push(system('trace-2', 'traceability', { name: 'Site B traceability' }));
      d.flows.push(flow('f-mm', 'erp', 'trace-2', ['material-master'], { trigger: 'scheduled' }));
    },
    answers: { 'goal.regulation': ['fsma-204'] },
    target: 'trace-2',
    named: 'Site B traceability',
    // Every receiving KDE but the product description (the material master carries it).
    count: 6,
  },
  {
    rule: 'serial.no-flow',
    name: 'a second traceability platform that never sees a serial number',
    change: (d) => {
      d.flows.push(flow('f-sn', 'trace', 'erp', ['serial-numbers']));
      d.systems.push(system('trace-2', 'traceability', { name: 'Site B traceability' }));
      d.flows.push(flow('f-gr2', 'erp', 'trace-2', ['goods-receipt']));
    },
    answers: { 'goal.granularity': 'serial' },
    target: 'trace-2',
    named: 'Site B traceability',
  },
  {
    rule: 'system.no-flows',
    name: 'a LIMS drawn but not connected',
    change: (d) => d.systems.push(system('lims', 'lims', { name: 'LIMS' })),
    target: 'lims',
    named: 'LIMS',
  },
  {
    rule: 'flow.no-owner',
    name: 'a flow nobody owns beside one IT owns',
    change: (d) =>
      d.flows.push(flow('f-orphan', 'erp', 'trace', ['purchase-order'], { owner: null })),
    target: 'f-orphan',
    named: 'ERP → Traceability platform',
  },
];

const build = (c: Pick<Case, 'change' | 'answers'>): ProjectDocument => {
  const d = dairy();
  c.change(d);
  return diagram(d.systems, d.flows, c.answers ?? {});
};

describe('rules per entity: one satisfies, the other does not, the finding names the other', () => {
  it('the dairy itself has no findings', () => {
    expect(validateFlows(build({ change: () => undefined }))).toEqual([]);
  });

  it.each(cases)('$rule: $name', ({ rule, target, named, count = 1, ...c }) => {
    const findings = validateFlows(build(c));
    expect(findings.map((f) => [f.id, f.target.id])).toEqual(
      Array.from({ length: count }, () => [rule, target]),
    );
    for (const f of findings) {
      expect(f.message.en).toContain(named);
      expect(f.severity).not.toBe('info');
      expect(hasCjk(f.message['zh-CN']) && hasCjk(f.fix['zh-CN'])).toBe(true);
    }
  });
});

describe('flow owners against the rollout team', () => {
  const withTeam = (doc: ProjectDocument, departments: string[]): ProjectDocument => ({
    ...doc,
    rollout: {
      ...doc.rollout,
      team: departments.map((department, i) =>
        memberSchema.parse({ id: `m${i}`, name: `M${i}`, department }),
      ),
    },
  });
  const owned = (owners: Flow['owner'][]) =>
    build({
      change: (d) =>
        d.flows.forEach((f, i) => {
          f.owner = owners[i] ?? 'it';
        }),
    });

  it('a flow owned by a department nobody in the team represents is noted, naming it', () => {
    const doc = withTeam(owned(['qc', 'warehouse', 'supplier']), ['it', 'qc']);
    const findings = validateFlows(doc);
    expect(findings.map((f) => [f.id, f.severity, f.target.id])).toEqual([
      ['flow.no-owner', 'info', 'f-gr'],
    ]);
    expect(findings[0]!.message.en).toBe(
      'Traceability platform → ERP (Goods receipt with supplier lot, Inventory status) is owned by Warehouse, but no one from Warehouse is in the rollout team to accept it.',
    );
  });

  it('no rollout team yet: owners are not checked against it', () => {
    expect(validateFlows(owned(['qc', 'warehouse']))).toEqual([]);
  });
});

describe('partners out of scope: a decision, not a gap', () => {
  const packaging = (extra: Partial<TraceSystem>) =>
    build({
      change: (d) => {
        d.systems.push(system('pack', 'supplier', { name: 'Packaging supplier', ...extra }));
        d.flows.push(flow('f-po', 'erp', 'pack', ['purchase-order'], { protocol: 'edi' }));
      },
    });

  it('an upstream supplier out of scope with a reason is an info naming the reason', () => {
    const [finding, ...rest] = validateFlows(
      packaging({ isOutOfScope: true, outOfScopeReason: 'Film is not food-contact' }),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: 'chain.upstream-missing',
      severity: 'info',
      target: { kind: 'system', id: 'pack' },
    });
    expect(finding!.message.en).toContain('Packaging supplier is out of scope by decision');
    expect(finding!.message.en).toContain('Film is not food-contact');
    expect(finding!.message['zh-CN']).toContain('Film is not food-contact');
  });

  it('out of scope without a reason is still a gap, whose fix asks for the reason', () => {
    const [finding] = validateFlows(packaging({ isOutOfScope: true, outOfScopeReason: '  ' }));
    expect(finding).toMatchObject({ id: 'chain.upstream-missing', severity: 'warning' });
    expect(finding!.fix.en).toContain('mark it out of scope with the reason');
  });

  it('a customer out of scope with a reason, and no flows, is one decision (no no-flows warning)', () => {
    const doc = build({
      change: (d) =>
        d.systems.push(
          system('export', 'customer', {
            name: 'Export distributor',
            isOutOfScope: true,
            outOfScopeReason: 'Phase 4',
          }),
        ),
    });
    expect(validateFlows(doc).map((f) => [f.id, f.severity, f.target.id])).toEqual([
      ['chain.downstream-missing', 'info', 'export'],
    ]);
  });

  it('an internal system out of scope with a reason and no flows is an info of system.no-flows', () => {
    const doc = build({
      change: (d) =>
        d.systems.push(
          system('bi', 'warehouse-bi', {
            name: 'Group BI',
            isOutOfScope: true,
            outOfScopeReason: 'Reporting only',
          }),
        ),
    });
    const findings = validateFlows(doc);
    expect(findings.map((f) => [f.id, f.severity, f.target.id])).toEqual([
      ['system.no-flows', 'info', 'bi'],
    ]);
    expect(findings[0]!.message.en).toContain('Reporting only');
  });

  it('a supplier out of scope that does send lot data raises nothing', () => {
    const doc = build({
      change: (d) => {
        d.systems[0] = { ...d.systems[0]!, isOutOfScope: true, outOfScopeReason: 'Pilot only' };
      },
    });
    expect(validateFlows(doc)).toEqual([]);
  });
});

describe('the whole-diagram fallback stays when no entity can be checked', () => {
  it('suppliers drawn but unconnected: the diagram-level half chain and each no-flows', () => {
    const doc = build({
      change: (d) => {
        d.flows.splice(0, 1);
        d.systems.push(system('pack', 'supplier', { name: 'Packaging supplier' }));
      },
    });
    expect(validateFlows(doc).map((f) => [f.id, f.target.id])).toEqual([
      ['system.no-flows', 'farm'],
      ['system.no-flows', 'pack'],
      ['chain.upstream-missing', null],
    ]);
  });

  it('no traceability platform (traceability inside the ERP): KDEs from any flow', () => {
    const doc = build({
      change: (d) => {
        d.systems.splice(1, 1);
        d.flows = [
          flow('f-asn', 'farm', 'erp', ['advance-shipping-notice', 'goods-receipt']),
          flow('f-ship', 'erp', 'chain-a', ['shipment']),
          flow('f-rc', 'chain-a', 'erp', ['receipt-confirmation']),
        ];
      },
    });
    expect(validateFlows(doc).map((f) => [f.id, f.target.id])).toEqual([
      ['quality.loop-open', 'erp'],
    ]);
  });
});
