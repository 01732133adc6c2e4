import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/io.ts';
import { main } from '../../../cli/main.ts';
import { parseSeed } from '../../../cli/score-command.ts';
import { formatPercent } from '../../../shared/decision/decision-text.ts';
import { evaluateDecision } from '../../../shared/decision/evaluate.ts';
import { normaliseValues } from '../../../shared/decision/normalise.ts';
import { createSampler, seedState } from '../../../shared/decision/random.ts';
import { normaliseWeights } from '../../../shared/decision/weights.ts';
import { weightedSum } from '../../../shared/decision/weighted-sum.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { exampleDocument } from '../shared/fixtures.ts';

/** Silently wrong numbers found by the review (issue 11, item 2), one class per block. */

const variant = (edit: (d: ProjectDocument['decision']) => void): ProjectDocument => {
  const doc = structuredClone(exampleDocument());
  edit(doc.decision);
  return doc;
};
const codes = (doc: ProjectDocument) => evaluateDecision(doc).warnings.map((w) => w.code);

describe('weights that overflow a sum', () => {
  it.each([
    { values: [1e308, 1e308], expected: [0.5, 0.5] },
    { values: [Number.MAX_VALUE, Number.MAX_VALUE, 0], expected: [0.5, 0.5, 0] },
    { values: [1e308, 1e307], expected: [10 / 11, 1 / 11] },
    { values: [15, 25, 60], expected: [0.15, 0.25, 0.6] },
  ])('normaliseWeights($values) → $expected', ({ values, expected }) => {
    const w = normaliseWeights(values);
    w.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 12));
  });

  it('a project with weights of 1e308 shows real weights, not 0.0% everywhere', () => {
    // Each weight stays finite (≤ 60 × 2.9e306), their sum (100 × 2.9e306) does not.
    const e = evaluateDecision(variant((d) => d.weights.forEach((w) => (w.value *= 2.9e306))));
    const reference = evaluateDecision(exampleDocument());
    for (const id of e.leafIds)
      expect(e.weights.group[id]).toBeCloseTo(reference.weights.group[id]!, 9);
  });
});

describe('exact ties are reported, not broken by list order', () => {
  const triplets = variant((d) => {
    const first = d.candidates[0]!.id;
    d.scores = d.scores.map((s) => ({ ...s, low: null, high: null }));
    const ofFirst = d.scores.filter((s) => s.subjectId === first);
    d.scores = d.candidates.flatMap((c) =>
      ofFirst.map((s) => ({ ...s, id: `${s.id}-${c.id}`, subjectId: c.id })),
    );
  });

  it('three identical candidates share rank 1 and the first place of every draw', () => {
    const e = evaluateDecision(triplets);
    expect(e.weightedSum.map((r) => r.rank)).toEqual([1, 1, 1]);
    for (const s of e.monteCarlo.subjects) expect(s.firstProbability).toBeCloseTo(1 / 3, 9);
    const tie = e.warnings.find((w) => w.code === 'tied-first');
    expect(tie?.subjectIds).toEqual(triplets.decision.candidates.map((c) => c.id));
    expect(tie?.message['zh-CN']).toContain('并列第一');
    for (const t of e.thresholds) {
      expect(t.sentence.en).not.toMatch(/stays first/);
      expect(t.sentence.en).toMatch(/tied for first/);
    }
  });

  it('the worked example has no tie', () => {
    expect(codes(exampleDocument())).not.toContain('tied-first');
  });
});

describe('Monte Carlo with nothing uncertain says so', () => {
  it('no score ranges → an info that the probabilities only repeat the ranking', () => {
    const doc = variant((d) => (d.scores = d.scores.map((s) => ({ ...s, low: null, high: null }))));
    const warning = evaluateDecision(doc).warnings.find((w) => w.code === 'nothing-uncertain');
    expect(warning?.severity).toBe('info');
    expect(warning?.message['zh-CN']).toMatch(/区间/);
  });

  it('one score range is enough to make the simulation meaningful', () => {
    const doc = variant((d) => {
      d.scores = d.scores.map((s) => ({ ...s, low: null, high: null }));
      d.scores[0] = { ...d.scores[0]!, low: 1, high: 10 };
    });
    expect(codes(doc)).not.toContain('nothing-uncertain');
  });
});

