import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../shared/audit/catalog.ts';
import {
  flowSeeds,
  identifierGranularity,
  optionDimensions,
  rolloutSeeds,
  suggestedWeights,
  type OptionDimension,
} from '../../../shared/audit/handoffs.ts';
import { exampleDocument, hasCjk } from '../shared/fixtures.ts';
import { auditDoc, question, unknown, type AnswerInput } from './audit-fixtures.ts';

/**
 * What step 1 hands on: step-2 weights (20 points each, plus points per finding, normalised),
 * seed flows for the diagram, the identifier granularity, and cleansing and training for step 3.
 */

const EIGHT = [
  'material-master',
  'supplier-master',
  'purchase-order',
  'advance-shipping-notice',
  'goods-receipt',
  'work-order',
  'production-output',
  'shipment',
];

describe('suggestedWeights', () => {
  it('suggests equal weights, 20% each, with no answers', () => {
    const { weights, adjustments } = suggestedWeights(auditDoc({}));
    expect(weights).toEqual({
      'initial-cost': 0.2,
      'maintenance-cost': 0.2,
      'implementation-speed': 0.2,
      'data-security': 0.2,
      scalability: 0.2,
    });
    expect(adjustments).toEqual([]);
  });

  it.each([
    // answers, criterion, points, question ids
    [{ 'team.maintainers': 'nobody' }, 'maintenance-cost', 10, ['team.maintainers', 'team.skills']],
    [
      { 'team.maintainers': 'contractor' },
      'maintenance-cost',
      10,
      ['team.maintainers', 'team.skills'],
    ],
    [{ 'team.skills': 2 }, 'maintenance-cost', 10, ['team.maintainers', 'team.skills']],
    [{ 'team.support-preference': 'vendor' }, 'maintenance-cost', 5, ['team.support-preference']],
    [{ 'team.ops-budget': 'none' }, 'initial-cost', 5, ['team.ops-budget']],
    [{ 'goal.regulation': ['recall', 'fsma-204'] }, 'data-security', 10, ['goal.regulation']],
    [{ 'goal.regulation': ['gmp-nmpa'] }, 'data-security', 10, ['goal.regulation']],
    [{ 'goal.regulation': ['battery-passport'] }, 'data-security', 10, ['goal.regulation']],
    [{ 'goal.regulation': ['gb-t-37029'] }, 'data-security', 10, ['goal.regulation']],
    [{ 'goal.granularity': 'serial' }, 'scalability', 10, ['goal.granularity']],
    [{ 'goal.granularity': 'mixed' }, 'scalability', 10, ['goal.granularity']],
    [{ 'flows.must-flow': EIGHT }, 'scalability', 5, ['flows.must-flow']],
    [{ 'goal.deadline': '3-months' }, 'implementation-speed', 10, ['goal.deadline']],
    [{ 'goal.deadline': '6-months' }, 'implementation-speed', 5, ['goal.deadline']],
  ] as const)('%j → +%s %d points', (answers, criterion, points, questionIds) => {
    const { weights, adjustments } = suggestedWeights(auditDoc(answers));
    expect(adjustments).toHaveLength(1);
    expect(adjustments[0]).toMatchObject({ criterion, points, questionIds });
    expect(hasCjk(adjustments[0]?.reason['zh-CN'] ?? '')).toBe(true);
    // (20 + points)/(100 + points) for the criterion, 20/(100 + points) for each other one
    for (const d of optionDimensions) {
      const expected = (d === criterion ? 20 + points : 20) / (100 + points);
      expect(weights[d], d).toBeCloseTo(expected, 12);
    }
  });

  it.each([
    [{ 'team.maintainers': 'one-dev' }],
    [{ 'team.maintainers': 'team', 'team.skills': 3 }],
    [{ 'team.skills': unknown }],
    [{ 'team.support-preference': 'mixed' }],
    [{ 'team.ops-budget': 'ad-hoc' }],
    [{ 'goal.regulation': ['recall', 'customer-audit', 'iatf-16949'] }],
    [{ 'goal.granularity': 'lot' }],
    [{ 'flows.must-flow': EIGHT.slice(0, 7) }],
    [{ 'goal.deadline': '12-months' }],
  ] as const)('leaves equal weights for the near miss %j', (answers) => {
    const { weights, adjustments } = suggestedWeights(auditDoc(answers));
    expect(adjustments).toEqual([]);
    for (const d of optionDimensions) expect(weights[d]).toBe(0.2);
  });

  it('adds up the worked example by hand: 20, 35, 25, 30, 25 of 135 points', () => {
    // maintenance +10 (skills 2) +5 (vendor-run), security +10 (GB/T 37029, FSMA 204),
    // scalability +5 (11 must-flow objects), speed +5 (6 months).
    const { weights, adjustments } = suggestedWeights(exampleDocument());
    expect(weights['initial-cost']).toBeCloseTo(20 / 135, 12);
    expect(weights['maintenance-cost']).toBeCloseTo(35 / 135, 12);
    expect(weights['implementation-speed']).toBeCloseTo(25 / 135, 12);
    expect(weights['data-security']).toBeCloseTo(30 / 135, 12);
    expect(weights.scalability).toBeCloseTo(25 / 135, 12);
    expect(adjustments.map((a) => [a.criterion, a.points])).toEqual([
      ['maintenance-cost', 10],
      ['maintenance-cost', 5],
      ['data-security', 10],
      ['scalability', 5],
      ['implementation-speed', 5],
    ]);
    // The reason names both regulations (by id or by label).
    expect(adjustments[2]?.reason.en).toMatch(/37029.*204/);
    expect(adjustments[2]?.reason['zh-CN']).toMatch(/37029.*204/);
  });

  it('always sums to 1, each weight the criterion’s share of the points (any answers)', () => {
    const pool: Record<string, fc.Arbitrary<AnswerInput>> = {
      'team.maintainers': fc.constantFrom(...question('team.maintainers').options.map((o) => o.id)),
      'team.skills': fc.integer({ min: 0, max: 5 }),
      'team.support-preference': fc.constantFrom('vendor', 'mixed', 'internal'),
      'team.ops-budget': fc.constantFrom('none', 'ad-hoc', 'yearly'),
      'goal.regulation': fc.subarray(question('goal.regulation').options.map((o) => o.id)),
      'goal.granularity': fc.constantFrom('lot', 'serial', 'mixed'),
      'flows.must-flow': fc.subarray(question('flows.must-flow').options.map((o) => o.id)),
      'goal.deadline': fc.constantFrom('3-months', '6-months', '12-months'),
    };
    fc.assert(
      fc.property(fc.record(pool, { requiredKeys: [] }), (answers) => {
        const { weights, adjustments } = suggestedWeights(auditDoc(answers));
        const sum = optionDimensions.reduce((s, d) => s + weights[d], 0);
        expect(sum).toBeCloseTo(1, 12);
        const added = adjustments.reduce((s, a) => s + a.points, 0);
        for (const d of optionDimensions) {
          const own = adjustments
            .filter((a) => a.criterion === d)
            .reduce((s, a) => s + a.points, 0);
          expect(weights[d]).toBeCloseTo((20 + own) / (100 + added), 12);
          expect(weights[d]).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('flowSeeds', () => {
  const doc = auditDoc({
    'flows.must-flow': [
      'material-master',
      'inspection-result',
      'work-order',
      'advance-shipping-notice',
      'shipment',
    ],
    'flows.two-way': ['inspection-result', 'routing'], // routing is not must-flow: no seed
  });

  it('seeds one flow per must-flow object on its typical route', () => {
    expect(flowSeeds(doc)).toEqual([
      {
        object: 'material-master',
        sourceKind: 'erp',
        targetKind: 'traceability',
        direction: 'one-way',
        isCore: true,
        phase: 1,
      },
      {
        object: 'inspection-result',
        sourceKind: 'qms',
        targetKind: 'traceability',
        direction: 'two-way',
        isCore: false,
        phase: 2,
      },
      {
        object: 'work-order',
        sourceKind: 'erp',
        targetKind: 'mes',
        direction: 'one-way',
        isCore: true,
        phase: 1,
      },
      {
        object: 'advance-shipping-notice',
        sourceKind: 'supplier',
        targetKind: 'traceability',
        direction: 'one-way',
        isCore: false,
        phase: 3,
      },
      {
        object: 'shipment',
        sourceKind: 'traceability',
        targetKind: 'customer',
        direction: 'one-way',
        isCore: false,
        phase: 3,
      },
    ]);
  });

  it('seeds every must-flow option of the questionnaire, phased as the model says', () => {
    const all = question('flows.must-flow').options.map((o) => o.id);
    const seeds = flowSeeds(auditDoc({ 'flows.must-flow': all }));
    expect(seeds.map((s) => s.object)).toEqual(all);
    const phase = (p: number) => seeds.filter((s) => s.phase === p).map((s) => s.object);
    expect(phase(1)).toEqual(['material-master', 'work-order']);
    expect(phase(3)).toEqual([
      'advance-shipping-notice',
      'certificate-of-analysis',
      'shipment',
      'receipt-confirmation',
    ]);
    expect(seeds.every((s) => s.direction === 'one-way')).toBe(true);
    for (const s of seeds) {
      const crossesCompany = [s.sourceKind, s.targetKind].some(
        (k) => k === 'supplier' || k === 'customer',
      );
      expect(s.phase === 3, s.object).toBe(crossesCompany);
    }
  });

  it('is empty without must-flow data', () => {
    expect(flowSeeds(auditDoc({}))).toEqual([]);
    expect(flowSeeds(auditDoc({ 'flows.two-way': ['shipment'] }))).toEqual([]);
    expect(flowSeeds(auditDoc({ 'flows.must-flow': unknown }))).toEqual([]);
  });
});

describe('identifierGranularity', () => {
  it.each([
    ['lot', 'lot'],
    ['serial', 'serial'],
    ['mixed', 'mixed'],
    [undefined, null],
    [unknown, null],
    ['unit', null], // not an option
    ['', null],
  ] as const)('%j → %j', (answer, expected) => {
    const doc = auditDoc(answer === undefined ? {} : { 'goal.granularity': answer });
    expect(identifierGranularity(doc)).toBe(expected);
  });
});

describe('rolloutSeeds', () => {
  const doc = auditDoc({
    'systems.batch-managed': 62, // fails 100
    'systems.receipt-lot': 96, // passes 95
    'systems.duplicate-codes': 4.5, // fails 0
    'gov.training-roles': ['line-operators', 'qc-inspectors', 'janitors'], // janitors: no option
  });

  it('plans one cleansing task per failed precondition', () => {
    const { tasks } = rolloutSeeds(doc, loadQuestionnaire('en'));
    expect(tasks.map((t) => [t.key, t.questionId, t.durationDays])).toEqual([
      ['cleanse:systems.batch-managed', 'systems.batch-managed', 10],
      ['cleanse:systems.duplicate-codes', 'systems.duplicate-codes', 10],
    ]);
    expect(tasks[0]?.name).toContain('38%');
    expect(tasks[1]?.name).toContain('4.5%');
    expect(tasks.every((t) => t.name.length <= 200)).toBe(true);
  });

  it.each([
    ['en', ['Line operators', 'QC inspectors'], false],
    ['zh-CN', ['产线操作工', '质检员'], true],
  ] as const)('plans one training per selected role, in %s', (language, audiences, isChinese) => {
    const { tasks, trainings } = rolloutSeeds(doc, loadQuestionnaire(language));
    expect(trainings.map((t) => [t.key, t.audience])).toEqual([
      ['train:line-operators', audiences[0]],
      ['train:qc-inspectors', audiences[1]],
    ]);
    expect(trainings.every((t) => hasCjk(t.topic) === isChinese)).toBe(true);
    expect(tasks.every((t) => hasCjk(t.name) === isChinese)).toBe(true);
  });

  it('plans nothing for an empty audit', () => {
    expect(rolloutSeeds(auditDoc({}), loadQuestionnaire('en'))).toEqual({
      tasks: [],
      trainings: [],
    });
  });

  it('has one task per precondition and one training per role in the worked example', () => {
    const seeds = rolloutSeeds(exampleDocument(), loadQuestionnaire('en'));
    expect(seeds.tasks).toHaveLength(5);
    expect(seeds.trainings.map((t) => t.audience)).toEqual([
      'Warehouse clerks',
      'Line operators',
      'QC inspectors',
    ]);
  });
});

describe('option dimensions', () => {
  it('are the five dimensions of step 2 in the model’s order', () => {
    expect(optionDimensions).toEqual<OptionDimension[]>([
      'initial-cost',
      'maintenance-cost',
      'implementation-speed',
      'data-security',
      'scalability',
    ]);
  });
});
