import { describe, expect, it } from 'vitest';
import { assessAudit } from '../../../shared/audit/assessment.ts';
import { memberSchema, type ProjectDocument } from '../../../shared/model/schema.ts';
import { diagram, flow, system } from '../flows/flow-fixtures.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import { auditDoc, type AnswerInputs } from './audit-fixtures.ts';

/**
 * Advice from the actual team (issue 14): recommendations and red flags that name departments,
 * people, partners or figures take them from this project and name only what is missing.
 */

type Person = [name: string, department: string, role?: string];
const withTeam = (doc: ProjectDocument, people: Person[]): ProjectDocument => ({
  ...doc,
  rollout: {
    ...doc.rollout,
    team: people.map(([name, department, role], i) =>
      memberSchema.parse({ id: `m${i}`, name, department, role }),
    ),
  },
});
const withRaters = (doc: ProjectDocument, departments: string[]): ProjectDocument => ({
  ...doc,
  decision: {
    ...doc.decision,
    raters: departments.map((department, i) => ({ id: `r${i}`, name: `R${i}`, department })),
  } as ProjectDocument['decision'],
});
const advice = (doc: ProjectDocument, questionId: string, language: 'en' | 'zh-CN' = 'en') =>
  assessAudit(doc, language).recommendations.find((r) => r.questionId === questionId)?.text;
const flags = (doc: ProjectDocument, language: 'en' | 'zh-CN' = 'en') =>
  assessAudit(doc, language).redFlags;

describe('the task-force recommendation names only the departments missing', () => {
  const it2 = (answers: AnswerInputs) => auditDoc(answers);
  it.each([
    {
      name: 'IT and QC ticked',
      doc: () => it2({ 'gov.task-force': ['it', 'qc'] }),
      en: 'Add the missing departments to the task force: production, procurement and warehouse, led by a senior manager.',
      zh: '把缺少的部门加入专项小组：生产、采购和仓储，并由高层管理者牵头。',
    },
    {
      name: 'IT ticked, QC in the rollout team, production among the raters',
      doc: () =>
        withRaters(withTeam(it2({ 'gov.task-force': ['it'] }), [['Wang Fang', 'qc']]), [
          'production',
        ]),
      en: 'Add the missing departments to the task force: procurement and warehouse, led by a senior manager.',
      zh: '把缺少的部门加入专项小组：采购和仓储，并由高层管理者牵头。',
    },
    {
      name: 'IT, QC and a senior lead',
      doc: () => it2({ 'gov.task-force': ['it', 'qc', 'management'] }),
      en: 'Add the missing departments to the task force: production, procurement and warehouse.',
      zh: '把缺少的部门加入专项小组：生产、采购和仓储。',
    },
    {
      name: 'only IT ticked but everyone in the rollout team',
      doc: () =>
        withTeam(it2({ 'gov.task-force': ['it'] }), [
          ['Zhou', 'management', 'sponsor'],
          ['Liu', 'production'],
          ['Chen', 'procurement'],
          ['Wang', 'qc'],
          ['Zhao', 'warehouse'],
        ]),
      en: 'Every department is in the rollout team or among the raters: tick them in this answer so the audit shows the task force as it is.',
      zh: '各部门均已在上线团队或评分人中：请在本题中勾选，使自审反映专项小组的实际组成。',
    },
  ])('$name', ({ doc, en, zh }) => {
    expect(advice(doc(), 'gov.task-force', 'en')).toBe(en);
    expect(advice(doc(), 'gov.task-force', 'zh-CN')).toBe(zh);
  });

  it('a task force with IT and QC is never told to add IT or QC, in any text', () => {
    const doc = withTeam(auditDoc({ 'gov.task-force': ['it', 'qc'], 'gov.business-owner': 'no' }), [
      ['Zhang Min', 'it'],
      ['Wang Fang', 'qc', 'lead'],
    ]);
    const text = advice(doc, 'gov.task-force')!;
    expect(text).not.toMatch(/\bIT\b|\bQC\b/);
    expect(advice(doc, 'gov.task-force', 'zh-CN')).not.toMatch(/IT|品控/);
  });
});

