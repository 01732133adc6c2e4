import { describe, expect, it } from 'vitest';
import { evaluateDecision, type DecisionEvaluation } from '../../../shared/decision/evaluate.ts';
import { reweight } from '../../../shared/decision/sensitivity.ts';
import { weightedSum } from '../../../shared/decision/weighted-sum.ts';
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

describe('evaluateDecision on the worked example (Huaxin Foods)', () => {
  const doc = example();
  const e = evaluateDecision(doc);

  it("averages the four raters' direct weights (hand-computed from the file)", () => {
    // e.g. initial cost: (15 + 10 + 15 + 30)/4 % = 17.5 %.
    expect(e.weightMethod).toBe('direct');
    const expected = {
      'crit-initial-cost': 0.175,
      'crit-maintenance-cost': 0.2,
      'crit-implementation-speed': 0.225,
      'crit-data-security': 0.2125,
      'crit-scalability': 0.1875,
    };
    for (const [id, w] of Object.entries(expected)) expect(e.weights.group[id]).toBeCloseTo(w, 12);
    expect(e.weights.byRater.map((r) => r.status)).toEqual([
      'weighted',
      'weighted',
      'weighted',
      'weighted',
    ]);
    expect(e.weights.byRater[1]!.weights['crit-data-security']).toBeCloseTo(0.35, 12);
  });

  it('ranks the three candidates: SaaS, iPaaS, custom development', () => {
    expect(order(e)).toEqual(['cand-saas', 'cand-ipaas', 'cand-custom']);
    expect(e.weightedSum.map((r) => r.rank)).toEqual([1, 2, 3]);
    // SaaS: mean ratings 8.25, 6.5, 9, 6.25, 6 → Σ w·(r − 1)/9 = 0.69132.
    expect(e.weightedSum[0]!.score).toBeCloseTo(0.69132, 5);
    expect(e.topsis.map((r) => r.subjectId)).toEqual(['cand-saas', 'cand-ipaas', 'cand-custom']);
    expect(e.agreement).toEqual({ spearman: 1, hasSameTop: true, differingSubjectIds: [] });
    expect(e.matrix.sources.flat().every((s) => s === 'scores')).toBe(true);
  });

  it("computes rater-it's AHP with a finite, acceptable CR", () => {
    const it = e.ahp.byRater.find((r) => r.raterId === 'rater-it')!;
    expect(e.ahp.byRater).toHaveLength(1);
    const main = it.nodes[0]!;
    expect(main.parentId).toBeNull();
    expect(Number.isFinite(main.result.consistencyRatio)).toBe(true);
    expect(main.result.consistencyRatio).toBeCloseTo(0.0173, 4);
    expect(main.result.isConsistent).toBe(true);
    expect(main.result.priorities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(e.ahp.group).toHaveLength(1);
    expect(e.ahp.group![0]!.consensus).toBeNull(); // one judging rater: no consensus to measure
  });

  it('gives exact rank-reversal thresholds with sentences in both languages', () => {
    expect(e.thresholds.map((t) => t.criterionId)).toEqual(
      doc.decision.criteria.filter((c) => c.scope === 'option').map((c) => c.id),
    );
    const security = e.thresholds.find((t) => t.criterionId === 'crit-data-security')!;
    expect(security.increase).toEqual({
      weight: expect.closeTo(0.5705, 4) as number,
      newTopId: 'cand-ipaas',
    });
    // 57.05%: rounded up, so "more than 57.1%" is true ("57%" was not, issue 11).
    expect(security.sentence.en).toBe(
      'C. LinkHub iPaaS + light traceability app overtakes A. CloudTrace SaaS with standard API when Data security weighs more than 57.1%.',
    );
    expect(security.sentence['zh-CN']).toContain('当数据安全性权重超过 57.1% 时');
    // Check the threshold against the weighted sum itself.
    const leafWeights = e.leafIds.map((id) => e.weights.group[id]!);
    const k = e.leafIds.indexOf('crit-data-security');
    const topAt = (x: number) =>
      weightedSum(e.matrix.normalised, reweight(leafWeights, [k], x)).order[0];
    expect(topAt(security.increase!.weight - 1e-6)).toBe(0);
    expect(topAt(security.increase!.weight + 1e-6)).toBe(2);
    const cost = e.thresholds.find((t) => t.criterionId === 'crit-initial-cost')!;
    expect(cost).toMatchObject({ increase: null, decrease: null });
  });

  it('has tornado bars, Monte Carlo certainty, disagreement and TCO', () => {
    expect(e.tornado).toHaveLength(5);
    expect(e.monteCarlo).toMatchObject({
      samples: 10000,
      seed: 42,
      distribution: 'triangular',
      // The IT manager gave ±2 ranges on data security and scalability: 3 subjects × 2 criteria.
      uncertainCellCount: 6,
    });
    // One rater's ranges, averaged with three certain raters, never close SaaS's 7-point lead.
    expect(e.monteCarlo.subjects.map((s) => s.firstProbability)).toEqual([1, 0, 0]);
    const initial = e.disagreement.find((d) => d.criterionId === 'crit-initial-cost')!;
    expect(initial.maxRange).toBe(1); // SaaS: 8, 8, 8, 9
    expect(initial.mostDisputedSubjectId).toBe('cand-saas');
    expect(e.tco.map((t) => [t.candidateId, t.total])).toEqual([
      ['cand-saas', 1050000],
      ['cand-custom', 2900000],
      ['cand-ipaas', 1540000],
    ]);
    expect(e.warnings).toEqual([]);
  });

  it('is deterministic and leaves the document untouched', () => {
    const before = JSON.stringify(doc);
    expect(evaluateDecision(doc)).toEqual(e);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('writes Chinese sentences and labels for the zh-CN example', () => {
    const zh = evaluateDecision(example('zh-CN'));
    expect(order(zh)).toEqual(order(e));
    expect(zh.thresholds.every((t) => hasHan(t.sentence['zh-CN']))).toBe(true);
    expect(zh.criteria.every((c) => hasHan(c.label['zh-CN']))).toBe(true);
  });
});

describe('evaluateDecision: views and weight methods', () => {
  it('evaluates vendors on the vendor criteria', () => {
    const v = evaluateDecision(example(), { scope: 'vendor' });
    expect(v.subjects).toHaveLength(5);
    expect(v.weightedSum[0]!.subjectId).toBe('vendor-sunrise-si');
    expect(v.tco).toEqual([]);
    expect(codes(v)).toContain('no-weights');
    expect(
      v.warnings.filter((w) => w.code === 'rater-without-scores').map((w) => w.raterId),
    ).toEqual(['rater-it', 'rater-production', 'rater-procurement']);
  });

  it("shows one rater's view with their own weights and scores", () => {
    const qc = evaluateDecision(example(), { raterId: 'rater-qc' });
    expect(qc.raterId).toBe('rater-qc');
    expect(qc.weights.group['crit-data-security']).toBeCloseTo(0.35, 12);
    // QC rates SaaS maintenance 7 (the group mean is 6.5).
    const k = qc.leafIds.indexOf('crit-maintenance-cost');
    expect(qc.matrix.raw[0]![k]).toBe(7);
  });

  it.each(['rater-it', 'rater-qc', 'rater-production', 'rater-procurement'])(
    "the group of one rater (%s) is that rater's own view",
    (raterId) => {
      const alone = variant((d) => {
        d.raters = d.raters.filter((r) => r.id === raterId);
        d.weights = d.weights.filter((w) => w.raterId === raterId);
        d.scores = d.scores.filter((x) => x.raterId === raterId);
        d.judgements = d.judgements.filter((j) => j.raterId === raterId);
      });
      const own = evaluateDecision(example(), { raterId });
      const group = evaluateDecision(alone);
      expect(group.weights.group).toEqual(own.weights.group);
      expect(group.weightedSum).toEqual(own.weightedSum);
      expect(group.topsis).toEqual(own.topsis);
      expect(group.thresholds).toEqual(own.thresholds);
      expect(group.ahp).toEqual(own.ahp);
    },
  );

  it('uses AHP priorities when the method is ahp, and aggregates raters by geometric mean', () => {
    const ahpOnly = evaluateDecision(variant((d) => (d.weightMethod = 'ahp')));
    const itPriorities = ahpOnly.ahp.byRater[0]!.nodes[0]!.result.priorities;
    ahpOnly.leafIds.forEach((id, k) =>
      expect(ahpOnly.weights.group[id]).toBeCloseTo(itPriorities[k]!, 12),
    );
    const withQc = evaluateDecision(
      variant((d) => {
        d.weightMethod = 'ahp';
        d.judgements.push({
          id: 'j-qc-1',
          raterId: 'rater-qc',
          rowId: 'crit-data-security',
          colId: 'crit-initial-cost',
          value: 8,
        });
      }),
    );
    const group = withQc.ahp.group![0]!;
    expect(group.raterIds).toEqual(['rater-it', 'rater-qc']);
    expect(group.consensus).not.toBeNull();
    // data security vs initial cost: √(2 × 8) = 4 (rows and columns in criterion order).
    const m = withQc.ahp.group![0]!.result;
    expect(m.matrix[3]![0]).toBeCloseTo(4, 12);
    expect(m.matrix[0]![3]).toBeCloseTo(1 / 4, 12);
    expect(m.priorities[3]! / m.priorities[0]!).toBeGreaterThan(
      itPriorities[3]! / itPriorities[0]!,
    );
    expect(codes(withQc)).toContain('missing-judgements');
  });

  it('turns stored ranks into ROC weights when the method is rank', () => {
    const r = evaluateDecision(
      variant((d) => {
        d.weightMethod = 'rank';
        d.weights = [
          'crit-data-security',
          'crit-scalability',
          'crit-initial-cost',
          'crit-maintenance-cost',
          'crit-implementation-speed',
        ].map((criterionId, i) => ({
          id: `w${i}`,
          raterId: 'rater-it',
          criterionId,
          value: i + 1,
        }));
      }),
    );
    expect(r.weights.group['crit-data-security']).toBeCloseTo(0.4567, 4);
    expect(r.weights.group['crit-implementation-speed']).toBeCloseTo(0.04, 4);
  });

  it("shares a parent's weight among its sub-criteria; only leaves are scored", () => {
    const e = evaluateDecision(
      variant((d) => {
        d.criteria.push(
          {
            id: 'sec-storage',
            name: 'Where data is stored',
            builtin: '',
            parentId: 'crit-data-security',
            direction: 'benefit',
            unit: '',
            scale: 'rating',
            scope: 'option',
          },
          {
            id: 'sec-transit',
            name: 'Encryption in transit',
            builtin: '',
            parentId: 'crit-data-security',
            direction: 'benefit',
            unit: '',
            scale: 'rating',
            scope: 'option',
          },
        );
        d.weights.push(
          { id: 'w-s1', raterId: 'rater-it', criterionId: 'sec-storage', value: 3 },
          { id: 'w-s2', raterId: 'rater-it', criterionId: 'sec-transit', value: 1 },
        );
        for (const c of d.candidates)
          for (const id of ['sec-storage', 'sec-transit'])
            d.scores.push({
              id: `s-${c.id}-${id}`,
              raterId: 'rater-it',
              subjectId: c.id,
              criterionId: id,
              value: 7,
              low: null,
              high: null,
              note: '',
            });
      }),
    );
    expect(e.leafIds).not.toContain('crit-data-security');
    expect(e.leafIds).toContain('sec-storage');
    const parent = e.weights.group['crit-data-security']!;
    expect(e.weights.group['sec-storage']! + e.weights.group['sec-transit']!).toBeCloseTo(
      parent,
      12,
    );
    expect(e.leafIds.reduce((s, id) => s + e.weights.group[id]!, 0)).toBeCloseTo(1, 12);
    expect(e.criteria.find((c) => c.id === 'sec-storage')).toMatchObject({
      depth: 1,
      isLeaf: true,
      parentId: 'crit-data-security',
    });
    expect(e.thresholds.find((t) => t.criterionId === 'crit-data-security')!.isLeaf).toBe(false);
  });
});
