import type { StateCreator } from 'zustand';
import { setAnswer, setAuditTarget } from '../../shared/model/edits.ts';
import {
  applyFlowSeeds,
  applyPreset,
  applyRolloutSeeds,
  applySuggestedWeights,
  recordHandoff,
  type ApplyContext,
} from '../../shared/audit/apply.ts';
import { loadQuestionnaire, presetFor } from '../../shared/audit/catalog.ts';
import { flowSeeds, rolloutSeeds, suggestedWeights } from '../../shared/audit/handoffs.ts';
import { newId } from '../../shared/model/ids.ts';
import type { Answer, Language } from '../../shared/model/schema.ts';
import type { AppState } from './app-store.ts';
import type { Gesture } from './gesture-history.ts';

/**
 * Slices per step. Each action is a thin call of a pure edit in shared/model/edits.ts through
 * `editDocument`, so it is one undo step and the document stays referentially valid. The
 * feature issues grow these; the foundation gives each step its first real actions.
 */
export type AuditSlice = {
  answerQuestion: (
    questionId: string,
    patch: Partial<Omit<Answer, 'id' | 'questionId'>>,
    gesture?: Gesture,
  ) => void;
  setAuditTarget: (dimensionId: string, level: number) => void;
  /** Fills unanswered questions from the industry preset of the project's industry. */
  applyIndustryPreset: () => void;
  /** Accepts one of step 1's hand-offs: applies it to steps 2/3 or the diagram, as one undo step. */
  acceptHandoff: (handoff: 'weights' | 'flows' | 'rollout') => void;
  /** The team overrides the suggestion: recorded, nothing applied. */
  dismissHandoff: (handoff: 'weights' | 'flows' | 'rollout') => void;
};

const applyContext = (language: Language): ApplyContext => ({
  newId,
  now: new Date().toISOString(),
  language,
});

export const createAuditSlice: StateCreator<AppState, [], [], AuditSlice> = (_set, get) => ({
  answerQuestion(questionId, patch, gesture) {
    get().editDocument((doc) => setAnswer(doc, questionId, patch, newId), gesture);
  },
  setAuditTarget(dimensionId, level) {
    get().editDocument((doc) => setAuditTarget(doc, dimensionId, level, newId));
  },
  applyIndustryPreset() {
    get().editDocument((doc) => {
      const preset = presetFor(doc.meta.industry, doc.meta.language);
      return preset ? applyPreset(doc, preset, newId) : doc;
    });
  },
  acceptHandoff(handoff) {
    get().editDocument((doc) => {
      // Written into the document in the project's language, whatever the UI shows.
      const language = doc.meta.language;
      const context = applyContext(language);
      if (handoff === 'weights') {
        const questionnaires = { en: loadQuestionnaire('en'), 'zh-CN': loadQuestionnaire('zh-CN') };
        return applySuggestedWeights(doc, suggestedWeights(doc, questionnaires), context);
      }
      if (handoff === 'flows') return applyFlowSeeds(doc, flowSeeds(doc), context);
      return applyRolloutSeeds(doc, rolloutSeeds(doc, loadQuestionnaire(language)), context);
    });
  },
  dismissHandoff(handoff) {
    get().editDocument((doc) =>
      recordHandoff(doc, handoff, 'dismissed', applyContext(doc.meta.language)),
    );
  },
});
