import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../shared/audit/catalog.ts';
import { redFlags as redFlagsOf } from '../../../shared/audit/findings.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';

const redFlags = (doc: ProjectDocument) => redFlagsOf(doc, loadQuestionnaire('en'));
import { hasCjk } from '../shared/fixtures.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import { auditDoc, unknown, type AnswerInput, type AnswerInputs } from './audit-fixtures.ts';

/**
 * Red flags: the three pitfalls of the model (pure IT project, “most complete” interface list,
 * half chain). Each rule fires on its own trigger and on nothing close to it.
 */

type Row = {
  id: string;
  pitfall: 'pure-it' | 'full-interface' | 'half-chain';
  severity: 'high' | 'medium';
  questionIds: string[];
  fires: AnswerInputs;
  nearMiss: AnswerInputs;
};

/** Must-flow data reaching both suppliers and customers, so the half-chain rule stays quiet. */
const CHAIN = ['advance-shipping-notice', 'shipment'];

const rows: Row[] = [
  {
    id: 'no-business-owner',
    pitfall: 'pure-it',
    severity: 'high',
    questionIds: ['gov.business-owner'],
    fires: { 'gov.business-owner': 'no' },
    nearMiss: { 'gov.business-owner': 'yes' },
  },
  {
    id: 'it-only-task-force',
    pitfall: 'pure-it',
    severity: 'high',
    questionIds: ['gov.task-force'],
    fires: { 'gov.task-force': ['it', 'management', 'finance'] },
    nearMiss: { 'gov.task-force': ['it', 'production'] },
  },
  {
    id: 'it-acceptance',
    pitfall: 'pure-it',
    severity: 'medium',
    questionIds: ['gov.acceptance'],
    fires: { 'gov.acceptance': 'it' },
    nearMiss: { 'gov.acceptance': 'key-user' },
  },
  {
    id: 'no-sponsor',
    pitfall: 'pure-it',
    severity: 'medium',
    questionIds: ['gov.sponsor'],
    fires: { 'gov.sponsor': 'no' },
    nearMiss: { 'gov.sponsor': 'passive' },
  },
  {
    id: 'vendor-api-list',
    pitfall: 'full-interface',
    severity: 'high',
    questionIds: ['flows.scope'],
    fires: { 'flows.scope': 'vendor-list' },
    nearMiss: { 'flows.scope': 'it-list' },
  },
  {
    id: 'interface-count',
    pitfall: 'full-interface',
    severity: 'high',
    questionIds: ['flows.interface-count', 'flows.must-flow'],
    fires: { 'flows.must-flow': CHAIN, 'flows.interface-count': 5 }, // 2 × 2 + 1
    nearMiss: { 'flows.must-flow': CHAIN, 'flows.interface-count': 4 }, // exactly 2 × 2
  },
  {
    id: 'two-way-without-reason',
    pitfall: 'full-interface',
    severity: 'medium',
    questionIds: ['flows.two-way', 'flows.two-way-reason'],
    fires: { 'flows.must-flow': CHAIN, 'flows.two-way': ['shipment'] },
    nearMiss: {
      'flows.must-flow': CHAIN,
      'flows.two-way': ['shipment'],
      'flows.two-way-reason': 'Customer returns must block the shipped lot.',
    },
  },
  {
    id: 'over-sync',
    pitfall: 'full-interface',
    severity: 'medium',
    questionIds: ['flows.two-way', 'flows.must-flow'],
    // 3 of 5 two-way: 3 > 2 and 3 × 2 > 5
    fires: {
      'flows.must-flow': [...CHAIN, 'material-master', 'work-order', 'routing'],
      'flows.two-way': [...CHAIN, 'material-master'],
      'flows.two-way-reason': 'Written down.',
    },
    // 3 of 6 two-way: exactly half is not over-synchronised
    nearMiss: {
      'flows.must-flow': [...CHAIN, 'material-master', 'work-order', 'routing', 'goods-receipt'],
      'flows.two-way': [...CHAIN, 'material-master'],
      'flows.two-way-reason': 'Written down.',
    },
  },
  {
    id: 'no-supplier-lot',
    pitfall: 'half-chain',
    severity: 'high',
    questionIds: ['supply.supplier-lot'],
    fires: { 'supply.supplier-lot': 'paper' },
    nearMiss: { 'supply.supplier-lot': 'label' },
  },
  {
    id: 'no-customer-confirmation',
    pitfall: 'half-chain',
    severity: 'high',
    questionIds: ['supply.customer-confirmation'],
    fires: { 'supply.customer-confirmation': 'email' },
    nearMiss: { 'supply.customer-confirmation': 'portal' },
  },
  {
    id: 'internal-flows-only',
    pitfall: 'half-chain',
    severity: 'medium',
    questionIds: ['flows.must-flow'],
    fires: { 'flows.must-flow': ['material-master', 'work-order'] },
    nearMiss: {
      'flows.must-flow': ['material-master', 'certificate-of-analysis', 'receipt-confirmation'],
    },
  },
];

const flagIds = (answers: AnswerInputs) => redFlags(auditDoc(answers)).map((f) => f.id);

