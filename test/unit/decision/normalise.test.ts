import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normaliseRating,
  normaliseValues,
  summariseCell,
} from '../../../shared/decision/normalise.ts';

describe('normaliseRating', () => {
  it.each([
    [1, 0],
    [10, 1],
    [5.5, 0.5],
    [7, 6 / 9],
    [0, 0],
    [-3, 0],
    [12, 1],
  ])('%d → %d', (rating, expected) => {
    expect(normaliseRating(rating)).toBeCloseTo(expected, 12);
  });
});

/** Amounts to the cent: denormal doubles (5e-324 × 0.001 = 0) are not amounts anyone enters. */
const amount = fc.integer({ min: -1e8, max: 1e8 }).map((v) => v / 100);

describe('normaliseValues', () => {
  it.each([
    {
      name: 'benefit: value / max',
      values: [2, 4, 8],
      direction: 'benefit',
      expected: [0.25, 0.5, 1],
    },
    {
      name: 'cost: min / value',
      values: [100, 200, 400],
      direction: 'cost',
      expected: [1, 0.5, 0.25],
    },
    { name: 'benefit with a zero', values: [0, 5], direction: 'benefit', expected: [0, 1] },
    {
      name: 'cost with a zero: the limit of min/v (issue 11: no jump at exactly 0)',
      values: [0, 50, 100],
      direction: 'cost',
      expected: [1, 0, 0],
    },
    {
      name: 'benefit with negatives: min–max',
      values: [-10, 0, 10],
      direction: 'benefit',
      expected: [0, 0.5, 1],
    },
    { name: 'all equal cost', values: [0, 0], direction: 'cost', expected: [1, 1] },
    { name: 'all zero benefit', values: [0, 0, 0], direction: 'benefit', expected: [1, 1, 1] },
  ] as const)('$name', ({ values, direction, expected }) => {
    const result = normaliseValues(values, direction);
    result.forEach((r, i) => expect(r).toBeCloseTo(expected[i]!, 12));
  });

  it.each(['benefit', 'cost'] as const)(
    'spreads values near the limits of a number without overflowing (%s)',
    (direction) => {
      // max − min = 3e308 is Infinity; the values must still land on 0, ½ and 1.
      const result = normaliseValues([-1.5e308, 0, 1.5e308], direction);
      expect(result).toEqual(direction === 'benefit' ? [0, 0.5, 1] : [1, 0.5, 0]);
    },
  );

  it('keeps missing scores missing, and an empty column empty', () => {
    expect(normaliseValues([null, 4, 2], 'cost')).toEqual([null, 0.5, 1]);
    expect(normaliseValues([null, null], 'benefit')).toEqual([null, null]);
    expect(normaliseValues([], 'benefit')).toEqual([]);
  });

  it('does not depend on the unit: scaling by a positive constant changes nothing (property)', () => {
    fc.assert(
      fc.property(
        fc.array(amount, { minLength: 1, maxLength: 12 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.constantFrom('benefit' as const, 'cost' as const),
        (values, factor, direction) => {
          const a = normaliseValues(values, direction);
          const b = normaliseValues(
            values.map((v) => v * factor),
            direction,
          );
          a.forEach((x, i) => expect(b[i]!).toBeCloseTo(x!, 9));
        },
      ),
    );
  });

  it('lies in 0…1 and puts the best raw value at 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(amount, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('benefit' as const, 'cost' as const),
        (values, direction) => {
          const r = normaliseValues(values, direction) as number[];
          expect(r.every((x) => x >= -1e-12 && x <= 1 + 1e-12)).toBe(true);
          const best = direction === 'benefit' ? Math.max(...values) : Math.min(...values);
          expect(r[values.indexOf(best)]).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});

describe('summariseCell', () => {
  it('averages the raters who scored and measures their spread', () => {
    const c = summariseCell([
      { value: 6, low: 5, high: 8 },
      { value: 8, low: null, high: null },
      { value: null, low: 1, high: 2 },
      { value: 7, low: 9, high: 3 }, // inverted range: widened to the value
    ]);
    expect(c.count).toBe(3);
    expect(c.value).toBeCloseTo(7, 12);
    expect(c.low).toBeCloseTo((5 + 8 + 7) / 3, 12);
    expect(c.high).toBeCloseTo((8 + 8 + 7) / 3, 12);
    expect(c.range).toBe(2);
    expect(c.standardDeviation).toBeCloseTo(Math.sqrt(2 / 3), 12);
  });

  it('reports nothing for an unscored cell', () => {
    expect(summariseCell([])).toEqual({
      value: null,
      low: null,
      high: null,
      count: 0,
      standardDeviation: 0,
      range: 0,
    });
    expect(summariseCell([{ value: null, low: null, high: null }]).value).toBeNull();
    expect(summariseCell([{ value: Number.NaN, low: null, high: null }]).count).toBe(0);
  });

  it("of one rater is that rater's score (property)", () => {
    fc.assert(
      // (−0 and +0 are the same score; the mean of one −0 is +0.)
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }).map((v) => v + 0),
        (value) => {
          const c = summariseCell([{ value, low: null, high: null }]);
          expect(c).toMatchObject({
            value,
            low: value,
            high: value,
            count: 1,
            standardDeviation: 0,
            range: 0,
          });
        },
      ),
    );
  });
});
