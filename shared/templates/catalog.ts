import blankEn from '../../templates/projects/blank.en.json';
import blankZh from '../../templates/projects/blank.zh-CN.json';
import foodPlantEn from '../../templates/examples/food-plant.en.json';
import foodPlantZh from '../../templates/examples/food-plant.zh-CN.json';
import { localized, type Localized } from '../i18n/localized.ts';
import { formatLocatedError } from '../model/located-error.ts';
import type { MigrationContext } from '../model/migrations.ts';
import { parseProjectValue } from '../model/parse.ts';
import type { Language, ProjectDocument } from '../model/schema.ts';

/**
 * Project templates shipped in `templates/`: starters (the model's defaults — five criteria,
 * three approaches, three rollout phases) and complete worked examples. Each exists in zh-CN
 * and en with identical entity ids, so a project started in one language can be merged with
 * or compared to one started in the other.
 */
export type ProjectTemplate = {
  id: string;
  kind: 'starter' | 'example';
  name: Localized;
  description: Localized;
  documents: Record<Language, unknown>;
};

export const projectTemplates: readonly ProjectTemplate[] = [
  {
    id: 'blank',
    kind: 'starter',
    name: localized('Blank project (three-step model)', '空白项目（三步走模型）'),
    description: localized(
      'The five scoring dimensions, the three integration approaches and a three-phase rollout; nothing else filled in.',
      '预置五个评分维度、三种对接方案和三阶段上线计划，其余留空。',
    ),
    documents: { en: blankEn, 'zh-CN': blankZh },
  },
  {
    id: 'food-plant',
    kind: 'example',
    name: localized(
      'Example: food plant (ERP + MES + QMS + WMS)',
      '示例：食品工厂（ERP + MES + QMS + WMS）',
    ),
    description: localized(
      'Huaxin Foods, Suzhou: three candidate solutions, five vendors, four raters, eleven flows and a phased plan.',
      '华欣食品苏州工厂：三个候选方案、五家供应商、四位评分人、十一条数据流和分阶段计划。',
    ),
    documents: { en: foodPlantEn, 'zh-CN': foodPlantZh },
  },
];

/** The template with this id, or `undefined`. */
export function findTemplate(id: string): ProjectTemplate | undefined {
  return projectTemplates.find((t) => t.id === id);
}

/**
 * The template's document in one language, validated. A template that fails validation is a
 * defect in TraceReady itself, so this throws (and the template tests catch it first).
 */
export function loadTemplateDocument(
  template: ProjectTemplate,
  language: Language,
): ProjectDocument {
  const result = parseProjectValue(template.documents[language]);
  if (!result.ok) {
    const detail = result.errors.map((e) => formatLocatedError(e, 'en')).join('; ');
    throw new Error(`Template ${template.id} (${language}) is invalid: ${detail}`);
  }
  return result.document;
}

/** A new project from a template: a fresh document id and today's timestamps. */
export function createProjectFromTemplate(
  template: ProjectTemplate,
  language: Language,
  context: MigrationContext,
): ProjectDocument {
  const doc = loadTemplateDocument(template, language);
  return {
    ...doc,
    id: context.newId(),
    meta: {
      ...doc.meta,
      language,
      createdAt: context.now,
      updatedAt: context.now,
      templateId: template.id,
    },
  };
}
