import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../../renderer/store/app-store.ts';
import type { DecisionScope } from '../../../shared/decision/decision-scope.ts';
import type { Language } from '../../../shared/model/schema.ts';
import type { AppState } from '../../../renderer/store/app-store.ts';
import {
  DISAGREEMENT_RANGE,
  evaluationOf,
  memoPerDocument,
  selectCriteriaRows,
  selectDecisionRaterId,
  selectGroupEvaluation,
  selectSuggestedWeights,
  selectWeightsView,
} from '../../../renderer/store/options-selectors.ts';
import {
  buildResultsView,
  selectScoresView,
  selectTcoView,
} from '../../../renderer/store/options-view-selectors.ts';
import { exportScoresCsv } from '../../../shared/spreadsheet/score-csv.ts';
import { exportScoreWorkbook } from '../../../shared/spreadsheet/score-workbook.ts';
import { checkReferences } from '../../../shared/model/references.ts';
import { findTemplate, loadTemplateDocument } from '../../../shared/templates/catalog.ts';

/**
 * The results page of one scope as the Options page builds it from the worker's evaluation (here
 * computed on this thread: the group evaluation with its default Monte Carlo draws), memoised per
 * document like the page's other views.
 */
const resultsViewOf = memoPerDocument((doc, scope: DecisionScope, language: Language) =>
  buildResultsView(doc, scope, language, evaluationOf(doc, scope, null, null)),
);
const resultsView = (scope: DecisionScope) => (state: AppState) =>
  state.doc ? resultsViewOf(state.doc, scope, state.language) : null;
const selectResultsView = { option: resultsView('option'), vendor: resultsView('vendor') };

const example = () => loadTemplateDocument(findTemplate('food-plant')!, 'en');
const blank = () => loadTemplateDocument(findTemplate('blank')!, 'en');

/** A store with the worked example open and a controllable clock for typing windows. */
function openExample() {
  let t = 0;
  const store = createAppStore({ now: () => t });
  store.getState().openDocument(example(), null);
  const steps = () => store.temporal.getState().pastStates.length;
  return { store, steps, advance: (ms: number) => (t += ms) };
}

const itSpeedOfSaas = {
  raterId: 'rater-it',
  subjectId: 'cand-saas',
  criterionId: 'crit-implementation-speed',
};

