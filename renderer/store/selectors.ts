import { documentSummary, projectProgress } from '../../shared/overview/progress.ts';
import { assessAudit, type AuditAssessment } from '../../shared/audit/assessment.ts';
import { validateFlows } from '../../shared/flows/validate.ts';
import type { Language, ProjectDocument } from '../../shared/model/schema.ts';
import type { AppState } from './app-store.ts';

/**
 * Derived data as selectors over the document. Derivations that build new arrays are memoised
 * per document object (documents are immutable), so React sees a stable value between edits.
 */
function memoByDocument<T>(derive: (doc: ProjectDocument) => T): (doc: ProjectDocument) => T {
  const cache = new WeakMap<ProjectDocument, T>();
  return (doc) => {
    let value = cache.get(doc);
    if (value === undefined) {
      value = derive(doc);
      cache.set(doc, value);
    }
    return value;
  };
}

export const selectIsDirty = (state: AppState): boolean =>
  state.doc !== null && state.doc !== state.savedDoc;

const progressOf = memoByDocument(projectProgress);
export const selectProgress = (state: AppState) => (state.doc ? progressOf(state.doc) : []);

export const selectTitle = (state: AppState): string => state.doc?.meta.title ?? '';

const summaryOf = memoByDocument(documentSummary);
export const selectSummary = (state: AppState) => (state.doc ? summaryOf(state.doc) : null);

export const selectCanUndo = (state: { pastStates: unknown[] }) => state.pastStates.length > 0;
export const selectCanRedo = (state: { futureStates: unknown[] }) => state.futureStates.length > 0;

const auditByLanguage = new WeakMap<ProjectDocument, Map<Language, AuditAssessment>>();
/**
 * Step 1's assessment of the open project in the UI language (readiness, red flags, gap list,
 * hand-offs), computed once per document and language.
 */
export const selectAudit = (state: AppState): AuditAssessment | null => {
  const doc = state.doc;
  if (!doc) return null;
  let byLanguage = auditByLanguage.get(doc);
  if (!byLanguage) {
    byLanguage = new Map();
    auditByLanguage.set(doc, byLanguage);
  }
  let assessment = byLanguage.get(state.language);
  if (!assessment) {
    assessment = assessAudit(doc, state.language);
    byLanguage.set(state.language, assessment);
  }
  return assessment;
};

const findingsOf = memoByDocument(validateFlows);
/** The data-flow diagram's validation findings (rule, severity, element, message, fix). */
export const selectFlowFindings = (state: AppState) => (state.doc ? findingsOf(state.doc) : []);
