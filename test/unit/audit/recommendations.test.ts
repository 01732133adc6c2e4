import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire, presetFor } from '../../../shared/audit/catalog.ts';
import {
  fillRecommendation,
  preconditions,
  recommendations,
} from '../../../shared/audit/findings.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { exampleDocument, hasCjk } from '../shared/fixtures.ts';
import { auditDoc, question, type AnswerInput } from './audit-fixtures.ts';

/**
 * The prioritised gap list ((5 − maturity) × weight, largest first) and the data preconditions
 * that must hold before phase 1 ("integrating messy data only creates new mess").
 */

const en = loadQuestionnaire('en');
const zh = loadQuestionnaire('zh-CN');
const gapList = (doc: ProjectDocument, questionnaire = en) =>
  recommendations(doc, questionnaire, presetFor(doc.meta.industry, questionnaire.language));

describe('fillRecommendation', () => {
  it.each([
    [
      'Turn on batch management for the {{missing}}% left.',
      62,
      'Turn on batch management for the 38% left.',
    ],
    ['Merge the {{value}}% duplicates.', 4.5, 'Merge the 4.5% duplicates.'],
    ['From {{value}}% to 98%.', 96.5, 'From 96.5% to 98%.'],
    ['{{value}} / {{missing}}', 33.333, '33.3 / 66.7'], // one decimal
    ['{{value}} / {{missing}}', 0, '0 / 100'],
    ['{{value}} / {{missing}}', 100, '100 / 0'],
    ['{{value}} and {{value}} again', 7, '7 and 7 again'], // every occurrence
    ['No placeholder here.', 50, 'No placeholder here.'],
    ['{{value}} stays', 'it-list', '{{value}} stays'], // only numbers fill in
    ['{{missing}} stays', null, '{{missing}} stays'],
    ['{{value}} stays', ['a'], '{{value}} stays'],
    ['还差 {{missing}}%', 71, '还差 29%'],
  ])('%j with %j → %j', (template, value, expected) => {
    expect(fillRecommendation(template, value)).toBe(expected);
  });
});

