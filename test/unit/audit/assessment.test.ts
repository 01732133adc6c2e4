import { describe, expect, it } from 'vitest';
import { assessAudit } from '../../../shared/audit/assessment.ts';
import { exampleDocument, hasCjk } from '../shared/fixtures.ts';
import { auditDoc, dimension } from './audit-fixtures.ts';

/**
 * assessAudit, the one call behind the app, the CLI and the report, on the worked example
 * (Huaxin Foods, Suzhou): the numbers depend on the answers only, the words on the language.
 */

const en = assessAudit(exampleDocument('en'), 'en');
const zh = assessAudit(exampleDocument('zh-CN'), 'zh-CN');

describe('assessAudit on the worked example', () => {
  it('scores governance and goal as computed by hand', () => {
    // governance: owner yes 5·2, task force 5 departments 5·2, sponsor active 5·1,
    // acceptance key-user 2·2, KPI planned 3·1 → 32/8 = 4 → 80, all opinion → ½.
    expect(dimension(en.readiness, 'governance')).toMatchObject({
      readiness: 80,
      target: 80,
      gap: 0,
      applicable: 5,
      answered: 5,
      confidence: 0.5,
    });
    // goal (lot: serial questions hidden): trace time 2·2 with evidence, target defined 4·1
    // → 8/3 → 53.33; confidence (2·1 + 1·½)/3.
    const goal = dimension(en.readiness, 'goal');
    expect(goal.readiness).toBeCloseTo(160 / 3, 10);
    expect(goal.confidence).toBeCloseTo(2.5 / 3, 12);
    expect(goal.applicable).toBe(2);
    // team: target 3 from the food preset; IT FTE "don't know" is not a scored question.
    expect(dimension(en.readiness, 'team')).toMatchObject({ readiness: 50, target: 60, gap: 10 });
    expect(en.readiness.overall).not.toBeNull();
    expect(en.preset?.industry).toBe('food');
  });

  it('gives the same numbers in en and zh-CN', () => {
    expect(zh.readiness).toEqual(en.readiness);
    expect(zh.redFlags.map((f) => [f.id, f.pitfall, f.questionIds])).toEqual(
      en.redFlags.map((f) => [f.id, f.pitfall, f.questionIds]),
    );
    expect(zh.recommendations.map((r) => [r.questionId, r.priority, r.maturity])).toEqual(
      en.recommendations.map((r) => [r.questionId, r.priority, r.maturity]),
    );
    expect(zh.preconditions.map((p) => [p.questionId, p.value, p.requiredValue])).toEqual(
      en.preconditions.map((p) => [p.questionId, p.value, p.requiredValue]),
    );
    expect(zh.handoffs.weights.weights).toEqual(en.handoffs.weights.weights);
    expect(zh.handoffs.flows).toEqual(en.handoffs.flows);
    expect(zh.handoffs.granularity).toBe('lot');
    expect(en.handoffs.granularity).toBe('lot');
    expect(zh.handoffs.rollout.tasks.map((t) => t.key)).toEqual(
      en.handoffs.rollout.tasks.map((t) => t.key),
    );
  });

  it('raises interface-count and no-customer-confirmation, and asks for 38% more batches', () => {
    expect(en.redFlags.map((f) => f.id)).toEqual(['interface-count', 'no-customer-confirmation']);
    expect(en.preconditions[0]).toMatchObject({ questionId: 'systems.batch-managed', value: 62 });
    expect(en.preconditions[0]?.text).toContain('38%');
    expect(zh.preconditions[0]?.text).toContain('38%');
    expect(en.handoffs.flows).toHaveLength(11);
    expect(en.handoffs.rollout.trainings).toHaveLength(3);
  });

  it('writes every text in the language asked for', () => {
    const texts = (a: typeof en) => [
      a.questionnaire.dimensions[0]!.name,
      ...a.recommendations.map((r) => r.text),
      ...a.preconditions.map((p) => p.text),
      ...a.handoffs.rollout.tasks.map((t) => t.name),
      ...a.handoffs.rollout.trainings.flatMap((t) => [t.audience, t.topic]),
    ];
    expect(texts(en).filter(hasCjk)).toEqual([]);
    expect(texts(zh).filter((t) => !hasCjk(t))).toEqual([]);
    expect(en.questionnaire.language).toBe('en');
    expect(zh.questionnaire.language).toBe('zh-CN');
  });

  it('takes the language from the argument, not from the document', () => {
    const mixed = assessAudit(exampleDocument('en'), 'zh-CN');
    expect(mixed.readiness).toEqual(en.readiness);
    expect(mixed.recommendations.every((r) => hasCjk(r.text))).toBe(true);
  });
});

describe('assessAudit on an empty audit', () => {
  it('has no readiness, no flags, no gaps, equal weights and no seeds', () => {
    const blank = assessAudit(auditDoc({}), 'en');
    expect(blank.readiness.overall).toBeNull();
    expect(blank.redFlags).toEqual([]);
    expect(blank.recommendations).toEqual([]);
    expect(blank.preconditions).toEqual([]);
    expect(Object.values(blank.handoffs.weights.weights)).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
    expect(blank.handoffs.flows).toEqual([]);
    expect(blank.handoffs.granularity).toBeNull();
    expect(blank.handoffs.rollout).toEqual({ tasks: [], trainings: [] });
    expect(blank.handoffs.decisions).toEqual([]);
    expect(blank.preset).toBeUndefined();
  });
});