describe('threshold sentences round toward the side that keeps them true', () => {
  it.each([
    { share: 0.084517, rounding: 'down', text: '8.4%' },
    { share: 0.084517, rounding: 'nearest', text: '8.5%' },
    { share: 0.57049, rounding: 'up', text: '57.1%' },
    { share: 0.4, rounding: 'up', text: '40%' },
    { share: 0.4, rounding: 'down', text: '40%' },
    { share: 0.123, rounding: 'down', text: '12.3%' },
    // Never "more than 100%" or "less than 0%" for a threshold inside the range.
    { share: 0.999999, rounding: 'up', text: '99.9999%' },
    { share: 0.9996, rounding: 'up', text: '99.96%' },
    { share: 0.9996, rounding: 'nearest', text: '100%' },
    { share: 0.0000042, rounding: 'down', text: '0.0004%' },
    { share: 1, rounding: 'up', text: '100%' },
    { share: 0, rounding: 'down', text: '0%' },
  ] as const)('formatPercent($share, $rounding) = $text', ({ share, rounding, text }) => {
    expect(formatPercent(share, rounding)).toBe(text);
  });

  it('every "more than" / "less than" of the worked example is true at the printed weight', () => {
    const e = evaluateDecision(exampleDocument());
    for (const t of e.thresholds) {
      const more = /more than ([\d.]+)%/.exec(t.sentence.en);
      const less = /less than ([\d.]+)%/.exec(t.sentence.en);
      if (more) expect(Number(more[1]) / 100).toBeGreaterThanOrEqual(t.increase!.weight);
      if (less) expect(Number(less[1]) / 100).toBeLessThanOrEqual(t.decrease!.weight);
    }
  });
});

describe('a cost of exactly 0 does not reorder the other candidates', () => {
  it('normalises as the limit of a cost approaching 0', () => {
    const exact = normaliseValues([0, 50, 100], 'cost');
    const near = normaliseValues([1e-12, 50, 100], 'cost');
    exact.forEach((v, i) => expect(v).toBeCloseTo(near[i]!, 9));
  });

  it('the others keep the order they have when the cheapest cost is almost 0', () => {
    // Cost weighs 0.5, quality 0.5; B is cheaper, C better.
    const quality = [1, 0, 0.3];
    const rank = (cheapest: number) => {
      const cost = normaliseValues([cheapest, 50, 100], 'cost') as number[];
      const order = weightedSum(
        cost.map((c, i) => [c, quality[i]!]),
        [0.5, 0.5],
      ).order;
      return order.filter((i) => i !== 0);
    };
    expect(rank(0)).toEqual(rank(1e-9));
    expect(rank(0)).toEqual([2, 1]);
  });
});

describe('seeds', () => {
  const draws = (seed: number) => {
    const s = createSampler(seed);
    return Array.from({ length: 5 }, () => s.uniform());
  };

  it('keeps 32-bit seeds exactly (saved reports reproduce)', () => {
    expect(seedState(42)).toBe(42);
    expect(seedState(2 ** 32 - 1)).toBe(-1);
  });

  it.each([
    [42, 42 + 2 ** 32],
    [0, 2 ** 32],
    [-1, 2 ** 32 - 1],
    [-(2 ** 31), 2 ** 31],
    [7, 7 + 2 ** 40],
    [0, Number.NaN],
    [1, 1.5],
  ])('seeds %d and %d draw different numbers', (a, b) => {
    expect(draws(a)).not.toEqual(draws(b));
  });

  it.each([
    ['42', 42],
    ['-3', -3],
    [' 9007199254740991 ', 9007199254740991],
    [undefined, undefined],
    ['abc', null],
    ['1.5', null],
    ['1e3', null],
    ['', null],
    ['9007199254740993', null],
  ] as const)('parseSeed(%j) → %j', (value, expected) => {
    expect(parseSeed(value)).toBe(expected);
  });

  it('`traceready score --seed abc` is refused with exit code 2', async () => {
    const example = readFileSync(
      new URL('../../../templates/examples/food-plant.en.json', import.meta.url),
      'utf8',
    );
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      readText: () => Promise.resolve(example),
      writeText: () => Promise.reject(new Error('no writes')),
      writeBytes: () => Promise.reject(new Error('no writes')),
      exists: () => Promise.resolve(true),
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    };
    expect(await main(['score', 'p.trplan', '--seed', 'abc'], io, { LANG: 'en' })).toBe(2);
    expect(err.join('\n')).toContain('--seed must be a whole number');
    expect(out.join('\n')).not.toContain('NaN');
  });
});
