import { describe, expect, it } from 'vitest';
import {
  answerPercent,
  describeShare,
  requiredTraceLevel,
  targetTraceHours,
} from '../../../shared/audit/answer-figures.ts';
import { assessAudit } from '../../../shared/audit/assessment.ts';
import { fillAnswerFigures } from '../../../shared/audit/findings.ts';
import { hasValue } from '../../../shared/audit/readiness.ts';
import { answerSchema, type Answer } from '../../../shared/model/schema.ts';
import { auditDoc, unknown, type AnswerInputs } from './audit-fixtures.ts';

/** Percentages entered as counts of a total, and the trace-time target in hours (issue 14). */

const answer = (patch: Partial<Answer>): Answer =>
  answerSchema.parse({ id: 'a', questionId: 'systems.batch-managed', ...patch });

describe('answerPercent: one reading of a share, however it was entered', () => {
  it.each([
    ['a typed percentage', { value: 62 }, 62],
    ['38 of 120', { count: 38, total: 120 }, (100 * 38) / 120],
    ['a count wins over a stale typed value', { value: 10, count: 93, total: 150 }, 62],
    ['all of them', { count: 120, total: 120 }, 100],
    ['none of them', { count: 0, total: 120 }, 0],
    ['a zero total', { count: 0, total: 0 }, null],
    ['a count above its total', { count: 121, total: 120 }, null],
    ['a count without a total falls back to the value', { value: 40, count: 3 }, 40],
    ['no value', {}, null],
    ['text', { value: 'most' }, null],
    ['“don’t know”', { status: 'unknown' as const, count: 1, total: 2 }, null],
    ['“not applicable”', { status: 'na' as const, value: 50 }, null],
  ])('%s', (_name, patch, expected) => {
    expect(answerPercent(answer(patch))).toBe(expected);
  });

  it('counts as answered when only a count was entered', () => {
    expect(hasValue(answer({ value: null, count: 38, total: 120 }))).toBe(true);
    expect(hasValue(answer({ value: null, count: 130, total: 120 }))).toBe(false);
  });
});

describe('count and percentage answers give the same results', () => {
  // Each row: the question, the count and total a plant knows, the same share typed as a percent.
  const rows = [
    ['systems.batch-managed', 82, 120],
    ['systems.receipt-lot', 355, 500],
    ['systems.duplicate-codes', 140, 3110],
    ['systems.inventory-accuracy', 482, 500],
    ['systems.consumption-per-lot', 11, 20],
    ['supply.supplier-coverage', 3_500_000, 10_000_000],
    ['goal.serial-capture', 0, 40],
  ] as const;
  const base: AnswerInputs = { 'goal.granularity': 'serial' };
  const asCounts = auditDoc({
    ...base,
    ...Object.fromEntries(rows.map(([id, count, total]) => [id, { value: null, count, total }])),
  });
  const asPercents = auditDoc({
    ...base,
    ...Object.fromEntries(rows.map(([id, count, total]) => [id, (100 * count) / total])),
  });

  it.each(['en', 'zh-CN'] as const)('readiness, gap priorities and preconditions (%s)', (lang) => {
    const [counts, percents] = [assessAudit(asCounts, lang), assessAudit(asPercents, lang)];
    expect(counts.readiness).toEqual(percents.readiness);
    expect(counts.readiness.overall).not.toBeNull();
    const shape = (list: typeof counts.recommendations) =>
      list.map((r) => [r.questionId, r.priority, r.maturity]);
    expect(shape(counts.recommendations)).toEqual(shape(percents.recommendations));
    expect(counts.preconditions.map((p) => [p.questionId, p.value])).toEqual(
      percents.preconditions.map((p) => [p.questionId, p.value]),
    );
  });

  it('the advice quotes the count the plant entered, the percentage beside it', () => {
    const text = (doc: typeof asCounts) =>
      assessAudit(doc, 'en').recommendations.find((r) => r.questionId === 'systems.batch-managed')
        ?.text;
    expect(text(asCounts)).toBe(
      'Turn on batch management for the 38 (31.7%) of the 120 raw materials without it before phase 1.',
    );
    expect(text(asPercents)).toBe(
      'Turn on batch management for the 31.7% of raw materials without it before phase 1.',
    );
  });
});

