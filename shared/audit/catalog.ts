import presetsEn from '../../templates/audit/presets.en.json';
import presetsZh from '../../templates/audit/presets.zh-CN.json';
import questionnaireEn from '../../templates/audit/questionnaire.en.json';
import questionnaireZh from '../../templates/audit/questionnaire.zh-CN.json';
import type { Industry, Language } from '../model/schema.ts';
import {
  presetsSchema,
  questionnaireSchema,
  type IndustryPreset,
  type Questionnaire,
} from './questionnaire.ts';

const sources = {
  questionnaire: { en: questionnaireEn, 'zh-CN': questionnaireZh },
  presets: { en: presetsEn, 'zh-CN': presetsZh },
} as const;

const questionnaires = new Map<Language, Questionnaire>();
const presetLists = new Map<Language, IndustryPreset[]>();

/**
 * The self-audit questionnaire in one language, validated on first use. A template that fails
 * validation is a defect of TraceReady itself: this throws, and the template tests catch it.
 */
export function loadQuestionnaire(language: Language): Questionnaire {
  let questionnaire = questionnaires.get(language);
  if (!questionnaire) {
    questionnaire = questionnaireSchema.parse(sources.questionnaire[language]);
    questionnaires.set(language, questionnaire);
  }
  return questionnaire;
}

/** The industry presets in one language (food, pharma, automotive, electronics, chemicals). */
export function loadPresets(language: Language): IndustryPreset[] {
  let presets = presetLists.get(language);
  if (!presets) {
    presets = presetsSchema.parse(sources.presets[language]).presets;
    presetLists.set(language, presets);
  }
  return presets;
}

/** The preset of an industry, or `undefined` for "other". */
export function presetFor(industry: Industry, language: Language): IndustryPreset | undefined {
  return loadPresets(language).find((p) => p.industry === industry);
}
