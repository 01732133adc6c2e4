import { describe, expect, it } from 'vitest';
import { suggestedWeights } from '../../../../shared/audit/handoffs.ts';
import {
  addRaterWithStartingWeights,
  startingWeights,
} from '../../../../shared/decision/starting-weights.ts';
import { setWeightMethod } from '../../../../shared/decision/weight-edits.ts';
import { blankDocument, exampleDocument, sequentialIds } from '../fixtures.ts';

const optionIds = (doc: ReturnType<typeof exampleDocument>) =>
  new Set(doc.decision.criteria.filter((c) => c.scope === 'option').map((c) => c.id));

describe('startingWeights', () => {
  it('starts from the group’s current weights: the example’s 17.5 / 20 / 22.5 / 21.3 / 18.8', () => {
    const doc = exampleDocument();
    const starting = startingWeights(doc, null);
    const options = optionIds(doc);
    // The group weights the Weights tab shows for the worked example (four raters' mean).
    expect(starting.filter((w) => options.has(w.criterionId)).map((w) => w.value)).toEqual([
      17.5, 20, 22.5, 21.3, 18.8,
    ]);
  });

  it('falls back to step 1’s suggestion where nobody entered weights', () => {
    const doc = blankDocument();
    const suggestion = suggestedWeights(doc).weights;
    const starting = startingWeights(doc, suggestion);
    expect(starting).toHaveLength(5);
    expect(starting.reduce((sum, w) => sum + w.value, 0)).toBeCloseTo(100, 0);
  });

  it('starts empty without a suggestion, and for AHP and rank order', () => {
    expect(startingWeights(blankDocument(), null)).toEqual([]);
    expect(startingWeights(setWeightMethod(exampleDocument(), 'ahp'), null)).toEqual([]);
  });

  it('adds the rater with those weights, so one new number is not 100 %', () => {
    const doc = exampleDocument();
    const rater = { id: 'new-rater', name: 'New', department: 'qc' as const };
    const next = addRaterWithStartingWeights(
      doc,
      rater,
      startingWeights(doc, null),
      sequentialIds(),
    );
    const mine = next.decision.weights.filter((w) => w.raterId === 'new-rater');
    expect(mine.filter((w) => optionIds(doc).has(w.criterionId))).toHaveLength(5);
    expect(next.decision.raters.at(-1)).toEqual(rater);
  });
});
