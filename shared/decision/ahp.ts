/**
 * The analytic hierarchy process (Saaty) for one set of criteria compared pairwise: the
 * reciprocal judgement matrix, priorities as its principal eigenvector, the consistency ratio,
 * and the judgement to revisit when the matrix is inconsistent.
 */

/** One pairwise judgement: `row` is `value` times as important as `col` (1/9 … 9). */
export type PairwiseJudgement = { rowId: string; colId: string; value: number };

/** A reciprocal judgement matrix over `ids`, with which entries someone actually judged. */
export type PairwiseMatrix = {
  ids: string[];
  values: number[][];
  /** `isJudged[i][j]` — a judgement exists for the pair (either orientation). */
  isJudged: boolean[][];
  /** Pairs (i < j) nobody judged; they count as 1 ("equally important"). */
  missingPairs: [string, string][];
};

/** The judgement whose change would improve consistency most, and what to change it to. */
export type InconsistentJudgement = {
  rowId: string;
  colId: string;
  /** The judgement as given (1 if the pair was not judged). */
  value: number;
  /** The value that agrees with the priorities: w_row / w_col. */
  consistentValue: number;
  /** `consistentValue` rounded to the Saaty scale 1/9 … 9. */
  suggestedValue: number;
  /** Saaty's error ε = max(a·w_col/w_row, its reciprocal) ≥ 1; 1 means perfectly consistent. */
  errorRatio: number;
  isMissing: boolean;
};

/** Everything AHP derives from one judgement matrix (see {@link analyseAhp}). */
export type AhpResult = {
  ids: string[];
  /** The reciprocal judgement matrix the priorities come from (missing pairs = 1). */
  matrix: number[][];
  priorities: number[];
  lambdaMax: number;
  consistencyIndex: number;
  randomIndex: number;
  consistencyRatio: number;
  /** `consistencyRatio < 0.10`, Saaty's acceptance threshold. */
  isConsistent: boolean;
  /** Null for fewer than 3 criteria (always consistent). */
  mostInconsistent: InconsistentJudgement | null;
  missingPairs: [string, string][];
};

/**
 * Saaty's acceptance threshold for the consistency ratio: CR < 0.10. Source: Saaty, T. L.
 * (1980), The Analytic Hierarchy Process, McGraw-Hill; restated in Saaty (1990), "How to make a
 * decision: the analytic hierarchy process", EJOR 48, 9–26.
 */
export const CONSISTENCY_THRESHOLD = 0.1;

/**
 * Saaty's random index RI for n = 1…10 (average CI of random reciprocal matrices), as quoted by
 * Saaty (1990, EJOR 48; index 0 is n = 1).
 */
export const SAATY_RANDOM_INDEX = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49] as const;

/**
 * Random index for any n. n ≤ 10: Saaty's table. n > 10 (where published tables disagree): the
 * linear fit of Alonso, J. A. & Lamata, M. T. (2006), "Consistency in the analytic hierarchy
 * process: a new approach", Int. J. of Uncertainty, Fuzziness and Knowledge-Based Systems 14(4),
 * 445–459: mean λmax of random matrices ≈ 2.7699·n − 4.3513, so RI = (1.7699·n − 4.3513)/(n − 1)
 * (1.51 for n = 11, 1.66 for n = 20) — the choice of BPMSG AHP-OS as well.
 */
export function randomIndex(n: number): number {
  if (n <= 10) return SAATY_RANDOM_INDEX[Math.max(1, Math.floor(n)) - 1]!;
  return (2.7699 * n - 4.3513 - n) / (n - 1);
}

/**
 * The reciprocal matrix over `ids` from judgements. A judgement given as (col, row) is inverted;
 * when a pair is judged more than once, the last judgement counts. Judgements naming other
 * criteria, on the diagonal, or with a value that is not a positive finite number are ignored.
 * Unjudged pairs are 1 and listed in `missingPairs`.
 */
export function pairwiseMatrix(
  ids: readonly string[],
  judgements: readonly PairwiseJudgement[],
): PairwiseMatrix {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const values = ids.map(() => new Array<number>(n).fill(1));
  const isJudged = ids.map(() => new Array<boolean>(n).fill(false));
  for (const j of judgements) {
    const r = index.get(j.rowId);
    const c = index.get(j.colId);
    if (r === undefined || c === undefined || r === c) continue;
    if (!(Number.isFinite(j.value) && j.value > 0)) continue;
    values[r]![c] = j.value;
    values[c]![r] = 1 / j.value;
    isJudged[r]![c] = isJudged[c]![r] = true;
  }
  const missingPairs: [string, string][] = [];
  for (let i = 0; i < n; i++)
    for (let k = i + 1; k < n; k++) if (!isJudged[i]![k]) missingPairs.push([ids[i]!, ids[k]!]);
  return { ids: [...ids], values, isJudged, missingPairs };
}

