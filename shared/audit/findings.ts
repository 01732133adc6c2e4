import type { ProjectDocument } from '../model/schema.ts';
import { adviceFor, needsAdviceAnyway } from './advice.ts';
import { answerPercent, formatFigure } from './answer-figures.ts';
import { answerMaturity, indexAnswers, isVisible, questionWeight } from './readiness.ts';
import {
  allQuestions,
  type IndustryPreset,
  type Question,
  type Questionnaire,
} from './questionnaire.ts';

/** The self-audit's gap list and data preconditions; red flags are in `red-flags.ts`. */

export { redFlags, type RedFlag } from './red-flags.ts';
export { fillAnswerFigures } from './advice.ts';

/** One line of the prioritised gap list: what to do, in the questionnaire's language. */
export type Recommendation = {
  questionId: string;
  dimensionId: string;
  /** (5 − maturity) × weight: the larger, the more it holds readiness back. */
  priority: number;
  maturity: number;
  text: string;
};

/** A data-quality condition that must hold before integration starts. */
export type Precondition = {
  questionId: string;
  /** The percentage (or number) the answer stands for, derived from a count where one was given. */
  value: number;
  requiredValue: number;
  text: string;
};

/** Fills `{{value}}` and `{{missing}}` (100 − value) into a recommendation template. */
export function fillRecommendation(template: string, value: unknown): string {
  if (typeof value !== 'number') return template;
  return template
    .replaceAll('{{value}}', formatFigure(value))
    .replaceAll('{{missing}}', formatFigure(100 - value));
}

/**
 * The prioritised gap list: every answered question scoring below 4 (or a trace time short of
 * its target) with advice computed for this project, largest (5 − maturity) × weight first.
 */
export function recommendations(
  doc: ProjectDocument,
  questionnaire: Questionnaire,
  preset: IndustryPreset | undefined,
): Recommendation[] {
  const answers = indexAnswers(doc.audit.answers);
  const list: Recommendation[] = [];
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      if (!isVisible(question, answers) || question.recommendation === '') continue;
      const answer = answers.get(question.id);
      const maturity = answerMaturity(question, answer);
      if (maturity === null || (maturity >= 4 && !needsAdviceAnyway(question, doc))) continue;
      list.push({
        questionId: question.id,
        dimensionId: section.dimensionId,
        priority: (5 - maturity) * questionWeight(question, preset),
        maturity,
        text: adviceFor(question, answer, doc, questionnaire.language),
      });
    }
  }
  return list.sort((a, b) => b.priority - a.priority);
}

/** Whether a measured figure fails its precondition (direction from the question's scale). */
function failsPrecondition(question: Question, value: number): boolean {
  if (question.preconditionAt === null || !question.scale) return false;
  const isLowerBetter = question.scale.best < question.scale.worst;
  return isLowerBetter ? value > question.preconditionAt : value < question.preconditionAt;
}

/** The figure an answer stands for: the percentage (typed or from a count), else its number. */
function figureOf(question: Question, answer: Parameters<typeof answerPercent>[0]) {
  if (question.type === 'percent') return answerPercent(answer);
  return answer?.status === 'answered' && typeof answer.value === 'number' ? answer.value : null;
}

/**
 * Data cleansing that must be done before integration starts: each measured figure that misses
 * its threshold (batch management on every raw material, supplier lots on receipts…).
 */
export function preconditions(doc: ProjectDocument, questionnaire: Questionnaire): Precondition[] {
  const answers = indexAnswers(doc.audit.answers);
  return allQuestions(questionnaire).flatMap((question) => {
    const answer = answers.get(question.id);
    const value = figureOf(question, answer);
    if (value === null || !isVisible(question, answers) || !failsPrecondition(question, value))
      return [];
    return [
      {
        questionId: question.id,
        value,
        requiredValue: question.preconditionAt ?? value,
        text: adviceFor(question, answer, doc, questionnaire.language),
      },
    ];
  });
}
