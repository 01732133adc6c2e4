import { assessAudit, type AuditAssessment } from '../audit/assessment.ts';
import { evaluateDecision, type DecisionEvaluation } from '../decision/evaluate.ts';
import { validateFlows, type FlowFinding } from '../flows/validate.ts';
import { localized, type Localized } from '../i18n/localized.ts';
import type { Language, ProjectDocument } from '../model/schema.ts';
import type { RolloutSchedule } from '../rollout/schedule-types.ts';
import { scheduleRollout } from '../rollout/schedule.ts';

/**
 * Everything the report's chapters read, computed once from the document with the same pure
 * functions the app and the CLI use.
 */
export type ModelContext = {
  doc: ProjectDocument;
  language: Language;
  today: string;
  /** The text in the report's language. */
  say: (en: string, zh: string) => string;
  t: (text: Localized) => string;
  audit: AuditAssessment;
  option: DecisionEvaluation;
  vendor: DecisionEvaluation;
  schedule: RolloutSchedule;
  findings: FlowFinding[];
  /** Series colours, the brand colour first. */
  palette: string[];
  percent: (share: number, digits?: number) => string;
  money: (amount: number) => string;
  number: (value: number, digits?: number) => string;
};

/** Monte Carlo seed and draws of the report: the step-2 defaults, so figures match the app. */
export const REPORT_SEED = 42;
export const REPORT_SAMPLES = 10_000;

const PALETTE = ['#d9822b', '#2f6fb0', '#8e44ad', '#c0392b', '#16a085', '#7f8c8d', '#b7950b'];

export function modelContext(
  doc: ProjectDocument,
  language: Language,
  today: string,
  brandColor: string,
): ModelContext {
  const grouping = language === 'en' ? 'en-US' : 'zh-CN';
  const number = (value: number, digits = 0) =>
    value.toLocaleString(grouping, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  const currency = doc.decision.currency;
  return {
    doc,
    language,
    today,
    say: (en, zh) => localized(en, zh)[language],
    t: (text) => text[language],
    audit: assessAudit(doc, language),
    option: evaluateDecision(doc, { scope: 'option', seed: REPORT_SEED, samples: REPORT_SAMPLES }),
    vendor: evaluateDecision(doc, { scope: 'vendor', seed: REPORT_SEED, samples: REPORT_SAMPLES }),
    schedule: scheduleRollout(doc, today),
    findings: validateFlows(doc),
    palette: [brandColor, ...PALETTE],
    percent: (share, digits = 0) => `${(share * 100).toFixed(digits)}%`,
    money: (amount) => `${currency} ${number(amount)}`,
    number,
  };
}

/** Whether step 2 has something to rank: candidates with at least one score. */
export function hasRanking(evaluation: DecisionEvaluation): boolean {
  return (
    evaluation.subjects.length > 0 &&
    evaluation.matrix.raw.some((row) => row.some((v) => v !== null))
  );
}