describe('step-2 actions are one undo step each', () => {
  it('adds, renames (a typed word = one step) and removes a candidate', () => {
    const { store, steps, advance } = openExample();
    const id = store.getState().addCandidate({ archetype: 'ipaas', name: 'D' });
    expect(store.getState().doc?.decision.candidates.at(-1)).toMatchObject({ id, name: 'D' });
    for (const name of ['D.', 'D. M', 'D. Mu', 'D. MuleSoft']) {
      advance(150);
      store.getState().updateCandidate(id, { name }, { key: `candidate.${id}.name` });
    }
    expect(steps()).toBe(2);
    store.getState().removeCandidate(id);
    expect(steps()).toBe(3);
    store.getState().undo();
    expect(store.getState().doc?.decision.candidates.at(-1)?.name).toBe('D. MuleSoft');
    store.getState().undo();
    expect(store.getState().doc?.decision.candidates.at(-1)?.name).toBe('D');
  });

  it.each<[string, (s: AppStore) => void]>([
    ['addVendor', (s) => void s.getState().addVendor({ name: 'V' })],
    ['addRater', (s) => void s.getState().addRater({ name: 'R', department: 'qc' })],
    [
      'addCriterion',
      (s) => void s.getState().addCriterion({ name: 'Label printing', scope: 'option' }),
    ],
    ['removeCriterion', (s) => s.getState().removeCriterion('crit-data-security')],
    ['removeVendor', (s) => s.getState().removeVendor('vendor-linkhub')],
    ['setWeightMethod', (s) => s.getState().setWeightMethod('ahp')],
    [
      'setJudgement',
      (s) => s.getState().setJudgement('rater-qc', 'crit-data-security', 'crit-initial-cost', 5),
    ],
    [
      'clearJudgement',
      (s) => s.getState().clearJudgement('rater-it', 'crit-initial-cost', 'crit-maintenance-cost'),
    ],
    [
      'moveInRankOrder',
      (s) =>
        s
          .getState()
          .moveInRankOrder(
            'rater-it',
            ['crit-initial-cost', 'crit-scalability'],
            'crit-scalability',
            -1,
          ),
    ],
    ['clearScore', (s) => s.getState().clearScore(itSpeedOfSaas)],
    ['addCost', (s) => void s.getState().addCost({ candidateId: 'cand-saas', amount: 10 })],
    ['updateCost', (s) => s.getState().updateCost('cost-saas-licence', { amount: 1 })],
    ['removeCost', (s) => s.getState().removeCost('cost-saas-licence')],
    ['setHorizonYears', (s) => s.getState().setHorizonYears(5)],
    ['setDiscountRate', (s) => s.getState().setDiscountRate(0.08)],
    ['updateRater', (s) => s.getState().updateRater('rater-it', { department: 'management' })],
    ['updateVendor', (s) => s.getState().updateVendor('vendor-linkhub', { contact: 'x' })],
    ['updateCriterion', (s) => s.getState().updateCriterion('crit-initial-cost', { unit: 'CNY' })],
  ])('%s', (_, act) => {
    const { store, steps } = openExample();
    const before = store.getState().doc;
    act(store);
    expect(steps()).toBe(1);
    expect(checkReferences(store.getState().doc!)).toEqual([]);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  it('refused edits record nothing', () => {
    const { store, steps } = openExample();
    store.getState().setScore({ ...itSpeedOfSaas, raterId: 'nobody' }, { value: 5 });
    store.getState().setJudgement('rater-it', 'crit-scalability', 'crit-scalability', 3);
    store.getState().setHorizonYears(Number.NaN);
    store.getState().updateCriterion('crit-data-security', { parentId: 'crit-data-security' });
    expect(steps()).toBe(0);
  });
});

describe('scores drive the ranking through the selectors', () => {
  it("one rater's lower score lowers the group's weighted sum; undo restores it", () => {
    const { store } = openExample();
    const results = () => selectResultsView.option(store.getState())!;
    const before = results();
    expect(before.evaluation.weightedSum[0]?.score).toBeCloseTo(0.69132, 5);
    store.getState().setScore(itSpeedOfSaas, { value: 1 }, { key: 'score' });
    const after = results();
    expect(after).not.toBe(before);
    // Mean speed 9 → 7: 0.225 × 2/9 = 0.05 less for SaaS.
    expect(after.evaluation.weightedSum[0]?.score).toBeCloseTo(0.69132 - 0.05, 5);
    store.getState().undo();
    expect(results()).toBe(before);
  });

  it('selectors return the same object until the document or the options change', () => {
    const { store } = openExample();
    const s = store.getState;
    expect(selectWeightsView(s())).toBe(selectWeightsView(s()));
    expect(selectScoresView(s())).toBe(selectScoresView(s()));
    expect(selectTcoView(s())).toBe(selectTcoView(s()));
    expect(selectGroupEvaluation.vendor(s())).toBe(selectGroupEvaluation.vendor(s()));
    const group = selectWeightsView(s());
    s().setDecisionRater('rater-qc');
    expect(selectWeightsView(s())).not.toBe(group);
    expect(selectWeightsView(s())?.raterId).toBe('rater-qc');
    const english = selectCriteriaRows(s());
    s().setLanguage('zh-CN');
    expect(selectCriteriaRows(s())).not.toBe(english);
    expect(selectCriteriaRows(s())[0]?.label).toBe('初期投入成本');
  });

  it('flags disagreement of at least 3 points, with the most disputed subject', () => {
    const { store } = openExample();
    const column = () =>
      selectScoresView(store.getState())!.columns.find(
        (c) => c.id === 'crit-implementation-speed',
      )!;
    expect(column().isDisputed).toBe(false);
    store.getState().setScore(itSpeedOfSaas, { value: 9 - DISAGREEMENT_RANGE });
    expect(column()).toMatchObject({
      isDisputed: true,
      mostDisputedSubjectId: 'cand-saas',
      maxRange: 3,
    });
  });

  it("shows one rater's scores and weights, the live sum and the group's read-only weights", () => {
    const { store } = openExample();
    store.getState().setDecisionRater('rater-qc');
    const view = selectWeightsView(store.getState())!;
    expect(view.groups[0]?.enteredSum).toBe(100);
    expect(view.rows.find((r) => r.id === 'crit-data-security')).toMatchObject({
      entered: 35,
      weight: 0.35,
    });
    const scores = selectScoresView(store.getState())!;
    expect(scores.rows[0]?.cells[0]?.score?.raterId).toBe('rater-qc');
    store.getState().setDecisionRater(null);
    expect(selectWeightsView(store.getState())!.rows[0]?.entered).toBeNull();
  });

  it('removing the chosen rater falls back to the group view', () => {
    const { store } = openExample();
    store.getState().setDecisionRater('rater-qc');
    store.getState().removeRater('rater-qc');
    expect(store.getState().decisionRaterId).toBeNull();
    store.getState().undo();
    store.getState().setDecisionRater('gone');
    expect(selectDecisionRaterId(store.getState())).toBeNull();
  });

  it('AHP: CR per rater and a suggestion that, applied, improves consistency', () => {
    const { store } = openExample();
    store.getState().setWeightMethod('ahp');
    store.getState().setDecisionRater('rater-it');
    // Make rater-it inconsistent: initial cost 9× maintenance cost contradicts the rest.
    store.getState().setJudgement('rater-it', 'crit-initial-cost', 'crit-maintenance-cost', 9);
    const main = () => selectWeightsView(store.getState())!.groups[0]!;
    const ahp = main().ahp!;
    expect(ahp.consistencyRatio).toBeGreaterThanOrEqual(0.1);
    const worst = ahp.mostInconsistent!;
    store.getState().setJudgement('rater-it', worst.rowId, worst.colId, worst.suggestedValue);
    expect(main().ahp!.consistencyRatio).toBeLessThan(ahp.consistencyRatio);
    expect(selectWeightsView(store.getState())!.consistency.map((r) => r.raterId)).toEqual([
      'rater-it',
    ]);
  });

  it("lists step 1's suggested weights and records accept / override", () => {
    const { store } = openExample();
    const suggestion = selectSuggestedWeights(store.getState())!;
    expect(suggestion.weights.reduce((s, w) => s + w.weight, 0)).toBeCloseTo(1, 12);
    store.getState().dismissHandoff('weights');
    expect(selectSuggestedWeights(store.getState())!.status).toBe('dismissed');
  });
});

describe('spreadsheet round trip and merge', () => {
  it('imports its own workbook back as one undo step with counts', async () => {
    const { store, steps } = openExample();
    const bytes = await exportScoreWorkbook(store.getState().doc!, 'option', 'en');
    const outcome = await store.getState().importScoreWorkbook('option', bytes);
    expect(outcome).toEqual({ ok: true, raters: 4, scores: 60, skipped: [] });
    expect(steps()).toBeLessThanOrEqual(1);
  });

  it('a bad CSV changes nothing and reports located errors', () => {
    const { store, steps } = openExample();
    const before = store.getState().doc;
    const csv = exportScoresCsv(before!, 'option', 'en').replace(/,8,,,/, ',eleven,,,');
    const outcome = store.getState().importScoresCsv('option', csv);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.errors[0]).toMatchObject({
        sheet: 'CSV',
        cell: expect.stringContaining('value') as string,
      });
    expect(store.getState().doc).toBe(before);
    expect(steps()).toBe(0);
  });

  it('a good CSV is one undo step', () => {
    const { store, steps } = openExample();
    const csv = exportScoresCsv(store.getState().doc!, 'option', 'en').replace(/,8,,,/, ',3,,,');
    const outcome = store.getState().importScoresCsv('option', csv);
    expect(outcome).toMatchObject({ ok: true });
    expect(steps()).toBe(1);
  });

  it("merges another rater's copy as one undo step", () => {
    const { store, steps } = openExample();
    const theirs = example();
    theirs.decision.scores = theirs.decision.scores.map((s) =>
      s.raterId === 'rater-qc' ? { ...s, value: 2 } : s,
    );
    const report = store.getState().mergeRaterCopy(theirs);
    expect(report).toMatchObject({ isSameProject: true, raters: { added: 0, updated: 4 } });
    expect(steps()).toBe(1);
    const qc = store.getState().doc!.decision.scores.filter((s) => s.raterId === 'rater-qc');
    expect(qc.every((s) => s.value === 2)).toBe(true);
  });
});

describe('empty projects', () => {
  it('gives empty views, not errors', () => {
    const store = createAppStore();
    expect(selectResultsView.option(store.getState())).toBeNull();
    store.getState().openDocument(blank(), null);
    // The blank template: three archetype candidates and the criteria, no raters, no scores.
    expect(selectResultsView.vendor(store.getState())!.evaluation.subjects).toEqual([]);
    expect(selectResultsView.option(store.getState())!.raterRankings).toEqual([]);
    expect(selectScoresView(store.getState())!.scoreCount).toBe(0);
    expect(selectWeightsView(store.getState())!.consistency).toEqual([]);
  });
});
