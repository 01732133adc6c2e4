import type { Language, ProjectDocument } from '../model/schema.ts';
import { loadQuestionnaire, presetFor } from './catalog.ts';
import { preconditions, recommendations, redFlags } from './findings.ts';
import { flowSeeds, identifierGranularity, rolloutSeeds, suggestedWeights } from './handoffs.ts';
import { assessReadiness } from './readiness.ts';

/**
 * Everything step 1 derives from a project, in one call, for the app, the CLI and the report:
 * readiness per dimension, red flags, the prioritised gap list, preconditions and hand-offs.
 * Written text (recommendations, tasks) is in `language`, the questionnaire's language.
 */
export function assessAudit(doc: ProjectDocument, language: Language) {
  const questionnaire = loadQuestionnaire(language);
  const preset = presetFor(doc.meta.industry, language);
  return {
    questionnaire,
    preset,
    readiness: assessReadiness(doc, questionnaire, preset),
    redFlags: redFlags(doc, questionnaire),
    recommendations: recommendations(doc, questionnaire, preset),
    preconditions: preconditions(doc, questionnaire),
    handoffs: {
      weights: suggestedWeights(doc, {
        en: loadQuestionnaire('en'),
        'zh-CN': loadQuestionnaire('zh-CN'),
      }),
      flows: flowSeeds(doc),
      granularity: identifierGranularity(doc),
      rollout: rolloutSeeds(doc, questionnaire),
      decisions: doc.audit.handoffs,
    },
  };
}

export type AuditAssessment = ReturnType<typeof assessAudit>;
