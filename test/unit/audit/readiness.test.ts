import { describe, expect, it } from 'vitest';
import { loadQuestionnaire, presetFor } from '../../../shared/audit/catalog.ts';
import { questionSchema } from '../../../shared/audit/questionnaire.ts';
import {
  answerMaturity,
  assessReadiness,
  DEFAULT_TARGET_LEVEL,
  targetLevel,
} from '../../../shared/audit/readiness.ts';
import type { Answer, Industry, ProjectDocument } from '../../../shared/model/schema.ts';
import { auditDoc, dimension, evidenced, na, question, unknown } from './audit-fixtures.ts';

/**
 * Readiness per dimension (step 1): M = Σ(m_i·g_i)/Σg_i over the answered items, × 20. Every
 * expected number below is worked out by hand from the weights in questionnaire.en.json.
 */

const questionnaire = loadQuestionnaire('en');
const assess = (doc: ProjectDocument) =>
  assessReadiness(doc, questionnaire, presetFor(doc.meta.industry, 'en'));

/** The scored questions per dimension with their weights g_i (lot granularity or unanswered). */
const SCORED = {
  goal: { 'goal.trace-time': 2, 'goal.target': 1 },
  systems: {
    'systems.batch-managed': 2,
    'systems.receipt-lot': 2,
    'systems.duplicate-codes': 1,
    'systems.inventory-accuracy': 1,
    'systems.mes-realtime': 2,
    'systems.consumption-per-lot': 2,
    'systems.master-owner': 1,
  },
  flows: { 'flows.scope': 2, 'flows.workshop': 1 },
  team: { 'team.maintainers': 2, 'team.skills': 1, 'team.ops-budget': 1 },
  'supply-chain': {
    'supply.supplier-lot': 2,
    'supply.supplier-coverage': 1,
    'supply.customer-confirmation': 2,
    'supply.mock-recall': 1,
  },
  governance: {
    'gov.business-owner': 2,
    'gov.task-force': 2,
    'gov.sponsor': 1,
    'gov.acceptance': 2,
    'gov.kpi': 1,
  },
} as const;

/** A bare answer to pass to answerMaturity (a read-only list is copied). */
const answer = (
  value: Answer['value'] | readonly string[],
  status: Answer['status'] = 'answered',
): Answer => ({
  id: 'a',
  questionId: 'q',
  status,
  value: Array.isArray(value) ? [...(value as readonly string[])] : (value as Answer['value']),
  note: '',
  evidence: '',
  department: null,
  count: null,
  total: null,
});

describe('the questionnaire weights these tests rely on', () => {
  it('match the template (so a changed weight fails here first)', () => {
    for (const weights of Object.values(SCORED)) {
      for (const [id, weight] of Object.entries(weights)) expect(question(id).weight).toBe(weight);
    }
  });
});

describe('answerMaturity', () => {
  it.each([
    ['systems.inventory-accuracy', 95, 3.75], // (95 − 80)/(100 − 80) × 5
    ['systems.inventory-accuracy', 80, 0],
    ['systems.inventory-accuracy', 70, 0], // below worst: clamped
    ['systems.inventory-accuracy', 100, 5],
    ['systems.inventory-accuracy', 101, 5], // above best: clamped
    ['systems.duplicate-codes', 2.5, 3.75], // lower is better: (2.5 − 10)/(0 − 10) × 5
    ['systems.duplicate-codes', 10, 0],
    ['systems.duplicate-codes', 0, 5],
    ['systems.duplicate-codes', 25, 0],
    ['systems.batch-managed', 62, 3.1],
    ['goal.trace-time', 3, 3],
    ['goal.trace-time', 7, 5], // maturity clamped to 0–5
    ['goal.trace-time', -1, 0],
    ['gov.sponsor', 'passive', 2],
    ['gov.business-owner', 'no', 0], // a zero is an answer, not a missing one
    ['gov.task-force', ['it', 'production', 'qc'], 2], // 0 + 1 + 1
    ['gov.task-force', ['it', 'finance'], 0],
    ['gov.task-force', ['it', 'production', 'procurement', 'qc', 'warehouse', 'management'], 5],
  ] as const)('%s = %j → %d', (id, value, expected) => {
    expect(answerMaturity(question(id), answer(value))).toBe(expected);
  });

  it.each([
    ['unanswered', 'gov.sponsor', undefined],
    ['unknown', 'gov.sponsor', answer(null, 'unknown')],
    ['not applicable, even with a value left over', 'gov.sponsor', answer('active', 'na')],
    ['an option that does not exist', 'gov.sponsor', answer('sometimes')],
    ['an empty selection', 'gov.task-force', answer([])],
    ['text for a maturity question', 'goal.trace-time', answer('3')],
    ['an unscored question', 'goal.granularity', answer('lot')],
    ['a number without a scale', 'flows.interface-count', answer(24)],
    ['a text question', 'goal.problem', answer('recalls take days')],
  ])('is null for %s', (_name, id, given) => {
    expect(answerMaturity(question(id), given)).toBeNull();
  });

  it('caps the sum of a multi-choice at 5', () => {
    const multi = questionSchema.parse({
      id: 'x.multi',
      type: 'multi',
      text: 'Which?',
      department: 'qc',
      options: [
        { id: 'a', label: 'A', score: 3 },
        { id: 'b', label: 'B', score: 4 },
        { id: 'c', label: 'C', score: 1 },
      ],
    });
    expect(answerMaturity(multi, answer(['a', 'c']))).toBe(4);
    expect(answerMaturity(multi, answer(['a', 'b']))).toBe(5);
    expect(answerMaturity(multi, answer(['a', 'b', 'c']))).toBe(5);
  });
});

