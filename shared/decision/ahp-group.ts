import type { PairwiseMatrix } from './ahp.ts';

/**
 * Group AHP: several raters' judgements combined into one matrix, and how far the raters agree.
 */

/**
 * Aggregation of individual judgements (AIJ): every entry is the geometric mean of the raters
 * who judged that pair; pairs nobody judged stay 1 and missing. The geometric mean is the only
 * mean that keeps the matrix reciprocal (a_ji = 1/a_ij): Aczél, J. & Saaty, T. L. (1983),
 * "Procedures for synthesizing ratio judgements", J. Math. Psychology 27, 93–102; Forman, E. &
 * Peniwati, K. (1998), EJOR 108, 165–169. One rater's matrix aggregates to itself.
 */
export function aggregateJudgements(matrices: readonly PairwiseMatrix[]): PairwiseMatrix {
  const ids = matrices[0]?.ids ?? [];
  const n = ids.length;
  const values = ids.map(() => new Array<number>(n).fill(1));
  const isJudged = ids.map(() => new Array<boolean>(n).fill(false));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      let logSum = 0;
      let count = 0;
      let single = 1;
      for (const m of matrices) {
        if (!m.isJudged[i]?.[j]) continue;
        single = m.values[i]![j]!;
        logSum += Math.log(single);
        count++;
      }
      if (count > 0) {
        // One judgement is its own mean; exp(log(x)) would only add rounding.
        values[i]![j] = count === 1 ? single : Math.exp(logSum / count);
        isJudged[i]![j] = true;
      }
    }
  }
  const missingPairs: [string, string][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (!isJudged[i]![j]) missingPairs.push([ids[i]!, ids[j]!]);
  return { ids: [...ids], values, isJudged, missingPairs };
}

/** Qualitative consensus levels used by TraceReady (DOMAIN.md, after BPMSG AHP-OS). */
export type ConsensusLevel = 'low' | 'moderate' | 'high';

/** How far several raters' priorities agree (see {@link groupConsensus}). */
export type GroupConsensus = {
  /** AHP consensus indicator S*, 0 (none) … 1 (identical priorities). */
  value: number;
  level: ConsensusLevel;
  /** Shannon alpha, beta and gamma entropies (natural log) behind the value. */
  alphaEntropy: number;
  betaEntropy: number;
  gammaEntropy: number;
  raterCount: number;
};

/**
 * Largest value of Saaty's fundamental scale, M = 9, which bounds how uneven one rater's
 * priorities can be and so the minimum alpha diversity (Goepel 2013, eq. 1.6).
 */
export const AHP_SCALE_MAX = 9;

/**
 * Thresholds of the consensus word scale: < 65 % low, 65–75 % moderate, > 75 % high (BPMSG,
 * "AHP group consensus indicator – how to understand and interpret?", bpmsg.com; DOMAIN.md).
 */
export const CONSENSUS_THRESHOLDS = { moderate: 0.65, high: 0.75 } as const;

const entropy = (p: readonly number[]) => p.reduce((h, x) => (x > 0 ? h - x * Math.log(x) : h), 0);

/**
 * Shannon-entropy consensus indicator S* of BPMSG AHP-OS. Source: Goepel, K. D. (2013),
 * "Implementing the analytic hierarchy process as a standard method for multi-criteria decision
 * making in corporate enterprises – a new AHP Excel template with multiple inputs", Proc. ISAHP
 * 2013, Kuala Lumpur; in the form used by AHP-OS (Goepel 2018, Int. J. of the AHP 10(3),
 * 469–487; `AhpGroup::getConsensus`):
 *
 * - H_α = mean over raters of H(w_k), H_γ = H(mean of the w_k), H_β = H_γ − H_α, with
 *   H(p) = −Σ p_i ln p_i;
 * - D_α,min = exp(H of the most uneven AHP vector: one criterion M = 9 times as important as each
 *   other one, p = (M, 1, …, 1)/(M + n − 1)); D_γ,max = n;
 * - S* = (1/exp(H_β) − D_α,min/D_γ,max) / (1 − D_α,min/D_γ,max).
 *
 * Identical raters give S* = 1. Null for fewer than two raters or fewer than two criteria.
 */
export function groupConsensus(priorities: readonly (readonly number[])[]): GroupConsensus | null {
  const k = priorities.length;
  const n = priorities[0]?.length ?? 0;
  if (k < 2 || n < 2) return null;
  const mean = new Array<number>(n).fill(0);
  let alphaEntropy = 0;
  for (const w of priorities) {
    alphaEntropy += entropy(w) / k;
    w.forEach((x, i) => (mean[i]! += x / k));
  }
  const gammaEntropy = entropy(mean);
  const betaEntropy = Math.max(0, gammaEntropy - alphaEntropy);
  const m = AHP_SCALE_MAX;
  const extreme = [m, ...new Array<number>(n - 1).fill(1)].map((x) => x / (m + n - 1));
  const floor = Math.exp(entropy(extreme)) / n;
  const raw = (Math.exp(-betaEntropy) - floor) / (1 - floor);
  const value = Math.min(1, Math.max(0, raw));
  return {
    value,
    level: consensusLevel(value),
    alphaEntropy,
    betaEntropy,
    gammaEntropy,
    raterCount: k,
  };
}

/** The word for a consensus value (see {@link CONSENSUS_THRESHOLDS}). */
export function consensusLevel(value: number): ConsensusLevel {
  if (value > CONSENSUS_THRESHOLDS.high) return 'high';
  if (value >= CONSENSUS_THRESHOLDS.moderate) return 'moderate';
  return 'low';
}
