import { describe, expect, it } from 'vitest';
import { totalCostOfOwnership, type CostLine } from '../../../shared/decision/tco.ts';

describe('totalCostOfOwnership', () => {
  const costs: CostLine[] = [
    { candidateId: 'a', kind: 'initial', amount: 60 },
    { candidateId: 'a', kind: 'initial', amount: 40 },
    { candidateId: 'a', kind: 'annual', amount: 50 },
    { candidateId: 'b', kind: 'annual', amount: 10 },
  ];

  it('discounts annual costs to a net present value (hand-computed)', () => {
    // NPV = 100 + 50/1.1 + 50/1.1² + 50/1.1³ = 100 + 45.4545 + 41.3223 + 37.5657 = 224.3426.
    const [a] = totalCostOfOwnership(['a'], costs, 3, 0.1);
    expect(a!.initial).toBe(100);
    expect(a!.annual).toBe(50);
    expect(a!.total).toBe(250);
    expect(a!.netPresentValue).toBeCloseTo(224.3426, 4);
    expect(a!.annualPresentValue).toBeCloseTo(124.3426, 4);
    expect(a!.years.map((y) => y.cost)).toEqual([100, 50, 50, 50]);
    expect(a!.years.map((y) => y.cumulative)).toEqual([100, 150, 200, 250]);
    expect(a!.years.map((y) => Number(y.discountedCumulative.toFixed(4)))).toEqual([
      100, 145.4545, 186.7769, 224.3426,
    ]);
  });

  it('without discounting, NPV is the plain total', () => {
    const [a, b] = totalCostOfOwnership(['a', 'b'], costs, 5, 0);
    expect(a!.netPresentValue).toBe(350);
    expect(b!.total).toBe(50);
    expect(b!.initial).toBe(0);
  });

  it('covers the worked example: SaaS 390k + 3 × 220k = 1.05M', () => {
    const saas: CostLine[] = [
      { candidateId: 's', kind: 'initial', amount: 120000 },
      { candidateId: 's', kind: 'initial', amount: 180000 },
      { candidateId: 's', kind: 'initial', amount: 90000 },
      { candidateId: 's', kind: 'annual', amount: 160000 },
      { candidateId: 's', kind: 'annual', amount: 60000 },
    ];
    expect(totalCostOfOwnership(['s'], saas, 3, 0)[0]!.total).toBe(1050000);
  });

  it('copes with candidates without costs and hostile amounts', () => {
    const [none, odd] = totalCostOfOwnership(
      ['none', 'odd'],
      [
        { candidateId: 'odd', kind: 'initial', amount: -5 },
        { candidateId: 'odd', kind: 'annual', amount: Number.NaN },
      ],
      2,
      Number.NaN,
    );
    expect(none).toMatchObject({ hasCosts: false, total: 0, netPresentValue: 0 });
    expect(none!.years).toHaveLength(3);
    expect(odd).toMatchObject({ hasCosts: true, total: 0 });
  });
});
