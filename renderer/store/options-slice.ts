import { suggestedWeights } from '../../shared/audit/handoffs.ts';
import {
  addRaterWithStartingWeights,
  startingWeights,
} from '../../shared/decision/starting-weights.ts';
import type { StateCreator } from 'zustand';
import {
  addCandidate,
  addCriterion,
  addVendor,
  clearScore,
  removeCandidate,
  removeCriterion,
  removeRater,
  removeVendor,
  setScore,
  updateCandidate,
  updateCriterion,
  updateRater,
  updateVendor,
  type CostItem,
  type Rater,
  type ScoreKey,
  type ScorePatch,
  type Vendor,
  type WeightMethod,
} from '../../shared/decision/decision-edits.ts';
import {
  addCost,
  clearJudgement,
  moveInRankOrder,
  removeCost,
  setDiscountRate,
  setHorizonYears,
  setJudgement,
  setWeightMethod,
  updateCost,
} from '../../shared/decision/weight-edits.ts';
import type { DecisionScope } from '../../shared/decision/decision-scope.ts';
import { localized } from '../../shared/i18n/localized.ts';
import { mergeRaters, type MergeReport } from '../../shared/decision/merge-raters.ts';
import { setWeight } from '../../shared/model/edits.ts';
import { newId } from '../../shared/model/ids.ts';
import type { Candidate, Criterion, ProjectDocument } from '../../shared/model/schema.ts';
import { importScoresCsv } from '../../shared/spreadsheet/score-csv.ts';
import { importScoreWorkbook, type SheetError } from '../../shared/spreadsheet/score-import.ts';
import type { AppState } from './app-store.ts';
import type { Gesture } from './gesture-history.ts';

type Fields<T> = Partial<Omit<T, 'id'>>;

/** What a score import did: counts on success, located errors (and no change) otherwise. */
export type ScoreImportOutcome =
  | { ok: true; raters: number; scores: number; skipped: SheetError[] }
  | { ok: false; errors: SheetError[] };

/**
 * Step 2 actions: candidates, vendors, criteria, raters, weights, judgements, scores, costs.
 * Each is a thin call of a pure edit through `editDocument`: one undo step per gesture. The
 * chosen rater and scope are view state: never in the document, never in undo.
 */
export type OptionsSlice = {
  /** The rater whose weights and scores the step-2 page shows; null for the group. */
  decisionRaterId: string | null;
  decisionScope: DecisionScope;
  setDecisionRater: (raterId: string | null) => void;
  setDecisionScope: (scope: DecisionScope) => void;

  /** Each `add…` returns the new entity's id. */
  addCandidate: (fields: Fields<Candidate> & Pick<Candidate, 'archetype'>) => string;
  updateCandidate: (id: string, patch: Fields<Candidate>, gesture?: Gesture) => void;
  removeCandidate: (id: string) => void;
  addVendor: (fields: Fields<Vendor>) => string;
  updateVendor: (id: string, patch: Fields<Vendor>, gesture?: Gesture) => void;
  removeVendor: (id: string) => void;
  addCriterion: (fields: Fields<Criterion>) => string;
  updateCriterion: (id: string, patch: Fields<Criterion>, gesture?: Gesture) => void;
  removeCriterion: (id: string) => void;
  addRater: (fields: Fields<Rater>) => string;
  updateRater: (id: string, patch: Fields<Rater>, gesture?: Gesture) => void;
  removeRater: (id: string) => void;

  setWeight: (raterId: string, criterionId: string, value: number, gesture?: Gesture) => void;
  setWeightMethod: (method: WeightMethod) => void;
  setJudgement: (
    raterId: string,
    rowId: string,
    colId: string,
    value: number,
    gesture?: Gesture,
  ) => void;
  clearJudgement: (raterId: string, a: string, b: string) => void;
  moveInRankOrder: (
    raterId: string,
    siblingIds: readonly string[],
    criterionId: string,
    delta: -1 | 1,
  ) => void;

  setScore: (key: ScoreKey, patch: ScorePatch, gesture?: Gesture) => void;
  clearScore: (key: ScoreKey) => void;

  addCost: (fields: Fields<CostItem> & Pick<CostItem, 'candidateId'>) => string;
  updateCost: (id: string, patch: Fields<CostItem>, gesture?: Gesture) => void;
  removeCost: (id: string) => void;
  setHorizonYears: (years: number, gesture?: Gesture) => void;
  setDiscountRate: (rate: number, gesture?: Gesture) => void;

  /** Reads score sheets (.xlsx) back: all or nothing, one undo step. */
  importScoreWorkbook: (scope: DecisionScope, bytes: Uint8Array) => Promise<ScoreImportOutcome>;
  /** Reads a score CSV back: all or nothing, one undo step. */
  importScoresCsv: (scope: DecisionScope, text: string) => ScoreImportOutcome;
  /** Combines another rater's copy of the project by id (merge-raters.ts), one undo step. */
  mergeRaterCopy: (theirs: ProjectDocument) => MergeReport | null;
};

/** How often a workbook import is re-read when the project keeps changing while it reads. */
const IMPORT_ATTEMPTS = 3;
const PROJECT_CHANGED: SheetError = {
  sheet: '',
  cell: '',
  message: localized(
    'The project changed while the workbook was read; import it again.',
    '读取工作簿期间项目发生了变化；请重新导入。',
  ),
};

