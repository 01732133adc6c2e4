import type { Answer, Language, ProjectDocument } from '../model/schema.ts';

/**
 * Figures the self-audit reads from answers in the units plants know: a percentage typed as
 * such, or a count of a total ("38 of 120 raw materials"), and the target trace time in hours.
 * Every reader of a percentage (readiness, gap list, preconditions, report) goes through
 * {@link answerPercent}, so both ways of answering give the same result.
 */

/** The question holding the numeric trace-time target, in hours. */
export const TARGET_TRACE_HOURS_QUESTION = 'goal.target-hours';

/**
 * The percentage an answer stands for: `count / total × 100` when the plant entered a count of a
 * total, else the percentage typed in `value`. `null` when there is none: not answered, "don't
 * know", "not applicable", a zero total, or a count larger than its total.
 *
 * @example answerPercent({ …, value: null, count: 38, total: 120 }) // → 31.666…
 * @example answerPercent({ …, value: 62, count: null, total: null }) // → 62
 */
export function answerPercent(answer: Answer | undefined): number | null {
  if (!answer || answer.status !== 'answered') return null;
  const { count, total } = answer;
  if (count !== null && total !== null) {
    return total > 0 && count <= total ? (100 * count) / total : null;
  }
  return typeof answer.value === 'number' && Number.isFinite(answer.value) ? answer.value : null;
}

/** Whether the answer was given as a count of a total (rather than a percentage). */
export function isCountAnswer(answer: Answer | undefined): boolean {
  return answer?.count !== null && answer?.count !== undefined && answer.total !== null;
}

/** One decimal at most, no trailing zero: 33.333 → "33.3", 62 → "62". */
export const formatFigure = (value: number) => String(Math.round(value * 10) / 10);

/** A count with thousands separators and at most one decimal: 3500000 → "3,500,000". */
export const formatCount = (value: number) =>
  value.toLocaleString('en-US', { maximumFractionDigits: 1 });

/**
 * A share as the plant entered it: "38 of 120 (31.7%)" for a count (or "82 of 120 (68.3%)" for
 * the rest, with `isRest`), else "31.7%".
 */
export function describeShare(answer: Answer, isRest: boolean, language: Language): string | null {
  const percent = answerPercent(answer);
  if (percent === null) return null;
  const shown = formatFigure(isRest ? 100 - percent : percent);
  if (!isCountAnswer(answer)) return `${shown}%`;
  const total = answer.total ?? 0;
  const count = isRest ? total - (answer.count ?? 0) : (answer.count ?? 0);
  return language === 'zh-CN'
    ? `${formatCount(count)}/${formatCount(total)}（${shown}%）`
    : `${formatCount(count)} of ${formatCount(total)} (${shown}%)`;
}

/**
 * The team's target for tracing a finished lot to its supplier lots (and its customers), in
 * hours — "trace within 24 h" — or `null` until step 1 sets one. For readiness and for the
 * rollout gates (the trace test a phase must pass).
 *
 * @example targetTraceHours(docWithAnswer('goal.target-hours', 24)) // → 24
 */
export function targetTraceHours(doc: ProjectDocument): number | null {
  const answer = doc.audit.answers.find((a) => a.questionId === TARGET_TRACE_HOURS_QUESTION);
  if (!answer || answer.status !== 'answered' || typeof answer.value !== 'number') return null;
  return Number.isFinite(answer.value) && answer.value > 0 ? answer.value : null;
}

/**
 * The longest trace time, in hours, each level 0–5 of the "how fast can you trace today"
 * question stands for (its written levels: not possible; days on paper; 1–2 days; within a
 * working day; within 4 hours; minutes). "Within a working day" counts as within 24 hours, the
 * time FSMA 204 (21 CFR 1.1455(c)) gives to produce records.
 */
export const TRACE_LEVEL_HOURS: readonly number[] = [
  Number.POSITIVE_INFINITY,
  7 * 24,
  48,
  24,
  4,
  0.25,
];

/** The lowest trace-time level that meets a target in hours (5 when even 4 h is too slow). */
export function requiredTraceLevel(targetHours: number): number {
  const level = TRACE_LEVEL_HOURS.findIndex((hours) => hours <= targetHours);
  return level === -1 ? 5 : level;
}
