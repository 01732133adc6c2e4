import type { Answer, ProjectDocument } from '../model/schema.ts';
import { answerPercent, requiredTraceLevel, targetTraceHours } from './answer-figures.ts';
import {
  isScored,
  type IndustryPreset,
  type Question,
  type Questionnaire,
} from './questionnaire.ts';

/** Target level of a dimension when neither the project nor the industry preset sets one. */
export const DEFAULT_TARGET_LEVEL = 4;

/** Answers by question id: every question has at most one answer. */
export type AnswerIndex = ReadonlyMap<string, Answer>;

export function indexAnswers(answers: readonly Answer[]): AnswerIndex {
  return new Map(answers.map((a) => [a.questionId, a]));
}

/**
 * Whether an answer carries a value (an empty text or an empty selection does not); a count of a
 * total with no typed percentage does.
 */
export function hasValue(answer: Answer | undefined): boolean {
  if (!answer || answer.status !== 'answered') return false;
  if (answer.value === null) return answer.count !== null && answerPercent(answer) !== null;
  if (typeof answer.value === 'string') return answer.value.trim() !== '';
  if (Array.isArray(answer.value)) return answer.value.length > 0;
  return Number.isFinite(answer.value);
}

/** Option ids (or the text) an answer holds, as a list. */
export function selectedOptions(answer: Answer | undefined): string[] {
  if (!hasValue(answer) || !answer) return [];
  if (Array.isArray(answer.value)) return answer.value;
  return typeof answer.value === 'string' ? [answer.value] : [];
}

/**
 * Whether a question is shown: conditional questions (e.g. label printing, only for serial-level
 * granularity) appear when the question they depend on holds one of the listed options, or any
 * value when no options are listed.
 */
export function isVisible(question: Question, answers: AnswerIndex): boolean {
  if (!question.showIf) return true;
  const answer = answers.get(question.showIf.questionId);
  if (!hasValue(answer)) return false;
  const anyOf = question.showIf.anyOf;
  return anyOf === null || selectedOptions(answer).some((id) => anyOf.includes(id));
}

/**
 * The maturity 0–5 an answer stands for, or `null` when it has none (unscored question, no
 * value). Choices score by their option; several choices add up to at most 5; numbers and
 * percentages are placed linearly between the question's `worst` (0) and `best` (5).
 *
 * @example percent with scale {worst: 80, best: 100}, answer 95 → 3.75
 */
export function answerMaturity(question: Question, answer: Answer | undefined): number | null {
  if (!isScored(question) || !hasValue(answer) || !answer) return null;
  const value = answer.value;
  switch (question.type) {
    case 'maturity':
      return typeof value === 'number' ? Math.min(5, Math.max(0, value)) : null;
    case 'single':
    case 'multi': {
      const chosen = question.options.filter((o) => selectedOptions(answer).includes(o.id));
      if (chosen.length === 0) return null;
      return Math.min(
        5,
        chosen.reduce((sum, o) => sum + (o.score ?? 0), 0),
      );
    }
    case 'number':
    case 'percent': {
      const figure = question.type === 'percent' ? answerPercent(answer) : value;
      if (typeof figure !== 'number' || !question.scale) return null;
      const { worst, best } = question.scale;
      return 5 * Math.min(1, Math.max(0, (figure - worst) / (best - worst)));
    }
    case 'text':
      return null;
  }
}

/** Whether an answer rests on evidence: a measured figure, or an evidence note given. */
export function isEvidenced(question: Question, answer: Answer | undefined): boolean {
  return hasValue(answer) && (question.isEvidence || (answer?.evidence.trim() ?? '') !== '');
}

/** A question's weight g_i: the questionnaire's, multiplied by the industry preset's factor. */
export function questionWeight(question: Question, preset: IndustryPreset | undefined): number {
  return question.weight * (preset?.weights[question.id] ?? 1);
}

export type DimensionReadiness = {
  dimensionId: string;
  /** Weighted maturity M = Σ(m_i·g_i)/Σg_i over answered items, as 0–100; null if none. */
  readiness: number | null;
  /** Target as 0–100 (level × 20). */
  target: number;
  /** How far readiness is below target (0 when at or above it); null without readiness. */
  gap: number | null;
  /** Scored, visible, applicable questions (not "not applicable"). */
  applicable: number;
  answered: number;
  /** Questions answered "don't know": they lower confidence, not readiness. */
  unknownQuestionIds: string[];
  /** Questions not answered yet. */
  openQuestionIds: string[];
  /**
   * 0–1: weight share of applicable questions answered with evidence (counts 1), answered as
   * opinion (counts ½), unknown or open (0).
   */
  confidence: number;
};

