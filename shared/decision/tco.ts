/**
 * Total cost of ownership of each candidate over the decision horizon: initial costs at go-live
 * (year 0) plus annual costs in years 1…H, optionally discounted to a net present value.
 */

/** A cost item as far as the TCO is concerned (schema `costItemSchema`). */
export type CostLine = { candidateId: string; kind: 'initial' | 'annual'; amount: number };

/** One year of a candidate's cost curve, for a chart. */
export type TcoYear = {
  /** 0 = go-live (initial costs), 1…H = years of operation. */
  year: number;
  cost: number;
  cumulative: number;
  /** The year's cost discounted to year 0: cost / (1 + r)^year. */
  discountedCost: number;
  discountedCumulative: number;
};

/** A candidate's costs over the horizon, undiscounted and as present values. */
export type CandidateTco = {
  candidateId: string;
  hasCosts: boolean;
  initial: number;
  annual: number;
  /** Undiscounted: initial + H × annual. */
  total: number;
  /** Present value of the annual costs over the horizon: Σ_{t=1..H} annual/(1 + r)^t. */
  annualPresentValue: number;
  /** NPV of all costs: Σ_{t=0..H} C_t/(1 + r)^t = initial + annualPresentValue. */
  netPresentValue: number;
  years: TcoYear[];
};

/**
 * TCO per candidate, in `candidateIds` order. Amounts that are negative or not finite count as
 * 0. The discount rate is a fraction (0.08 = 8 % a year); 0 gives plain sums. Annual costs are
 * paid at the end of each year (ordinary annuity), the usual convention in capital budgeting
 * (e.g. Brealey, Myers & Allen, Principles of Corporate Finance).
 *
 * @example initial 100, annual 50, 3 years, 10 %: NPV = 100 + 50/1.1 + 50/1.21 + 50/1.331
 * = 224.34; undiscounted total 250.
 */
export function totalCostOfOwnership(
  candidateIds: readonly string[],
  costs: readonly CostLine[],
  horizonYears: number,
  discountRate: number,
): CandidateTco[] {
  const horizon = Math.max(0, Math.floor(Number.isFinite(horizonYears) ? horizonYears : 0));
  const rate = Number.isFinite(discountRate) && discountRate > -1 ? discountRate : 0;
  return candidateIds.map((candidateId) => {
    const own = costs.filter((c) => c.candidateId === candidateId);
    const amount = (kind: CostLine['kind']) =>
      own
        .filter((c) => c.kind === kind)
        .reduce((s, c) => s + (Number.isFinite(c.amount) && c.amount > 0 ? c.amount : 0), 0);
    const initial = amount('initial');
    const annual = amount('annual');
    const years: TcoYear[] = [];
    let cumulative = 0;
    let discountedCumulative = 0;
    for (let year = 0; year <= horizon; year++) {
      const cost = year === 0 ? initial : annual;
      const discountedCost = cost / (1 + rate) ** year;
      cumulative += cost;
      discountedCumulative += discountedCost;
      years.push({ year, cost, cumulative, discountedCost, discountedCumulative });
    }
    return {
      candidateId,
      hasCosts: own.length > 0,
      initial,
      annual,
      total: cumulative,
      annualPresentValue: discountedCumulative - initial,
      netPresentValue: discountedCumulative,
      years,
    };
  });
}
