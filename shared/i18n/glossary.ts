import type { Department } from '../model/schema.ts';
import { localized, type Localized } from './localized.ts';

/**
 * The product's terms, one wording per language, used by both the app (renderer/i18n) and
 * the `traceready` command so a user meets the same word in both. Chinese terms follow the
 * consulting model's own wording (内部需求自审, 方案与供应商选型, 实施计划).
 */
export const glossary = {
  selfAudit: localized('Self-audit', '内部需求自审'),
  optionSelection: localized('Options & vendors', '方案与供应商选型'),
  rollout: localized('Rollout', '实施计划'),
  dataFlows: localized('Data flows', '数据流'),
  stepAudit: localized('Step 1 — Internal needs self-audit', '第一步：内部需求自审'),
  stepOptions: localized('Step 2 — Option selection', '第二步：对接方案选型'),
  stepRollout: localized(
    'Step 3 — Implementation and risk management',
    '第三步：项目实施与风险规避',
  ),
  readinessIndex: localized('Readiness index', '准备度指数'),
  redFlags: localized('Red flags', '红色警示'),
  gapList: localized('Prioritised gap list', '按优先级排列的差距清单'),
  weightedSum: localized('Weighted sum', '加权求和'),
  /** TOPSIS relative closeness, shown ×100 everywhere (GUI and CLI) on the 0–100 scale. */
  topsisCloseness: localized('TOPSIS closeness (0–100)', 'TOPSIS 贴近度（0–100）'),
  weightedSumScore: localized('Weighted sum (0–100)', '加权求和（0–100）'),
  integrationOptions: localized('Integration options', '对接方案'),
  vendors: localized('Vendors', '供应商'),
} satisfies Record<string, Localized>;

/** How raters give weights (schema `decision.weightMethod`). */
export const weightMethodNames = {
  direct: localized('Direct %', '直接百分比'),
  ahp: localized('AHP pairwise', 'AHP 两两比较'),
  rank: localized('Rank order', '排序法'),
} satisfies Record<string, Localized>;

/** Project template kinds (shared/templates/catalog.ts). */
export const templateKindNames = {
  starter: localized('Starter', '起步模板'),
  example: localized('Worked example', '完整示例'),
} satisfies Record<string, Localized>;

/** Severity of a diagram finding (shared/flows/findings.ts). */
export const severityNames = {
  error: localized('Error', '错误'),
  warning: localized('Warning', '警告'),
  info: localized('Note', '提示'),
} satisfies Record<string, Localized>;

/** Department names, for documents, messages and exports made in shared/ (the renderer has the same words). */
export const departmentLabels: Record<Department, Localized> = {
  management: localized('Management', '管理层'),
  it: localized('IT', 'IT'),
  production: localized('Production', '生产'),
  procurement: localized('Procurement', '采购'),
  qc: localized('Quality control', '品控'),
  warehouse: localized('Warehouse', '仓储'),
  finance: localized('Finance', '财务'),
  supplier: localized('Supplier', '供应商'),
  customer: localized('Customer', '客户'),
  vendor: localized('Vendor', '服务商'),
  other: localized('Other', '其他'),
};
