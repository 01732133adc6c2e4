import { localized, type Localized } from '../i18n/localized.ts';
import type { Archetype } from '../model/schema.ts';

/**
 * The five scoring dimensions of the three-step model (step 2, 决策者选型清单) and the vendor
 * criteria of step 3 (供应商选择：行业经验、服务能力、项目管理能力). Criteria with a `builtin`
 * key show these labels in the user's language unless the user renamed them.
 */
export const builtinCriteria = {
  'initial-cost': {
    label: localized('Initial cost', '初期投入成本'),
    hint: localized(
      'Software purchase, custom development, hardware: one-off costs.',
      '包括软件采购、定制开发、硬件部署等一次性费用。',
    ),
  },
  'maintenance-cost': {
    label: localized('Long-term maintenance cost', '长期维护成本'),
    hint: localized(
      'Annual service fees, technical support, internal staff.',
      '包括年度服务费、技术支持、内部人员维护成本等持续性支出。',
    ),
  },
  'implementation-speed': {
    label: localized('Implementation speed', '实施速度与周期'),
    hint: localized(
      'From project start to a usable go-live.',
      '从项目启动到系统上线可用需要多长时间。',
    ),
  },
  'data-security': {
    label: localized('Data security', '数据安全性'),
    hint: localized(
      'Where data is stored, encryption in transit, industry compliance.',
      '数据存储在哪里？传输过程是否加密？是否符合行业合规要求？',
    ),
  },
  scalability: {
    label: localized('Future scalability', '未来扩展性'),
    hint: localized(
      'New systems to connect, processes that change.',
      '需要对接更多新系统或调整流程时，方案是否能灵活支持。',
    ),
  },
  'industry-experience': {
    label: localized('Industry experience', '行业经验'),
    hint: localized(
      'Has served customers in your industry; understands your pain points.',
      '是否服务过你所在行业的客户？是否理解你的业务痛点？',
    ),
  },
  'service-capability': {
    label: localized('Local service capability', '服务能力'),
    hint: localized(
      'Local implementation and after-sales support; response speed.',
      '是否提供本地化的实施和售后支持？响应速度如何？',
    ),
  },
  'project-management': {
    label: localized('Project-management capability', '项目管理能力'),
    hint: localized(
      'A mature, transparent process to control schedule and risk.',
      '是否有一套成熟、透明的项目管理流程来控制进度和风险？',
    ),
  },
  references: {
    label: localized('References', '客户案例'),
    hint: localized('Comparable customers you can call.', '可联系核实的同类客户案例。'),
  },
} as const satisfies Record<string, { label: Localized; hint: Localized }>;

export type BuiltinCriterionKey = keyof typeof builtinCriteria;

/** Labels of the three integration approaches (方案 A/B/C). */
export const archetypeLabels: Record<Archetype, Localized> = {
  saas: localized('A. SaaS platform, standard API', '方案 A：平台型追溯系统（SaaS）标准 API'),
  custom: localized('B. Custom development on ERP/MES', '方案 B：针对现有系统的定制化开发'),
  ipaas: localized('C. iPaaS middleware', '方案 C：中间件（iPaaS）连接'),
};

/** The label a criterion shows: the user's name if given, else the built-in label. */
export function criterionLabel(
  criterion: { name: string; builtin: string },
  language: keyof Localized,
): string {
  if (criterion.name.trim() !== '') return criterion.name;
  // Own keys only: the key comes from a file, and "constructor" must not find Object.prototype's.
  if (!Object.hasOwn(builtinCriteria, criterion.builtin)) return criterion.builtin;
  return builtinCriteria[criterion.builtin as BuiltinCriterionKey].label[language];
}
