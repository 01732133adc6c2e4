import { describe, expect, it } from 'vitest';
import {
  analyseAhp,
  pairwiseMatrix,
  type PairwiseJudgement,
} from '../../../shared/decision/ahp.ts';

/**
 * AHP against published worked examples (Wikipedia's leader example, Saaty's house example) and
 * the judgement-to-revisit rule of Saaty (2003).
 */

/** Judgements from the upper triangle of a matrix, row by row: a[0][1], a[0][2], …, a[1][2], … */
function upper(ids: string[], values: number[]): PairwiseJudgement[] {
  const out: PairwiseJudgement[] = [];
  let k = 0;
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++)
      out.push({ rowId: ids[i]!, colId: ids[j]!, value: values[k++]! });
  return out;
}

function ahp(ids: string[], values: number[]) {
  return analyseAhp(pairwiseMatrix(ids, upper(ids, values)));
}

describe('AHP: Wikipedia "Analytic hierarchy process – leader example"', () => {
  // Source: https://en.wikipedia.org/wiki/Analytic_hierarchy_process_–_leader_example (judgements
  // of the board; published priorities: Experience .547, Education .127, Charisma .270, Age .056;
  // candidates Tom .358, Dick .493, Harry .149).
  const criteria = ['experience', 'education', 'charisma', 'age'];
  const candidates = ['tom', 'dick', 'harry'];
  const criteriaResult = ahp(criteria, [4, 3, 7, 1 / 3, 3, 5]);

  it('derives the published criteria priorities', () => {
    // The page prints .547 for 0.5476 (truncated), hence two decimals for experience.
    expect(criteriaResult.priorities[0]).toBeCloseTo(0.547, 2);
    expect(criteriaResult.priorities[1]).toBeCloseTo(0.127, 3);
    expect(criteriaResult.priorities[2]).toBeCloseTo(0.27, 3);
    expect(criteriaResult.priorities[3]).toBeCloseTo(0.056, 3);
    expect(criteriaResult.lambdaMax).toBeCloseTo(4.118, 3);
    expect(criteriaResult.consistencyRatio).toBeCloseTo(0.044, 3);
    expect(criteriaResult.isConsistent).toBe(true);
  });

  it.each([
    { criterion: 'experience', judgements: [1 / 4, 4, 9], expected: [0.217, 0.717, 0.066] },
    { criterion: 'education', judgements: [3, 1 / 5, 1 / 7], expected: [0.188, 0.081, 0.731] },
    { criterion: 'charisma', judgements: [5, 9, 4], expected: [0.743, 0.194, 0.063] },
    { criterion: 'age', judgements: [1 / 3, 5, 9], expected: [0.265, 0.672, 0.063] },
  ])('derives the published candidate priorities for $criterion', ({ judgements, expected }) => {
    const r = ahp(candidates, judgements);
    r.priorities.forEach((p, i) => expect(p).toBeCloseTo(expected[i]!, 3));
    expect(r.isConsistent).toBe(true);
  });

  it('synthesises the published overall priorities (Dick .493, Tom .358, Harry .149)', () => {
    const local = [
      ahp(candidates, [1 / 4, 4, 9]),
      ahp(candidates, [3, 1 / 5, 1 / 7]),
      ahp(candidates, [5, 9, 4]),
      ahp(candidates, [1 / 3, 5, 9]),
    ];
    const overall = candidates.map((_, c) =>
      local.reduce((s, r, k) => s + criteriaResult.priorities[k]! * r.priorities[c]!, 0),
    );
    expect(overall[0]).toBeCloseTo(0.358, 3);
    expect(overall[1]).toBeCloseTo(0.493, 3);
    expect(overall[2]).toBeCloseTo(0.149, 3);
  });
});

describe("AHP: Saaty's house example (CR > 0.10)", () => {
  // Source: Saaty, T. L. (1990), "How to make a decision: the analytic hierarchy process",
  // EJOR 48, 9–26, Table 2 (eight factors of a house purchase): priorities .173 .054 .188 .018
  // .031 .036 .167 .333, λmax = 9.669, C.I. = 0.238, C.R. = 0.169.
  const ids = [
    'size',
    'transport',
    'neighbourhood',
    'age',
    'yard',
    'modern',
    'condition',
    'financing',
  ];
  const judgements = [
    5,
    3,
    7,
    6,
    6,
    1 / 3,
    1 / 4, // size
    1 / 3,
    5,
    3,
    3,
    1 / 5,
    1 / 7, // transport
    6,
    3,
    4,
    6,
    1 / 5, // neighbourhood
    1 / 3,
    1 / 4,
    1 / 7,
    1 / 8, // age
    1 / 2,
    1 / 5,
    1 / 6, // yard
    1 / 5,
    1 / 6, // modern facilities
    1 / 2, // general condition vs financing
  ];
  const result = ahp(ids, judgements);

  it('reproduces the published priorities, λmax, CI and CR', () => {
    const expected = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333];
    result.priorities.forEach((p, i) => expect(p).toBeCloseTo(expected[i]!, 2));
    expect(result.lambdaMax).toBeCloseTo(9.669, 3);
    expect(result.consistencyIndex).toBeCloseTo(0.238, 3);
    expect(result.randomIndex).toBe(1.41);
    expect(result.consistencyRatio).toBeCloseTo(0.169, 3);
    expect(result.isConsistent).toBe(false);
  });

  it('names "neighbourhood vs general condition = 6" as the judgement to revisit', () => {
    // Saaty's ε_ij = a_ij·w_j/w_i (EJOR 145, 2003) is largest for this pair: 6 × .167/.188 ≈ 5.32.
    const worst = result.mostInconsistent!;
    expect(worst.rowId).toBe('neighbourhood');
    expect(worst.colId).toBe('condition');
    expect(worst.value).toBe(6);
    expect(worst.errorRatio).toBeCloseTo(5.32, 2);
    expect(worst.consistentValue).toBeCloseTo(1.13, 2);
    expect(worst.suggestedValue).toBe(1);
    expect(worst.isMissing).toBe(false);
  });

  it('becomes acceptable once the suggested value replaces that judgement', () => {
    const revised = [...judgements];
    // Position of (neighbourhood, condition) in the upper triangle: rows 0 and 1 hold 7 + 6.
    const at = 7 + 6 + (ids.indexOf('condition') - ids.indexOf('neighbourhood') - 1);
    expect(revised[at]).toBe(6);
    revised[at] = 1;
    const after = ahp(ids, revised);
    expect(after.consistencyRatio).toBeLessThan(result.consistencyRatio);
    expect(after.consistencyRatio).toBeLessThan(0.1);
  });
});

describe('most inconsistent judgement', () => {
  it('also finds a judgement that is too low (ε below 1)', () => {
    // Consistent with weights 8 : 4 : 2 : 1 except a vs d, judged 1/8 instead of 8:
    // ε(a, d) = 0.189, i.e. off by 5.28×; the next worst pairs are off by 4.37×.
    const r = ahp(['a', 'b', 'c', 'd'], [2, 4, 1 / 8, 2, 4, 2]);
    expect(r.isConsistent).toBe(false);
    expect(r.mostInconsistent).toMatchObject({ rowId: 'a', colId: 'd', value: 0.125 });
    expect(r.mostInconsistent!.errorRatio).toBeCloseTo(5.277, 3);
  });
});
