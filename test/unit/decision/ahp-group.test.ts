import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseAhp,
  pairwiseMatrix,
  type PairwiseJudgement,
} from '../../../shared/decision/ahp.ts';
import {
  aggregateJudgements,
  consensusLevel,
  groupConsensus,
} from '../../../shared/decision/ahp-group.ts';

const ids = ['a', 'b', 'c', 'd'];
const saaty = fc.integer({ min: 1, max: 9 }).chain((v) => fc.constantFrom(v, 1 / v));
/** A rater's judgements over `ids`, some pairs possibly left out. */
const rater = fc
  .array(fc.option(saaty, { nil: null }), { minLength: 6, maxLength: 6 })
  .map((values) => {
    const out: PairwiseJudgement[] = [];
    let k = 0;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const v = values[k++];
        if (v !== null && v !== undefined) out.push({ rowId: ids[i]!, colId: ids[j]!, value: v });
      }
    return pairwiseMatrix(ids, out);
  });

describe('aggregateJudgements (geometric mean, AIJ)', () => {
  it('takes the geometric mean of the raters who judged each pair', () => {
    const r1 = pairwiseMatrix(
      ['a', 'b', 'c'],
      [
        { rowId: 'a', colId: 'b', value: 9 },
        { rowId: 'a', colId: 'c', value: 2 },
      ],
    );
    const r2 = pairwiseMatrix(['a', 'b', 'c'], [{ rowId: 'b', colId: 'a', value: 1 }]);
    const g = aggregateJudgements([r1, r2]);
    expect(g.values[0]![1]).toBeCloseTo(3, 12); // √(9 × 1)
    expect(g.values[1]![0]).toBeCloseTo(1 / 3, 12);
    expect(g.values[0]![2]).toBeCloseTo(2, 12); // only r1 judged (a, c)
    expect(g.missingPairs).toEqual([['b', 'c']]);
  });

  it("of one rater is that rater's matrix (property)", () => {
    fc.assert(
      fc.property(rater, (m) => {
        const g = aggregateJudgements([m]);
        g.values.forEach((row, i) =>
          row.forEach((v, j) => expect(v).toBeCloseTo(m.values[i]![j]!, 12)),
        );
        expect(g.missingPairs).toEqual(m.missingPairs);
        expect(analyseAhp(g).priorities).toEqual(analyseAhp(m).priorities);
      }),
    );
  });

  it('keeps the matrix reciprocal with a unit diagonal (property)', () => {
    fc.assert(
      fc.property(fc.array(rater, { minLength: 1, maxLength: 8 }), (matrices) => {
        const g = aggregateJudgements(matrices);
        for (let i = 0; i < ids.length; i++) {
          expect(g.values[i]![i]).toBe(1);
          for (let j = 0; j < ids.length; j++)
            expect(g.values[i]![j]! * g.values[j]![i]!).toBeCloseTo(1, 12);
        }
      }),
    );
  });

  it("lies between the raters' smallest and largest judgement (property)", () => {
    fc.assert(
      fc.property(fc.array(rater, { minLength: 2, maxLength: 6 }), (matrices) => {
        const g = aggregateJudgements(matrices);
        for (let i = 0; i < ids.length; i++)
          for (let j = 0; j < ids.length; j++) {
            const given = matrices.filter((m) => m.isJudged[i]![j]).map((m) => m.values[i]![j]!);
            if (given.length === 0) continue;
            expect(g.values[i]![j]).toBeGreaterThanOrEqual(Math.min(...given) - 1e-12);
            expect(g.values[i]![j]).toBeLessThanOrEqual(Math.max(...given) + 1e-12);
          }
      }),
    );
  });
});

describe('groupConsensus (Goepel 2013, AHP-OS)', () => {
  it('is 100 % for identical raters', () => {
    const c = groupConsensus([
      [0.5, 0.3, 0.2],
      [0.5, 0.3, 0.2],
      [0.5, 0.3, 0.2],
    ])!;
    expect(c.value).toBeCloseTo(1, 12);
    expect(c.betaEntropy).toBeCloseTo(0, 12);
    expect(c.level).toBe('high');
    expect(c.raterCount).toBe(3);
  });

  it('matches a hand computation for two raters on three criteria', () => {
    // H_α = (H(.6,.3,.1) + H(.2,.3,.5))/2 = 0.96380; H_γ = H(.4,.3,.3) = 1.08890; H_β = 0.12510;
    // D_α,min/n = exp(H(9/11, 1/11, 1/11))/3 = 0.60747; S* = (e^−0.12510 − 0.60747)/(1 − 0.60747).
    const c = groupConsensus([
      [0.6, 0.3, 0.1],
      [0.2, 0.3, 0.5],
    ])!;
    expect(c.alphaEntropy).toBeCloseTo(0.9638, 4);
    expect(c.gammaEntropy).toBeCloseTo(1.0889, 4);
    expect(c.betaEntropy).toBeCloseTo(0.1251, 4);
    expect(c.value).toBeCloseTo(0.7004, 4);
    expect(c.level).toBe('moderate');
  });

  it('drops as raters pull apart', () => {
    const near = groupConsensus([
      [0.5, 0.3, 0.2],
      [0.45, 0.35, 0.2],
    ])!;
    const far = groupConsensus([
      [0.8, 0.1, 0.1],
      [0.1, 0.1, 0.8],
    ])!;
    expect(near.value).toBeGreaterThan(far.value);
    expect(far.level).toBe('low');
  });

  it('is null for one rater or one criterion', () => {
    expect(groupConsensus([[0.7, 0.3]])).toBeNull();
    expect(groupConsensus([[1], [1]])).toBeNull();
    expect(groupConsensus([])).toBeNull();
  });

  it('stays within 0…1 for AHP priority vectors (property)', () => {
    fc.assert(
      fc.property(fc.array(rater, { minLength: 2, maxLength: 6 }), (matrices) => {
        const c = groupConsensus(matrices.map((m) => analyseAhp(m).priorities))!;
        expect(c.value).toBeGreaterThanOrEqual(0);
        expect(c.value).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('consensusLevel', () => {
  it.each([
    [0, 'low'],
    [0.6499, 'low'],
    [0.65, 'moderate'],
    [0.75, 'moderate'],
    [0.7501, 'high'],
    [1, 'high'],
  ] as const)('%d → %s', (value, level) => {
    expect(consensusLevel(value)).toBe(level);
  });
});