/** Today's trace time against the team's target (step 1's "trace within N hours"). */
export type TraceTimeReadiness = {
  targetHours: number;
  /** The lowest level of the trace-time question that meets the target. */
  requiredLevel: number;
  /** Today's level, or `null` while the trace-time question is open. */
  currentLevel: number | null;
  /** `null` while today's level is unknown. */
  isMet: boolean | null;
};

export type ReadinessReport = {
  dimensions: DimensionReadiness[];
  /** Overall readiness index 0–100: the mean of the dimensions that have a readiness. */
  overall: number | null;
  /** Overall confidence 0–1, weighted like the dimensions' own. */
  confidence: number;
  /** Trace time against the target; `null` until a target in hours is set. */
  traceTime: TraceTimeReadiness | null;
};

/** The trace-time question (a maturity question whose levels are times, see TRACE_LEVEL_HOURS). */
export const TRACE_TIME_QUESTION = 'goal.trace-time';

/** Today's trace time against the target in hours, `null` without a target. */
export function traceTimeReadiness(doc: ProjectDocument): TraceTimeReadiness | null {
  const targetHours = targetTraceHours(doc);
  if (targetHours === null) return null;
  const answer = indexAnswers(doc.audit.answers).get(TRACE_TIME_QUESTION);
  const currentLevel =
    hasValue(answer) && typeof answer?.value === 'number' ? Math.round(answer.value) : null;
  const requiredLevel = requiredTraceLevel(targetHours);
  return {
    targetHours,
    requiredLevel,
    currentLevel,
    isMet: currentLevel === null ? null : currentLevel >= requiredLevel,
  };
}

/** Target level 0–5 of a dimension: the project's own, else the industry preset's, else 4. */
export function targetLevel(
  doc: ProjectDocument,
  dimensionId: string,
  preset: IndustryPreset | undefined,
): number {
  const own = doc.audit.targets.find((t) => t.dimensionId === dimensionId);
  return own?.level ?? preset?.targets[dimensionId] ?? DEFAULT_TARGET_LEVEL;
}

/**
 * Readiness per dimension and overall (step 1 of the model): the weighted maturity of the
 * answered items, the target and the gap, and how far the figures can be trusted.
 * "Not applicable" removes an item; "don't know" keeps it out of the score but lowers confidence.
 */
export function assessReadiness(
  doc: ProjectDocument,
  questionnaire: Questionnaire,
  preset: IndustryPreset | undefined,
): ReadinessReport {
  const answers = indexAnswers(doc.audit.answers);
  let totalConfidenceWeight = 0;
  let totalWeight = 0;

  const dimensions = questionnaire.dimensions.map((dimension): DimensionReadiness => {
    const inDimension = questionnaire.sections
      .filter((s) => s.dimensionId === dimension.id)
      .flatMap((s) => s.questions)
      .filter((q) => isScored(q) && isVisible(q, answers));
    let weightedSum = 0;
    let answeredWeight = 0;
    let applicableWeight = 0;
    let confidenceWeight = 0;
    let answered = 0;
    let applicable = 0;
    const unknownQuestionIds: string[] = [];
    const openQuestionIds: string[] = [];
    for (const question of inDimension) {
      const answer = answers.get(question.id);
      if (answer?.status === 'na') continue;
      const g = questionWeight(question, preset);
      applicable += 1;
      applicableWeight += g;
      if (answer?.status === 'unknown') {
        unknownQuestionIds.push(question.id);
        continue;
      }
      const maturity = answerMaturity(question, answer);
      if (maturity === null) {
        openQuestionIds.push(question.id);
        continue;
      }
      answered += 1;
      weightedSum += maturity * g;
      answeredWeight += g;
      confidenceWeight += g * (isEvidenced(question, answer) ? 1 : 0.5);
    }
    const level = targetLevel(doc, dimension.id, preset);
    const readiness = answeredWeight > 0 ? (weightedSum / answeredWeight) * 20 : null;
    totalConfidenceWeight += confidenceWeight;
    totalWeight += applicableWeight;
    return {
      dimensionId: dimension.id,
      readiness,
      target: level * 20,
      gap: readiness === null ? null : Math.max(0, level * 20 - readiness),
      applicable,
      answered,
      unknownQuestionIds,
      openQuestionIds,
      confidence: applicableWeight > 0 ? confidenceWeight / applicableWeight : 0,
    };
  });

  const scoredDimensions = dimensions.filter((d) => d.readiness !== null);
  const overall =
    scoredDimensions.length > 0
      ? scoredDimensions.reduce((sum, d) => sum + (d.readiness ?? 0), 0) / scoredDimensions.length
      : null;
  return {
    dimensions,
    overall,
    confidence: totalWeight > 0 ? totalConfidenceWeight / totalWeight : 0,
    traceTime: traceTimeReadiness(doc),
  };
}
