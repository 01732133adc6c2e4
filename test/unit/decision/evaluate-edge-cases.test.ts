import { describe, expect, it } from 'vitest';
import { evaluateDecision, type DecisionEvaluation } from '../../../shared/decision/evaluate.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { findTemplate, loadTemplateDocument } from '../../../shared/templates/catalog.ts';

const example = (language: 'en' | 'zh-CN' = 'en') =>
  loadTemplateDocument(findTemplate('food-plant')!, language);

/** The example with its decision changed by `edit` (on a deep copy). */
function variant(
  edit: (d: ProjectDocument['decision']) => void,
  language: 'en' | 'zh-CN' = 'en',
): ProjectDocument {
  const doc = structuredClone(example(language));
  edit(doc.decision);
  return doc;
}

const codes = (e: DecisionEvaluation) => e.warnings.map((w) => w.code);
const order = (e: DecisionEvaluation) => e.weightedSum.map((r) => r.subjectId);
const hasHan = (s: string) => /[\u4e00-\u9fff]/.test(s);

describe('evaluateDecision: hostile and incomplete input', () => {
  it('one candidate: a ranking of one, no reversal, certain winner', () => {
    const e = evaluateDecision(variant((d) => (d.candidates = d.candidates.slice(0, 1))));
    expect(e.weightedSum).toHaveLength(1);
    expect(e.thresholds.every((t) => t.increase === null && t.decrease === null)).toBe(true);
    expect(e.monteCarlo.subjects[0]!.firstProbability).toBe(1);
    expect(e.agreement.spearman).toBeNull();
    expect(codes(e)).toContain('too-few-subjects');
  });

  it('no candidates and no criteria: empty results, no crash', () => {
    const e = evaluateDecision(
      variant((d) => {
        d.candidates = [];
        d.criteria = [];
      }),
    );
    expect(e.weightedSum).toEqual([]);
    expect(e.thresholds).toEqual([]);
    expect(codes(e)).toEqual(expect.arrayContaining(['too-few-subjects', 'no-criteria']));
  });

  it('zero weights everywhere: equal weights, with warnings', () => {
    const e = evaluateDecision(variant((d) => d.weights.forEach((w) => (w.value = 0))));
    for (const id of e.leafIds) expect(e.weights.group[id]).toBeCloseTo(0.2, 12);
    expect(codes(e).filter((c) => c === 'rater-weights-all-zero')).toHaveLength(4);
    expect(codes(e)).toContain('no-weights');
  });

  it('a zero-weight criterion is reported and has no influence', () => {
    const e = evaluateDecision(
      variant((d) =>
        d.weights.forEach((w) => w.criterionId === 'crit-scalability' && (w.value = 0)),
      ),
    );
    expect(e.weights.group['crit-scalability']).toBe(0);
    expect(e.warnings.find((w) => w.code === 'zero-weight')?.criterionId).toBe('crit-scalability');
  });

  it('all scores missing: every criterion flagged, all tied, listed in document order', () => {
    const e = evaluateDecision(variant((d) => (d.scores = [])));
    expect(codes(e).filter((c) => c === 'criterion-unscored')).toHaveLength(5);
    expect(e.weightedSum.map((r) => r.score)).toEqual([0, 0, 0]);
    expect(e.weightedSum.map((r) => r.rank)).toEqual([1, 1, 1]);
    expect(e.weightedSum[0]!.subjectId).toBe('cand-saas');
    // A tie shares the first place (issue 11): not "first candidate 100%".
    for (const s of e.monteCarlo.subjects) expect(s.firstProbability).toBeCloseTo(1 / 3, 9);
    expect(codes(e).filter((c) => c === 'rater-without-scores')).toHaveLength(4);
  });

  it("a missing cell takes the criterion's mean and is named in a warning", () => {
    const e = evaluateDecision(
      variant(
        (d) =>
          (d.scores = d.scores.filter(
            (s) => !(s.subjectId === 'cand-custom' && s.criterionId === 'crit-scalability'),
          )),
      ),
    );
    const k = e.leafIds.indexOf('crit-scalability');
    expect(e.matrix.sources[1]![k]).toBe('imputed');
    expect(e.matrix.raw[1]![k]).toBeCloseTo((6 + 8.25) / 2, 12); // mean of SaaS (6) and iPaaS (8.25)
    const w = e.warnings.find((x) => x.code === 'missing-scores')!;
    expect(w.subjectIds).toEqual(['cand-custom']);
    expect(w.message.en).toContain('B. Traceability module');
    expect(hasHan(w.message['zh-CN'])).toBe(true);
  });

  it('a rater with no scores changes nothing in the group and is reported in their own view', () => {
    const withNewcomer = variant((d) =>
      d.raters.push({ id: 'rater-new', name: 'New rater', department: 'warehouse' }),
    );
    const group = evaluateDecision(withNewcomer);
    expect(order(group)).toEqual(order(evaluateDecision(example())));
    expect(group.weightedSum.map((r) => r.score)).toEqual(
      evaluateDecision(example()).weightedSum.map((r) => r.score),
    );
    const own = evaluateDecision(withNewcomer, { raterId: 'rater-new' });
    expect(codes(own)).toEqual(
      expect.arrayContaining(['rater-without-scores', 'no-weights', 'criterion-unscored']),
    );
    expect(own.warnings.find((w) => w.code === 'rater-without-scores')!.severity).toBe('warning');
  });

  it('an unknown rater id is reported, not thrown', () => {
    const e = evaluateDecision(example(), { raterId: 'nobody' });
    expect(codes(e)[0]).toBe('unknown-rater');
    expect(e.weightedSum).toHaveLength(3);
  });

  it('says when the weighted sum and TOPSIS choose differently', () => {
    // iPaaS rated 5, 5, 6, 10, 10 by everyone: first by weighted sum; TOPSIS, which punishes
    // its distance from the best initial and maintenance cost, keeps SaaS first.
    const ratings: Record<string, number> = {
      'crit-initial-cost': 5,
      'crit-maintenance-cost': 5,
      'crit-implementation-speed': 6,
      'crit-data-security': 10,
      'crit-scalability': 10,
    };
    const e = evaluateDecision(
      variant((d) =>
        d.scores.forEach(
          (sc) => sc.subjectId === 'cand-ipaas' && (sc.value = ratings[sc.criterionId]!),
        ),
      ),
    );
    expect(e.weightedSum[0]!.subjectId).toBe('cand-ipaas');
    expect(e.topsis[0]!.subjectId).toBe('cand-saas');
    expect(e.agreement.hasSameTop).toBe(false);
    expect(e.agreement.differingSubjectIds).toEqual(['cand-saas', 'cand-ipaas']);
    const w = e.warnings.find((x) => x.code === 'methods-disagree')!;
    expect(w.subjectIds).toEqual(['cand-ipaas', 'cand-saas']);
    expect(w.message.en).toContain('TOPSIS ranks A. CloudTrace SaaS with standard API first');
    expect(w.message['zh-CN']).toContain('TOPSIS 首选');
  });

  it('survives builtin keys that name Object.prototype members', () => {
    const e = evaluateDecision(
      variant((d) => {
        d.criteria[0]!.builtin = 'constructor';
        d.criteria[1]!.builtin = '__proto__';
      }),
    );
    expect(e.criteria[0]!.label).toEqual({ en: 'constructor', 'zh-CN': 'constructor' });
    expect(e.criteria[1]!.label.en).toBe('__proto__');
  });

  it('criteria naming each other as parent are cut loose and reported', () => {
    const e = evaluateDecision(
      variant((d) => {
        d.criteria[0]!.parentId = 'crit-maintenance-cost';
        d.criteria[1]!.parentId = 'crit-initial-cost';
      }),
    );
    expect(codes(e)).toContain('criteria-cycle');
    expect(e.leafIds).toHaveLength(5);
  });

  it('names the judgement to revisit when a rater is inconsistent', () => {
    const e = evaluateDecision(
      variant((d) => {
        const j = d.judgements.find((x) => x.id === 'j-it-2')!; // data security vs initial cost
        j.value = 1 / 9;
      }),
    );
    const w = e.warnings.find((x) => x.code === 'inconsistent-judgements')!;
    expect(w.raterId).toBe('rater-it');
    expect(w.message.en).toMatch(/revisit "Data security vs Initial cost = 1\/9"/);
    expect(w.message['zh-CN']).toContain('数据安全性 与 初期投入成本 = 1/9');
  });

  it("cuts each rater's rating to 1–10 and says so", () => {
    const setSaasInitial = (value: number) =>
      variant((d) => (d.scores.find((s) => s.id === 's-saas-it-initial-cost')!.value = value));
    const typo = evaluateDecision(setSaasInitial(40));
    const ten = evaluateDecision(setSaasInitial(10));
    expect(codes(typo)).toContain('rating-out-of-range');
    expect(typo.warnings.find((w) => w.code === 'rating-out-of-range')!.subjectIds).toEqual([
      'cand-saas',
    ]);
    expect(codes(ten)).not.toContain('rating-out-of-range');
    // 40 counts as one rater's 10: mean (10 + 8 + 8 + 9)/4, not (40 + 8 + 8 + 9)/4 cut to 10.
    const k = typo.leafIds.indexOf('crit-initial-cost');
    expect(typo.matrix.raw[0]![k]).toBe(8.75);
    expect(typo.matrix.normalised).toEqual(ten.matrix.normalised);
    expect(typo.weightedSum).toEqual(ten.weightedSum);
    expect(typo.topsis).toEqual(ten.topsis);
  });

  it('feeds TCO figures into raw-value cost criteria nobody scored', () => {
    const e = evaluateDecision(
      variant((d) => {
        d.criteria.find((c) => c.id === 'crit-initial-cost')!.scale = 'value';
        d.scores = d.scores.filter((s) => s.criterionId !== 'crit-initial-cost');
      }),
    );
    const k = e.leafIds.indexOf('crit-initial-cost');
    expect(e.matrix.raw.map((row) => row[k])).toEqual([390000, 1550000, 550000]);
    expect(e.matrix.sources.map((row) => row[k])).toEqual(['tco', 'tco', 'tco']);
    expect(e.matrix.normalised[0]![k]).toBe(1);
    expect(e.matrix.normalised[1]![k]).toBeCloseTo(390000 / 1550000, 12);
    expect(codes(e)).toContain('tco-used');
  });

  it('keeps the ranking when raw cost values change unit (yuan → thousand yuan)', () => {
    const asValues = (factor: number) =>
      variant((d) => {
        d.criteria.find((c) => c.id === 'crit-maintenance-cost')!.scale = 'value';
        const annual: Record<string, number> = {
          'cand-saas': 220000,
          'cand-custom': 450000,
          'cand-ipaas': 330000,
        };
        for (const s of d.scores)
          if (s.criterionId === 'crit-maintenance-cost') s.value = annual[s.subjectId]! * factor;
      });
    const yuan = evaluateDecision(asValues(1));
    const thousands = evaluateDecision(asValues(0.001));
    expect(order(thousands)).toEqual(order(yuan));
    expect(thousands.topsis.map((r) => r.subjectId)).toEqual(yuan.topsis.map((r) => r.subjectId));
    thousands.weightedSum.forEach((r, i) =>
      expect(r.score).toBeCloseTo(yuan.weightedSum[i]!.score, 12),
    );
  });

  it('simulates score ranges reproducibly', () => {
    const uncertain = variant((d) => {
      for (const s of d.scores) {
        s.low = s.value! - 2;
        s.high = s.value! + 1;
      }
    });
    const a = evaluateDecision(uncertain, { seed: 5, samples: 3000 });
    const b = evaluateDecision(uncertain, { seed: 5, samples: 3000 });
    expect(a.monteCarlo).toEqual(b.monteCarlo);
    expect(a.monteCarlo.subjects.reduce((s, x) => s + x.firstProbability, 0)).toBeCloseTo(1, 12);
    expect(a.monteCarlo.uncertainCellCount).toBe(15);
    expect(a.monteCarlo.subjects[0]!.firstProbability).toBeLessThan(1);
    expect(a.monteCarlo.subjects[0]!.firstProbability).toBeGreaterThan(0.5);
  });
});