/**
 * Principal eigenvector of a positive matrix, normalised to sum 1, by power iteration started
 * from the row geometric means (already close for near-consistent matrices). Converges because
 * the Perron root of a positive matrix is simple and strictly dominant.
 */
export function principalEigenvector(values: readonly (readonly number[])[]): {
  vector: number[];
  lambdaMax: number;
} {
  const n = values.length;
  if (n === 0) return { vector: [], lambdaMax: 0 };
  let w = values.map((row) => Math.exp(row.reduce((s, a) => s + Math.log(a), 0) / n));
  let sum = w.reduce((s, x) => s + x, 0);
  w = w.map((x) => x / sum);
  let lambda = n;
  for (let iteration = 0; iteration < 1000; iteration++) {
    const next = values.map((row) => row.reduce((s, a, j) => s + a * w[j]!, 0));
    // Σ_i (A·w)_i = λ·Σ_i w_i = λ, since w sums to 1.
    sum = next.reduce((s, x) => s + x, 0);
    lambda = sum;
    const normalised = next.map((x) => x / sum);
    const change = normalised.reduce((m, x, i) => Math.max(m, Math.abs(x - w[i]!)), 0);
    w = normalised;
    if (change < 1e-13) break;
  }
  return { vector: w, lambdaMax: lambda };
}

/**
 * Nearest value on Saaty's 1–9 scale: values ≥ 1 round to an integer 1…9, values below 1 to a
 * reciprocal 1/2 … 1/9 (as BPMSG AHP-OS proposes judgements).
 */
export function nearestSaatyValue(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return x > 0 ? 9 : 1 / 9;
  if (x >= 1) return Math.min(9, Math.max(1, Math.round(x)));
  return 1 / Math.min(9, Math.max(1, Math.round(1 / x)));
}

/**
 * Priorities, λmax, CI = (λmax − n)/(n − 1), CR = CI/RI and the most inconsistent judgement.
 * The most inconsistent judgement maximises Saaty's ε_ij = a_ij·w_j/w_i (or its reciprocal):
 * Saaty, T. L. (2003), "Decision-making with the AHP: why is the principal eigenvector
 * necessary", EJOR 145, 85–91. It is reported in the orientation the user gave it.
 *
 * @example Saaty's house example (EJOR 48, 1990): λmax 9.669, CR 0.169; most inconsistent:
 * neighbourhood vs general condition = 6, consistent value ≈ 1.13 → suggested 1.
 */
export function analyseAhp(matrix: PairwiseMatrix): AhpResult {
  const n = matrix.ids.length;
  const { vector, lambdaMax } = principalEigenvector(matrix.values);
  const consistencyIndex = n > 2 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = randomIndex(n);
  const consistencyRatio = ri > 0 ? consistencyIndex / ri : 0;
  let mostInconsistent: InconsistentJudgement | null = null;
  if (n >= 3) {
    let worst = { i: 0, j: 1, error: -1 };
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const e = (matrix.values[i]![j]! * vector[j]!) / vector[i]!;
        const error = Math.max(e, 1 / e);
        if (error > worst.error + 1e-12) worst = { i, j, error };
      }
    }
    const { i, j, error } = worst;
    mostInconsistent = {
      rowId: matrix.ids[i]!,
      colId: matrix.ids[j]!,
      value: matrix.values[i]![j]!,
      consistentValue: vector[i]! / vector[j]!,
      suggestedValue: nearestSaatyValue(vector[i]! / vector[j]!),
      errorRatio: error,
      isMissing: !matrix.isJudged[i]![j],
    };
  }
  return {
    ids: [...matrix.ids],
    matrix: matrix.values.map((row) => [...row]),
    priorities: vector,
    lambdaMax,
    consistencyIndex,
    randomIndex: ri,
    consistencyRatio,
    isConsistent: consistencyRatio < CONSISTENCY_THRESHOLD,
    mostInconsistent,
    missingPairs: matrix.missingPairs,
  };
}

/** Turns a most-inconsistent judgement around so it reads as the user entered it. */
export function orientJudgement(
  judgement: InconsistentJudgement,
  given: readonly PairwiseJudgement[],
): InconsistentJudgement {
  const asGiven = given.findLast(
    (g) =>
      (g.rowId === judgement.rowId && g.colId === judgement.colId) ||
      (g.rowId === judgement.colId && g.colId === judgement.rowId),
  );
  if (!asGiven || asGiven.rowId === judgement.rowId) return judgement;
  return {
    ...judgement,
    rowId: judgement.colId,
    colId: judgement.rowId,
    value: 1 / judgement.value,
    consistentValue: 1 / judgement.consistentValue,
    suggestedValue: nearestSaatyValue(1 / judgement.consistentValue),
  };
}