describe('assessReadiness: empty and partial audits', () => {
  it('has no readiness anywhere, and no confidence, when nothing is answered', () => {
    const report = assess(auditDoc({}));
    expect(report.overall).toBeNull();
    expect(report.confidence).toBe(0);
    for (const [id, weights] of Object.entries(SCORED)) {
      expect(dimension(report, id)).toEqual({
        dimensionId: id,
        readiness: null,
        target: 80,
        gap: null,
        applicable: Object.keys(weights).length,
        answered: 0,
        unknownQuestionIds: [],
        openQuestionIds: Object.keys(weights),
        confidence: 0,
      });
    }
  });

  it('lists a dimension answered “don’t know” throughout, with no readiness and no confidence', () => {
    const governance = Object.fromEntries(
      Object.keys(SCORED.governance).map((id) => [id, unknown]),
    );
    const report = assess(auditDoc({ ...governance, 'team.maintainers': 'team' }));
    const row = dimension(report, 'governance');
    expect(row.readiness).toBeNull();
    expect(row.gap).toBeNull();
    expect(row.applicable).toBe(5);
    expect(row.answered).toBe(0);
    expect(row.unknownQuestionIds).toEqual(Object.keys(SCORED.governance));
    expect(row.openQuestionIds).toEqual([]);
    expect(row.confidence).toBe(0);
    // "Don't know" lowers confidence, not readiness: the overall index is team's alone.
    expect(report.overall).toBe(100);
  });

  it('drops a dimension answered “not applicable” throughout', () => {
    const team = Object.fromEntries(Object.keys(SCORED.team).map((id) => [id, na]));
    const row = dimension(assess(auditDoc(team)), 'team');
    expect(row).toMatchObject({ readiness: null, applicable: 0, answered: 0, confidence: 0 });
    expect(row.openQuestionIds).toEqual([]);
    expect(row.unknownQuestionIds).toEqual([]);
  });

  it('leaves a not-applicable item out of the mean, not as a zero', () => {
    // business-owner yes (5, g 2) alone; sponsor N/A: 5 → 100, not (10 + 0)/3 → 66.7.
    const row = dimension(
      assess(auditDoc({ 'gov.business-owner': 'yes', 'gov.sponsor': na })),
      'governance',
    );
    expect(row.readiness).toBe(100);
    expect(row.applicable).toBe(4);
  });

  it('averages the overall index over the dimensions that have a readiness only', () => {
    const report = assess(
      auditDoc({
        'gov.business-owner': 'yes', // 5 × 2
        'gov.sponsor': 'passive', //    2 × 1 → (10 + 2)/3 = 4 → 80
        'team.maintainers': 'one-dev', // 3 × 2
        'team.skills': 4, //              4 × 1
        'team.ops-budget': 'yearly', //   5 × 1 → (6 + 4 + 5)/4 = 3.75 → 75
      }),
    );
    expect(dimension(report, 'governance').readiness).toBeCloseTo(80, 10);
    expect(dimension(report, 'team').readiness).toBeCloseTo(75, 10);
    expect(report.dimensions.filter((d) => d.readiness !== null)).toHaveLength(2);
    expect(report.overall).toBeCloseTo(77.5, 10); // (80 + 75)/2, not /6
  });
});

describe('assessReadiness: weighted means computed by hand', () => {
  it.each([
    ['systems', { 'systems.inventory-accuracy': 95 }, 75], // 3.75 × 20
    ['systems', { 'systems.duplicate-codes': 2.5 }, 75],
    // (3.1·2 + 3.75·1)/3 = 3.3167 → 66.33
    ['systems', { 'systems.batch-managed': 62, 'systems.duplicate-codes': 2.5 }, 66.333333],
    ['governance', { 'gov.task-force': ['it', 'production', 'qc'] }, 40], // 0 + 1 + 1 = 2
    ['governance', { 'gov.task-force': ['it'] }, 0],
    ['governance', { 'gov.business-owner': 'yes', 'gov.sponsor': 'passive' }, 80],
    // (0·2 + 5·1 + 2·2)/5 = 1.8 → 36
    [
      'governance',
      { 'gov.business-owner': 'no', 'gov.kpi': 'yes', 'gov.acceptance': 'key-user' },
      36,
    ],
    // (3·2 + 5·2)/4 = 4 → 80 (no preset: industry "other")
    ['supply-chain', { 'supply.supplier-lot': 'label', 'supply.customer-confirmation': 'edi' }, 80],
  ] as const)('%s with %j → %d', (id, answers, expected) => {
    const row = dimension(assess(auditDoc(answers)), id);
    expect(row.readiness).toBeCloseTo(expected, 5);
    expect(row.answered).toBe(Object.keys(answers).length);
  });

  it('multiplies question weights by the industry preset', () => {
    const answers = { 'supply.supplier-lot': 'label', 'supply.customer-confirmation': 'edi' };
    const cases: [Industry, number][] = [
      ['other', 80], // (3·2 + 5·2)/4 = 4
      ['food', 76], // supplier-lot × 1.5: (3·3 + 5·2)/5 = 3.8
      ['automotive', 84], // customer-confirmation × 1.5: (3·2 + 5·3)/5 = 4.2
      ['pharma', 80], // no multiplier on these two
    ];
    for (const [industry, expected] of cases) {
      const row = dimension(assess(auditDoc(answers, { industry })), 'supply-chain');
      expect(row.readiness, industry).toBeCloseTo(expected, 10);
    }
  });
});