describe('recommendations', () => {
  const doc = auditDoc({
    'gov.business-owner': 'no', //      (5 − 0) × 2 = 10
    'gov.sponsor': 'passive', //        (5 − 2) × 1 = 3
    'systems.batch-managed': 62, //     (5 − 3.1) × 2 = 3.8
    'flows.workshop': 'reviewed', //    (5 − 3) × 1 = 2
    'goal.target': 'defined', //        4: no advice
    'team.maintainers': 'team', //      5: no advice
    'systems.duplicate-codes': 2, //    (2 − 10)/(0 − 10) × 5 = 4: no advice
    'goal.granularity': 'lot', //       unscored: no advice
    'flows.interface-count': 24, //     unscored figure: no advice
  });

  it('lists answers scoring below 4, largest (5 − maturity) × weight first', () => {
    const list = gapList(doc);
    expect(list.map((r) => [r.questionId, r.dimensionId])).toEqual([
      ['gov.business-owner', 'governance'],
      ['systems.batch-managed', 'systems'],
      ['gov.sponsor', 'governance'],
      ['flows.workshop', 'flows'],
    ]);
    expect(list.map((r) => r.priority)).toEqual([10, expect.closeTo(3.8, 10), 3, 2]);
    expect(list.map((r) => r.maturity)).toEqual([0, expect.closeTo(3.1, 10), 2, 3]);
  });

  it('fills the figures into the advice', () => {
    const batch = gapList(doc).find((r) => r.questionId === 'systems.batch-managed');
    expect(batch?.text).toContain('38%');
    expect(batch?.text).not.toContain('{{');
    expect(gapList(doc).find((r) => r.questionId === 'gov.sponsor')?.text).toBe(
      question('gov.sponsor').recommendation,
    );
  });

  it('writes the advice in the questionnaire’s language, same order', () => {
    const english = gapList(doc);
    const chinese = gapList(doc, zh);
    expect(chinese.map((r) => [r.questionId, r.priority])).toEqual(
      english.map((r) => [r.questionId, r.priority]),
    );
    expect(chinese.every((r) => hasCjk(r.text))).toBe(true);
    expect(english.some((r) => hasCjk(r.text))).toBe(false);
    expect(chinese.find((r) => r.questionId === 'systems.batch-managed')?.text).toContain('38%');
  });

  it('weighs priorities with the industry preset', () => {
    // supply.supplier-lot 'paper' (1): (5 − 1) × 2 = 8, and × 1.5 = 12 for food.
    const answers = { 'supply.supplier-lot': 'paper' };
    expect(gapList(auditDoc(answers))[0]?.priority).toBe(8);
    expect(gapList(auditDoc(answers, { industry: 'food' }))[0]?.priority).toBe(12);
  });

  it('is empty when nothing is answered and when everything scores 4 or more', () => {
    expect(gapList(auditDoc({}))).toEqual([]);
    expect(
      gapList(
        auditDoc({
          'goal.target': 'defined',
          'gov.task-force': ['production', 'procurement', 'qc', 'warehouse'], // 4
          'systems.inventory-accuracy': 96, // (96 − 80)/20 × 5 = 4
          'systems.duplicate-codes': 0,
        }),
      ),
    ).toEqual([]);
  });

  it('is sorted by priority and holds only scores below 4, for any answers', () => {
    const scored = en.sections.flatMap((s) => s.questions).filter((q) => q.recommendation !== '');
    const valueFor = (id: string) => {
      const q = question(id);
      if (q.type === 'maturity') return fc.integer({ min: 0, max: 5 });
      if (q.type === 'percent' || q.type === 'number')
        return fc.double({ min: 0, max: 100, noNaN: true });
      const ids = q.options.map((o) => o.id);
      return q.type === 'multi' ? fc.subarray(ids) : fc.constantFrom(...ids);
    };
    const arbitraries: Record<string, fc.Arbitrary<AnswerInput>> = Object.fromEntries(
      scored.map((q) => [q.id, valueFor(q.id)]),
    );
    const answers = fc.record(arbitraries, { requiredKeys: [] });
    fc.assert(
      fc.property(answers, fc.constantFrom('other', 'food', 'pharma'), (given, industry) => {
        const list = gapList(auditDoc(given, { industry }));
        for (let i = 1; i < list.length; i++) {
          expect(list[i - 1]!.priority).toBeGreaterThanOrEqual(list[i]!.priority);
        }
        for (const r of list) {
          expect(r.maturity).toBeLessThan(4);
          expect(r.priority).toBeGreaterThan(0);
          expect(r.text).not.toMatch(/\{\{/);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('preconditions', () => {
  it('asks for batch management on the remaining 38% in the worked example', () => {
    const list = preconditions(exampleDocument(), en);
    expect(list.map((p) => [p.questionId, p.value, p.requiredValue])).toEqual([
      ['systems.batch-managed', 62, 100],
      ['systems.receipt-lot', 71, 95],
      ['systems.duplicate-codes', 4.5, 0],
      ['systems.inventory-accuracy', 96.5, 98],
      ['systems.consumption-per-lot', 55, 100],
    ]);
    expect(list[0]?.text).toContain('38%');
    expect(list[1]?.text).toContain('29%');
    expect(list[3]?.text).toContain('from 96.5% to at least 98%');
  });

  it.each([
    // question, value exactly at the threshold (no precondition), value just missing it
    ['systems.batch-managed', 100, 99.9],
    ['systems.receipt-lot', 95, 94.9],
    ['systems.inventory-accuracy', 98, 97.9],
    ['systems.consumption-per-lot', 100, 99],
    ['systems.duplicate-codes', 0, 0.1], // lower is better: above 0 fails
  ])('%s: %d passes, %d fails', (id, atThreshold, missing) => {
    expect(preconditions(auditDoc({ [id]: atThreshold }), en)).toEqual([]);
    const [failed, ...rest] = preconditions(auditDoc({ [id]: missing }), en);
    expect(rest).toEqual([]);
    expect(failed).toMatchObject({ questionId: id, value: missing, requiredValue: atThreshold });
  });

  it('reads the direction from the scale: only duplicate codes are lower-is-better', () => {
    // Read the wrong way round, 9% duplicates would pass (9 ≥ 0) and 100% accuracy would fail.
    expect(preconditions(auditDoc({ 'systems.duplicate-codes': 9 }), en)).toHaveLength(1);
    expect(preconditions(auditDoc({ 'systems.inventory-accuracy': 100 }), en)).toEqual([]);
    expect(preconditions(auditDoc({ 'systems.batch-managed': 9 }), en)).toHaveLength(1);
  });

  it('ignores figures not measured, “don’t know”, and questions without a threshold', () => {
    expect(
      preconditions(
        auditDoc({
          'systems.batch-managed': { status: 'unknown', value: null },
          'systems.receipt-lot': { status: 'na', value: 10 },
          'supply.supplier-coverage': 5, // no threshold
          'flows.interface-count': 99,
        }),
        en,
      ),
    ).toEqual([]);
  });
});