describe('red flags, rule by rule', () => {
  it('covers every rule', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'no-business-owner',
      'it-only-task-force',
      'it-acceptance',
      'no-sponsor',
      'vendor-api-list',
      'interface-count',
      'two-way-without-reason',
      'over-sync',
      'no-supplier-lot',
      'no-customer-confirmation',
      'internal-flows-only',
    ]);
  });

  it.each(rows)('$id fires on its trigger, alone, with its pitfall and answers', (row) => {
    const flags = redFlags(auditDoc(row.fires));
    expect(flags.map((f) => f.id)).toEqual([row.id]);
    const [flag] = flags;
    expect(flag?.pitfall).toBe(row.pitfall);
    expect(flag?.severity).toBe(row.severity);
    expect(flag?.questionIds).toEqual(row.questionIds);
    expect(flag?.message.en).not.toBe('');
    expect(hasCjk(flag?.message.en ?? '')).toBe(false);
    expect(hasCjk(flag?.message['zh-CN'] ?? '')).toBe(true);
  });

  it.each(rows)('$id stays quiet on the near miss', (row) => {
    expect(flagIds(row.nearMiss)).toEqual([]);
  });

  it.each([
    ['no-business-owner', { 'gov.business-owner': unknown }],
    ['it-only-task-force', { 'gov.task-force': [] }],
    ['interface-count', { 'flows.interface-count': 40 }], // no must-flow to compare with
    ['interface-count', { 'flows.must-flow': CHAIN, 'flows.interface-count': unknown }],
    ['no-supplier-lot', { 'supply.supplier-lot': unknown }],
    ['internal-flows-only', { 'flows.must-flow': [] }],
  ] as const)('%s needs an answer: %j fires nothing', (_id, answers) => {
    expect(flagIds(answers)).toEqual([]);
  });
});

describe('red flags: the variants of each trigger', () => {
  it.each([
    [{ 'gov.task-force': ['it'] }, ['it-only-task-force']],
    [{ 'gov.task-force': ['management'] }, ['it-only-task-force']],
    [{ 'gov.task-force': ['it', 'warehouse'] }, []],
    [{ 'gov.task-force': ['qc'] }, []],
    [{ 'supply.supplier-lot': 'none' }, ['no-supplier-lot']],
    [{ 'supply.supplier-lot': 'electronic' }, []],
    [{ 'supply.customer-confirmation': 'none' }, ['no-customer-confirmation']],
    [{ 'supply.customer-confirmation': 'edi' }, []],
    // 2 two-way of 2 is all of them, but two is not yet "more than two"
    [{ 'flows.must-flow': CHAIN, 'flows.two-way': CHAIN, 'flows.two-way-reason': 'x' }, []],
    // 1 must-flow object, 3 interfaces: more than 2 × 1
    [
      { 'flows.must-flow': ['material-master'], 'flows.interface-count': 3 },
      ['interface-count', 'internal-flows-only'],
    ],
    [{ 'flows.must-flow': ['advance-shipping-notice'] }, ['internal-flows-only']],
    [{ 'flows.must-flow': ['receipt-confirmation'] }, ['internal-flows-only']],
  ] as const)('%j → %j', (answers, expected) => {
    expect(flagIds(answers)).toEqual(expected);
  });

  it('names the missing side of the chain', () => {
    const message = (objects: string[]) =>
      redFlags(auditDoc({ 'flows.must-flow': objects }))[0]?.message;
    expect(message(['material-master'])?.en).toContain('suppliers or customers');
    expect(message(['shipment'])?.en).toMatch(/suppliers\.$/);
    expect(message(['certificate-of-analysis'])?.en).toMatch(/customers\.$/);
    expect(message(['shipment'])?.['zh-CN']).toContain('供应商');
  });

  it('puts the figures into the interface-count message', () => {
    const [flag] = redFlags(auditDoc({ 'flows.must-flow': CHAIN, 'flows.interface-count': 24 }));
    expect(flag?.message.en).toContain('24 interfaces for 2 must-flow');
    expect(flag?.message['zh-CN']).toContain('24');
  });

  // A hidden question is not applicable: a stale answer to it (two-way answered, then must-flow
  // cleared) must not report "3 of 0 flows are two-way".
  it('ignores a stale answer to the hidden two-way question', () => {
    expect(
      flagIds({ 'flows.must-flow': [], 'flows.two-way': [...CHAIN, 'material-master'] }),
    ).toEqual([]);
  });
});

describe('red flags on whole documents', () => {
  it('raises none on the blank template', () => {
    expect(redFlags(auditDoc({}))).toEqual([]);
  });

  it('raises exactly interface-count and no-customer-confirmation on the worked example', () => {
    // Huaxin Foods: 24 interfaces for 11 must-flow objects (> 22), customers confirm by e-mail.
    const flags = redFlags(exampleDocument());
    expect(flags.map((f) => f.id)).toEqual(['interface-count', 'no-customer-confirmation']);
    expect(flags[0]?.message.en).toContain('24 interfaces for 11 must-flow');
  });

  it('lists flags in rule order (pure IT, interface list, half chain) whatever the answers', () => {
    const order = rows.map((r) => r.id);
    const answers = fc.dictionary(
      fc.constantFrom(...new Set(rows.flatMap((r) => Object.keys(r.fires)))),
      fc.constantFrom<AnswerInput>('no', 'it', 'paper', 'email', 'vendor-list', 7, ['it'], CHAIN),
    );
    fc.assert(
      fc.property(answers, (given) => {
        const ids = flagIds(given);
        expect(ids).toEqual(order.filter((id) => ids.includes(id)));
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 200 },
    );
  });
});