describe('fillAnswerFigures', () => {
  it.each([
    [
      'Merge the {{value}}% codes.',
      { count: 140, total: 3110 },
      'en',
      'Merge the 140 of 3,110 (4.5%) codes.',
    ],
    [
      'For the {{missing}}% left.',
      { count: 82, total: 120 },
      'en',
      'For the 38 of 120 (31.7%) left.',
    ],
    [
      '为其余 {{missing}}% 的原材料',
      { count: 82, total: 120 },
      'zh-CN',
      '为其余 38/120（31.7%） 的原材料',
    ],
    ['For the {{missing}}% left.', { value: 62 }, 'en', 'For the 38% left.'],
    ['No placeholder.', { count: 1, total: 2 }, 'en', 'No placeholder.'],
  ] as const)('%j with %j (%s)', (template, patch, lang, expected) => {
    expect(fillAnswerFigures(template, answer(patch), lang)).toBe(expected);
  });

  it('describes a share as entered', () => {
    expect(describeShare(answer({ count: 38, total: 120 }), false, 'en')).toBe('38 of 120 (31.7%)');
    expect(describeShare(answer({ value: 31.7 }), true, 'zh-CN')).toBe('68.3%');
  });
});

describe('the trace-time target in hours', () => {
  it.each([
    [{ 'goal.target-hours': 24 }, 24],
    [{ 'goal.target-hours': 0.5 }, 0.5],
    [{ 'goal.target-hours': 0 }, null],
    [{ 'goal.target-hours': -4 }, null],
    [{ 'goal.target-hours': unknown }, null],
    [{}, null],
  ] as const)('%j → %j', (answers, expected) => {
    expect(targetTraceHours(auditDoc(answers))).toBe(expected);
  });

  // Levels of “how fast can you trace today”: 3 = within a working day (24 h), 4 = within 4 h,
  // 5 = minutes; FSMA 204's 24 hours therefore need level 3.
  it.each([
    [24, 3],
    [8, 4],
    [4, 4],
    [2, 5],
    [48, 2],
    [200, 1],
  ])('a %d h target needs level %d', (hours, level) => {
    expect(requiredTraceLevel(hours)).toBe(level);
  });

  it.each([
    ['met', 3, true, 'Today’s trace time (Within a working day) meets the 24 h target'],
    ['missed', 2, false, 'Today a trace takes longer than the 24 h target (1–2 days'],
  ] as const)('readiness and advice when the target is %s', (_name, level, isMet, advice) => {
    const doc = auditDoc({ 'goal.target-hours': 24, 'goal.trace-time': level });
    const audit = assessAudit(doc, 'en');
    expect(audit.readiness.traceTime).toEqual({
      targetHours: 24,
      requiredLevel: 3,
      currentLevel: level,
      isMet,
    });
    const text = audit.recommendations.find((r) => r.questionId === 'goal.trace-time')?.text;
    expect(text).toContain(advice);
  });

  it('advises on a trace time of 4 h that misses a 2 h target, though it scores 4', () => {
    const doc = auditDoc({ 'goal.target-hours': 2, 'goal.trace-time': 4 });
    const text = assessAudit(doc, 'en').recommendations.find(
      (r) => r.questionId === 'goal.trace-time',
    )?.text;
    expect(text).toContain('needs “Minutes, both directions (forward and back)”');
    expect(assessAudit(auditDoc({ 'goal.trace-time': 4 }), 'en').recommendations).toEqual([]);
  });

  it('without hours, a defined target asks for the hours instead of “set a target”', () => {
    const doc = auditDoc({ 'goal.target': 'defined', 'goal.trace-time': 2 });
    const text = assessAudit(doc, 'en').recommendations.find(
      (r) => r.questionId === 'goal.trace-time',
    )?.text;
    expect(text).toMatch(/^Enter the trace-time target in hours/);
  });
});