describe('targets and gaps', () => {
  const withTarget = (doc: ProjectDocument, dimensionId: string, level: number) => ({
    ...doc,
    audit: { ...doc.audit, targets: [{ id: `t-${dimensionId}`, dimensionId, level }] },
  });

  it('takes the project’s target, else the preset’s, else level 4', () => {
    expect(DEFAULT_TARGET_LEVEL).toBe(4);
    const food = auditDoc({}, { industry: 'food' });
    const other = auditDoc({});
    const cases: [ProjectDocument, number][] = [
      [other, 4], // default
      [food, 3], // food preset: team 3
      [withTarget(food, 'team', 5), 5], // project overrides preset
      [withTarget(other, 'team', 2), 2], // project overrides default
      [withTarget(food, 'team', 0), 0], // a target of 0 is a target, not "unset"
      [withTarget(food, 'governance', 5), 3], // another dimension's target does not count
    ];
    for (const [doc, level] of cases) {
      expect(targetLevel(doc, 'team', presetFor(doc.meta.industry, 'en'))).toBe(level);
      expect(dimension(assess(doc), 'team').target).toBe(level * 20);
    }
  });

  it.each([
    // Team readiness is 75 in every row: (3·2 + 4·1 + 5·1)/4 = 3.75.
    ['the default level 4 (80)', 'other', null, 5],
    ['the food preset’s 3 (60): above target, never negative', 'food', null, 0],
    ['the project’s 5 (100)', 'food', 5, 25],
    ['the project’s 0', 'other', 0, 0],
  ] as const)('gap = max(0, target − readiness) against %s', (_name, industry, level, gap) => {
    let doc = auditDoc(
      { 'team.maintainers': 'one-dev', 'team.skills': 4, 'team.ops-budget': 'yearly' },
      { industry },
    );
    if (level !== null) doc = withTarget(doc, 'team', level);
    expect(dimension(assess(doc), 'team').gap).toBeCloseTo(gap, 10);
  });
});

describe('confidence', () => {
  it('counts evidence 1, opinion ½, unknown and open 0, by weight', () => {
    const report = assess(
      auditDoc({
        'systems.batch-managed': 50, // measured figure (isEvidence), g 2 → 2
        'systems.mes-realtime': 3, // opinion, g 2 → 1
        'systems.master-owner': evidenced('it', 'Org chart 2026-10'), // evidence note, g 1 → 1
        'systems.receipt-lot': unknown, // g 2 → 0
      }),
    );
    const row = dimension(report, 'systems');
    // Applicable weight 2+2+1+1+2+2+1 = 11; confidence weight 2 + 1 + 1 = 4.
    expect(row.confidence).toBeCloseTo(4 / 11, 12);
    // (2.5·2 + 3·2 + 2·1)/5 = 2.6 → 52
    expect(row.readiness).toBeCloseTo(52, 10);
    expect(row.unknownQuestionIds).toEqual(['systems.receipt-lot']);
    expect(row.openQuestionIds).toEqual([
      'systems.duplicate-codes',
      'systems.inventory-accuracy',
      'systems.consumption-per-lot',
    ]);
    // Overall: 4 over all applicable weight 3 + 11 + 3 + 4 + 6 + 8 = 35.
    expect(report.confidence).toBeCloseTo(4 / 35, 12);
  });

  it('is 1 for a dimension answered entirely with evidence, ½ entirely with opinion', () => {
    const evidence = Object.fromEntries(
      Object.keys(SCORED.flows).map((id) => [
        id,
        evidenced(id === 'flows.scope' ? 'it-list' : 'no', 'minutes'),
      ]),
    );
    const opinion = { 'flows.scope': 'it-list', 'flows.workshop': 'no' };
    expect(dimension(assess(auditDoc(evidence)), 'flows').confidence).toBe(1);
    expect(dimension(assess(auditDoc(opinion)), 'flows').confidence).toBe(0.5);
  });

  it('treats a whitespace-only evidence note as no evidence', () => {
    const doc = auditDoc({ 'flows.scope': evidenced('it-list', '   '), 'flows.workshop': na });
    expect(dimension(assess(doc), 'flows').confidence).toBe(0.5);
  });
});