/** Distinct raters in a score list: what a CSV import touched. */
const raterCount = (scores: readonly { raterId: string }[]) =>
  new Set(scores.map((s) => s.raterId)).size;

export const createOptionsSlice: StateCreator<AppState, [], [], OptionsSlice> = (set, get) => {
  const edit = (recipe: (doc: ProjectDocument) => ProjectDocument, gesture?: Gesture) =>
    get().editDocument(recipe, gesture);
  return {
    decisionRaterId: null,
    decisionScope: 'option',
    setDecisionRater: (decisionRaterId) => set({ decisionRaterId }),
    setDecisionScope: (decisionScope) => set({ decisionScope }),

    addCandidate(fields) {
      const id = newId();
      edit((doc) =>
        addCandidate(doc, { name: '', vendorId: null, description: '', ...fields, id }),
      );
      return id;
    },
    updateCandidate: (id, patch, gesture) =>
      edit((doc) => updateCandidate(doc, id, patch), gesture),
    removeCandidate: (id) => edit((doc) => removeCandidate(doc, id)),
    addVendor(fields) {
      const id = newId();
      edit((doc) => addVendor(doc, { name: '', contact: '', notes: '', ...fields, id }));
      return id;
    },
    updateVendor: (id, patch, gesture) => edit((doc) => updateVendor(doc, id, patch), gesture),
    removeVendor: (id) => edit((doc) => removeVendor(doc, id)),
    addCriterion(fields) {
      const id = newId();
      edit((doc) =>
        addCriterion(doc, {
          name: '',
          builtin: '',
          parentId: null,
          direction: 'benefit',
          unit: '',
          scale: 'rating',
          scope: 'option',
          ...fields,
          id,
        }),
      );
      return id;
    },
    updateCriterion: (id, patch, gesture) =>
      edit((doc) => updateCriterion(doc, id, patch), gesture),
    removeCriterion: (id) => edit((doc) => removeCriterion(doc, id)),
    addRater(fields) {
      const id = newId();
      // New raters start from the group's weights (or step 1's suggestion), not from blank.
      edit((doc) =>
        addRaterWithStartingWeights(
          doc,
          { name: '', department: 'other', ...fields, id },
          startingWeights(doc, suggestedWeights(doc).weights),
          newId,
        ),
      );
      return id;
    },
    updateRater: (id, patch, gesture) => edit((doc) => updateRater(doc, id, patch), gesture),
    removeRater(id) {
      edit((doc) => removeRater(doc, id));
      if (get().decisionRaterId === id) set({ decisionRaterId: null });
    },

    setWeight: (raterId, criterionId, value, gesture) =>
      edit((doc) => setWeight(doc, raterId, criterionId, value, newId), gesture),
    setWeightMethod: (method) => edit((doc) => setWeightMethod(doc, method)),
    setJudgement: (raterId, rowId, colId, value, gesture) =>
      edit((doc) => setJudgement(doc, raterId, rowId, colId, value, newId), gesture),
    clearJudgement: (raterId, a, b) => edit((doc) => clearJudgement(doc, raterId, a, b)),
    moveInRankOrder: (raterId, siblingIds, criterionId, delta) =>
      edit((doc) => moveInRankOrder(doc, raterId, siblingIds, criterionId, delta, newId)),

    setScore: (key, patch, gesture) => edit((doc) => setScore(doc, key, patch, newId), gesture),
    clearScore: (key) => edit((doc) => clearScore(doc, key)),

    addCost(fields) {
      const id = newId();
      edit((doc) =>
        addCost(doc, { category: 'licence', kind: 'initial', amount: 0, note: '', ...fields, id }),
      );
      return id;
    },
    updateCost: (id, patch, gesture) => edit((doc) => updateCost(doc, id, patch), gesture),
    removeCost: (id) => edit((doc) => removeCost(doc, id)),
    setHorizonYears: (years, gesture) => edit((doc) => setHorizonYears(doc, years), gesture),
    setDiscountRate: (rate, gesture) => edit((doc) => setDiscountRate(doc, rate), gesture),

    async importScoreWorkbook(scope, bytes) {
      // The import is asynchronous: if the document changed meanwhile, read it again on top of
      // the new one rather than overwrite the edit.
      for (let attempt = 0; attempt < IMPORT_ATTEMPTS; attempt++) {
        const doc = get().doc;
        if (!doc) break;
        const result = await importScoreWorkbook(doc, bytes, scope, newId);
        if (!result.ok) return result;
        if (get().doc !== doc) continue;
        edit(() => result.document);
        return { ok: true, raters: result.raters, scores: result.scores, skipped: result.skipped };
      }
      return { ok: false, errors: [PROJECT_CHANGED] };
    },
    importScoresCsv(scope, text) {
      const doc = get().doc;
      if (!doc) return { ok: false, errors: [PROJECT_CHANGED] };
      const result = importScoresCsv(doc, text, scope, newId);
      if (!result.ok) return result;
      edit(() => result.document);
      const touched = result.document.decision.scores.filter(
        (s) => !doc.decision.scores.includes(s),
      );
      return {
        ok: true,
        raters: raterCount(touched),
        scores: result.scores,
        skipped: result.skipped,
      };
    },
    mergeRaterCopy(theirs) {
      const doc = get().doc;
      if (!doc) return null;
      const { document, report } = mergeRaters(doc, theirs, newId);
      edit(() => document);
      return report;
    },
  };
};
