import type { Answer, Department } from '../model/schema.ts';
import type { Question, Questionnaire, Section } from './questionnaire.ts';
import { hasValue, isVisible, type AnswerIndex } from './readiness.ts';

/** Whether the team has responded to a question: a value, "don't know" or "not applicable". */
export function isResponded(answer: Answer | undefined): boolean {
  return answer !== undefined && (answer.status !== 'answered' || hasValue(answer));
}

/** The questions of a section a workshop sees: visible ones, optionally one department's. */
export function questionsToShow(
  section: Section,
  answers: AnswerIndex,
  department: Department | null,
): Question[] {
  return section.questions.filter(
    (q) =>
      isVisible(q, answers) &&
      (department === null || (answers.get(q.id)?.department ?? q.department) === department),
  );
}

export type SectionProgress = { sectionId: string; done: number; total: number };

/** Progress per section over the visible questions, for the questionnaire's navigation. */
export function sectionProgress(
  questionnaire: Questionnaire,
  answers: AnswerIndex,
): SectionProgress[] {
  return questionnaire.sections.map((section) => {
    const visible = section.questions.filter((q) => isVisible(q, answers));
    return {
      sectionId: section.id,
      done: visible.filter((q) => isResponded(answers.get(q.id))).length,
      total: visible.length,
    };
  });
}
