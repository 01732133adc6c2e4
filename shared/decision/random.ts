/**
 * Seeded random numbers for the Monte Carlo simulation: the same seed gives the same draws on
 * every machine, so a report can be reproduced. Not for cryptography.
 */

/** Draws from a three-point estimate (low ≤ most likely ≤ high). */
export type RangeDistribution = 'triangular' | 'pert';

/** Seeded draws from the distributions the simulation needs. */
export type Sampler = {
  /** Uniform on [0, 1). */
  uniform: () => number;
  /** Standard normal. */
  normal: () => number;
  /** Gamma(shape, 1) for shape ≥ 1. */
  gamma: (shape: number) => number;
  /** Beta(α, β) for α, β ≥ 1. */
  beta: (alpha: number, beta: number) => number;
  triangular: (low: number, mode: number, high: number) => number;
  pert: (low: number, mode: number, high: number) => number;
};

/**
 * Inverse CDF of the triangular distribution on [low, high] with mode `mode`, at u ∈ [0, 1).
 * Source: Kotz, S. & van Dorp, J. R. (2004), Beyond Beta, World Scientific, ch. 1.
 */
export function triangularQuantile(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (!(width > 0)) return mode;
  const split = (mode - low) / width;
  return u < split
    ? low + Math.sqrt(u * width * (mode - low))
    : high - Math.sqrt((1 - u) * width * (high - mode));
}

/**
 * The triangular distribution on [low, high] with mode `mode` from two independent uniforms,
 * without a branch or a square root: x = low + (high − low)·((1 − c)·min(u₁, u₂) + c·max(u₁, u₂))
 * with c = (mode − low)/(high − low). The minimum of two uniforms has the falling density
 * 2(1 − y), the maximum the rising 2y, and the triangle is their mixture with weights 1 − c and c.
 * Source: Stein, W. E. & Keblis, M. F. (2009), "A new method to simulate the triangular
 * distribution", Mathematical and Computer Modelling 49(5–6), 1143–1147 (the MINMAX method).
 * The Monte Carlo hot loop (monte-carlo.ts) computes exactly this with its coefficients folded in
 * ahead.
 *
 * @example triangularMinMax(0, 0, 2, 3, 10) // → 2 (both uniforms 0 give the low end)
 */
export function triangularMinMax(
  u1: number,
  u2: number,
  low: number,
  mode: number,
  high: number,
): number {
  const width = high - low;
  if (!(width > 0)) return mode;
  const c = (mode - low) / width;
  return low + width * ((1 - c) * Math.min(u1, u2) + c * Math.max(u1, u2));
}

/**
 * PERT shape parameters: the Beta distribution on [low, high] with mean (low + 4·mode + high)/6,
 * α = 1 + 4·(mode − low)/(high − low), β = 1 + 4·(high − mode)/(high − low). Sources: Malcolm,
 * D. G., Roseboom, J. H., Clark, C. E. & Fazar, W. (1959), Operations Research 7(5), 646–669;
 * Vose, D. (2008), Risk Analysis: A Quantitative Guide, 3rd ed., Wiley.
 */
export function pertShape(
  low: number,
  mode: number,
  high: number,
): { alpha: number; beta: number } {
  const width = high - low;
  if (!(width > 0)) return { alpha: 1, beta: 1 };
  return { alpha: 1 + (4 * (mode - low)) / width, beta: 1 + (4 * (high - mode)) / width };
}

/** MurmurHash3's 32-bit finaliser (Appleby, public domain): every input bit moves every output bit. */
function fmix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * The generator's 32-bit starting state for a seed. Integers from 0 to 2³² − 1 keep their bits
 * (`seed | 0`, one state each, so saved reports reproduce exactly); any other number — negative
 * or larger integers, fractions, NaN — is hashed from all 64 bits of its IEEE 754 form, high
 * word mixed into the low. Plain `seed | 0` dropped the high bits, so seeds 2³² apart (−1 and
 * 2³² − 1, 42 and 42 + 2³²) drew identical numbers and NaN ran as seed 0.
 *
 * @example seedState(42) // → 42
 * @example seedState(42 + 2 ** 32) !== seedState(42) // → true
 * @example seedState(-1) !== seedState(2 ** 32 - 1) // → true
 */
export function seedState(seed: number): number {
  if (Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff) return seed | 0;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, seed);
  return fmix32(view.getUint32(4) ^ fmix32(view.getUint32(0) ^ 0x9e3779b9));
}

/**
 * A seeded sampler. Uniforms by Mulberry32, a 32-bit-state generator by Tommy Ettinger (2017,
 * public domain), as collected in bryc, "PRNGs" (github.com/bryc/code, jshash/PRNGs.md): period
 * 2³², reported there to pass gjrand's tests — ample for the ≤ 10⁸ draws of a simulation.
 * Normal deviates by the Box–Muller transform (Box, G. E. P. & Muller, M. E.
 * (1958), Ann. Math. Statist. 29, 610–611), gamma deviates by Marsaglia, G. & Tsang, W. W.
 * (2000), "A simple method for generating gamma variables", ACM TOMS 26(3), 363–372, and
 * Beta(α, β) as X/(X + Y) of two gammas. Holds its state in closure variables: no allocation per
 * draw.
 */
export function createSampler(seed: number): Sampler {
  let state = seedState(seed);
  let spare = Number.NaN;
  const uniform = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    if (!Number.isNaN(spare)) {
      const z = spare;
      spare = Number.NaN;
      return z;
    }
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = r * Math.sin(angle);
    return r * Math.cos(angle);
  };
  const gamma = (shape: number) => {
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = 1 - uniform();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };
  const beta = (a: number, b: number) => {
    const x = gamma(a);
    return x / (x + gamma(b));
  };
  return {
    uniform,
    normal,
    gamma,
    beta,
    triangular: (low, mode, high) => triangularQuantile(uniform(), low, mode, high),
    pert: (low, mode, high) => {
      if (!(high > low)) return mode;
      const { alpha, beta: b } = pertShape(low, mode, high);
      return low + (high - low) * beta(alpha, b);
    },
  };
}