describe('people are named from the rollout team', () => {
  const team: Person[] = [
    ['Zhou Jun', 'management', 'sponsor'],
    ['Wang Fang', 'qc', 'lead'],
    ['Zhang Min', 'it'],
    ['Liu Qiang', 'production', 'business-owner'],
  ];
  it.each([
    [
      'gov.business-owner',
      { 'gov.business-owner': 'no' },
      'Name a business owner who states the needs and accepts the results — Wang Fang (QC) or Liu Qiang (production) from the task force.',
    ],
    [
      'gov.sponsor',
      { 'gov.sponsor': 'passive' },
      'Ask Zhou Jun to lead the project actively, with authority over resources, and chair a fortnightly steering meeting.',
    ],
    [
      'gov.acceptance',
      { 'gov.acceptance': 'it' },
      'Make business UAT sign-off by Liu Qiang (production) and Wang Fang (QC) the exit gate of every phase.',
    ],
    [
      'flows.workshop',
      { 'flows.workshop': 'no' },
      'Run a half-day whiteboard workshop with Wang Fang (QC) and Liu Qiang (production) to draw the must-flow data; first find someone from procurement and warehouse.',
    ],
    [
      'team.maintainers',
      { 'team.maintainers': 'one-dev' },
      'One developer is a single point of failure: name a backup beside Zhang Min (IT), or choose an option whose vendor runs the interfaces under an SLA.',
    ],
  ] as const)('%s', (questionId, answers, expected) => {
    expect(advice(withTeam(auditDoc(answers), team), questionId)).toBe(expected);
  });

  it('with no rollout team yet, the questionnaire’s text stands', () => {
    expect(advice(auditDoc({ 'gov.business-owner': 'no' }), 'gov.business-owner')).toBe(
      'Name a business owner from QC or production who states the needs and accepts the results.',
    );
  });

  it('acceptance with QC missing from the team says so', () => {
    const doc = withTeam(auditDoc({ 'gov.acceptance': 'key-user' }), [['Liu Qiang', 'production']]);
    expect(advice(doc, 'gov.acceptance')).toBe(
      'Make business UAT sign-off by Liu Qiang (production) the exit gate of every phase — and add someone from QC to the rollout team to sign too.',
    );
  });

  it('the no-business-owner flag names candidates from the team, never a fixed list', () => {
    const doc = withTeam(auditDoc({ 'gov.business-owner': 'no' }), team);
    const [flag] = flags(doc);
    expect(flag?.message.en).toBe(
      'No business owner: IT would connect data nobody in the business asked for. Wang Fang (QC) or Liu Qiang (production) in the task force could own it.',
    );
    expect(flags(auditDoc({ 'gov.business-owner': 'no' }))[0]?.message.en).not.toContain(
      'procurement',
    );
  });

  it('an IT-only answer raises no flag once the rollout team has a business member', () => {
    const answers = { 'gov.task-force': ['it'] };
    expect(flags(auditDoc(answers)).map((f) => f.id)).toEqual(['it-only-task-force']);
    expect(flags(withTeam(auditDoc(answers), [['Wang Fang', 'qc']]))).toEqual([]);
  });
});

describe('suppliers and customers are named from the diagram, only those missing', () => {
  const dairy = (answers: Record<string, string>) =>
    diagram(
      [
        system('farm', 'supplier', { name: 'Farm co-op' }),
        system('pack', 'supplier', { name: 'PackCo' }),
        system('film', 'supplier', {
          name: 'FilmCo',
          isOutOfScope: true,
          outOfScopeReason: 'Not food-contact',
        }),
        system('trace', 'traceability'),
        system('a', 'customer', { name: 'FreshMart' }),
        system('b', 'customer', { name: 'ValueStore' }),
      ],
      [
        flow('f1', 'farm', 'trace', ['advance-shipping-notice']),
        flow('f2', 'trace', 'pack', ['purchase-order']),
        flow('f3', 'a', 'trace', ['receipt-confirmation']),
        flow('f4', 'trace', 'b', ['shipment']),
      ],
      answers,
    );

  it('supplier lot: asks PackCo, not the farm that sends ASNs nor FilmCo (out of scope)', () => {
    const doc = dairy({ 'supply.supplier-lot': 'paper' });
    expect(advice(doc, 'supply.supplier-lot')).toBe(
      'Ask PackCo for GS1 labels with lot (AI 10) now, and ASNs with lot numbers in phase 3.',
    );
    expect(flags(doc)[0]?.message.en).toBe(
      'Supplier lot data does not arrive in a machine-readable form: the trace stops at your receiving dock. No lot data comes in from PackCo in the diagram.',
    );
  });

  it('customer confirmation: agrees it with ValueStore, not FreshMart', () => {
    const doc = dairy({ 'supply.customer-confirmation': 'email' });
    expect(advice(doc, 'supply.customer-confirmation')).toBe(
      'Agree an electronic receipt confirmation (EDI RECADV or API) with ValueStore for phase 3.',
    );
    expect(advice(doc, 'supply.customer-confirmation', 'zh-CN')).toContain('ValueStore');
    expect(advice(doc, 'supply.customer-confirmation', 'zh-CN')).not.toContain('FreshMart');
  });
});

describe('figures come from the answers and the document', () => {
  it('the scope advice counts the interfaces and must-flow objects answered', () => {
    const doc = auditDoc({
      'flows.scope': 'vendor-list',
      'flows.interface-count': 31,
      'flows.must-flow': ['material-master', 'goods-receipt', 'shipment'],
    });
    expect(advice(doc, 'flows.scope')).toBe(
      'Replace the 31-interface list with the 3 must-flow data objects; drop the rest from phase 1.',
    );
  });

  it('the operations budget is 15–20% of the options’ build costs', () => {
    const doc = exampleDocument('en');
    expect(advice(doc, 'team.ops-budget')).toBe(
      // Initial costs: A 390,000 (×15% = 58,500) … B 1,550,000 (×20% = 310,000).
      'Budget yearly operations before choosing an option: at 15–20% of the build cost, CNY 58,500 (A. CloudTrace SaaS with standard API) to CNY 310,000 (B. Traceability module on SAP + MES, built by Sunrise SI) a year.',
    );
  });

  it('the written target quotes the hours answered', () => {
    const doc = auditDoc({ 'goal.target': 'informal', 'goal.target-hours': 4 });
    expect(advice(doc, 'goal.target')).toMatch(/^Write down the 4 h trace target/);
  });
});
