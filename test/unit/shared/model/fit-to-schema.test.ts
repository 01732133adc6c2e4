import { describe, expect, it } from 'vitest';
import { fitToSchema } from '../../../../shared/model/fit-to-schema.ts';
import { taskSchema } from '../../../../shared/model/rollout-schema.ts';

describe('fitToSchema', () => {
  it('cuts text at its limit, rounds and clamps numbers, drops what cannot fit', () => {
    expect(
      fitToSchema(taskSchema, {
        name: 'x'.repeat(300),
        durationDays: 5000.4,
        percentComplete: Number.NaN,
      }),
    ).toEqual({ name: 'x'.repeat(200), durationDays: 3650 });
  });

  it('turns −0 into 0, the value a save writes', () => {
    expect(Object.is(fitToSchema(taskSchema, { percentComplete: -0 }).percentComplete, 0)).toBe(
      true,
    );
  });
});
