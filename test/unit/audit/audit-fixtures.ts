import { loadQuestionnaire } from '../../../shared/audit/catalog.ts';
import { allQuestions, type Question } from '../../../shared/audit/questionnaire.ts';
import type { DimensionReadiness, ReadinessReport } from '../../../shared/audit/readiness.ts';
import { setAnswer, updateMeta } from '../../../shared/model/edits.ts';
import type { Answer, Industry, Language, ProjectDocument } from '../../../shared/model/schema.ts';
import { blankDocument, sequentialIds } from '../shared/fixtures.ts';

/** Test fixtures for the self-audit: small documents built from the blank template. */

type AnswerPatch = Partial<Omit<Answer, 'id' | 'questionId'>>;
/** A bare value (answered), or a patch for status, evidence and the rest. */
export type AnswerInput = Answer['value'] | readonly string[] | AnswerPatch;
/** Answers by question id; an `undefined` entry leaves the question unanswered. */
export type AnswerInputs = Readonly<Record<string, AnswerInput | undefined>>;

export const unknown: AnswerPatch = { status: 'unknown', value: null };
export const na: AnswerPatch = { status: 'na', value: null };
export const evidenced = (value: Answer['value'], evidence: string): AnswerPatch => ({
  status: 'answered',
  value,
  evidence,
});

const isList = (input: AnswerInput): input is readonly string[] => Array.isArray(input);

function toPatch(input: AnswerInput): AnswerPatch {
  if (isList(input)) return { status: 'answered', value: [...input] };
  if (typeof input === 'object' && input !== null) return input;
  return { status: 'answered', value: input };
}

/**
 * The blank template with exactly these answers (set through `setAnswer`, ids ans-1, ans-2…),
 * optionally for an industry (whose preset then applies its weights and targets).
 */
export function auditDoc(
  answers: AnswerInputs,
  options: { industry?: Industry; language?: Language } = {},
): ProjectDocument {
  const newId = sequentialIds('ans');
  let doc = blankDocument(options.language ?? 'en');
  if (options.industry) doc = updateMeta(doc, { industry: options.industry });
  for (const [questionId, input] of Object.entries(answers)) {
    if (input !== undefined) doc = setAnswer(doc, questionId, toPatch(input), newId);
  }
  return doc;
}

/** A question of the shipped questionnaire; throws for an unknown id so no row tests nothing. */
export function question(id: string, language: Language = 'en'): Question {
  const found = allQuestions(loadQuestionnaire(language)).find((q) => q.id === id);
  if (!found) throw new Error(`No question ${id}`);
  return found;
}

/** One dimension's row of a readiness report; throws for an unknown dimension. */
export function dimension(report: ReadinessReport, id: string): DimensionReadiness {
  const found = report.dimensions.find((d) => d.dimensionId === id);
  if (!found) throw new Error(`No dimension ${id}`);
  return found;
}
