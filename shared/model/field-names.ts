import { localized, type Localized } from '../i18n/localized.ts';
import { departmentLabels } from '../i18n/glossary.ts';

/**
 * Names of project-file fields as the app shows them, for validation messages: a schema path
 * (array indices as `*`) to its name in both languages. Paths not listed fall back to the
 * name of their last key (`name`, `weight` …), and then to the JSON pointer alone.
 */
const byPath: Record<string, Localized> = {
  schemaVersion: localized('File format version', '文件格式版本'),
  id: localized('Project id', '项目标识'),
  'meta.title': localized('Project title', '项目名称'),
  'meta.client': localized('Client', '客户'),
  'meta.site': localized('Site', '工厂 / 地点'),
  'meta.industry': localized('Industry', '行业'),
  'meta.consultant': localized('Consultant', '顾问'),
  'meta.language': localized('Report language', '报告语言'),
  'meta.createdAt': localized('Created at', '创建时间'),
  'meta.updatedAt': localized('Updated at', '修改时间'),
  'meta.notes': localized('Goal and notes', '目标与备注'),
  'audit.answers.*.questionId': localized('Question of an answer', '回答对应的问题'),
  'audit.answers.*.status': localized('Answer status', '回答状态'),
  'audit.answers.*.value': localized('Answer', '回答'),
  'audit.targets.*.level': localized('Target level', '目标等级'),
  'decision.weightMethod': localized('Weighting method', '赋权方法'),
  'decision.candidates.*.name': localized('Candidate name', '候选方案名称'),
  'decision.candidates.*.archetype': localized('Approach', '对接方式'),
  'decision.vendors.*.name': localized('Vendor name', '供应商名称'),
  'decision.raters.*.name': localized('Rater name', '评分人姓名'),
  'decision.raters.*.department': localized('Rater department', '评分人部门'),
  'decision.criteria.*.label': localized('Criterion name', '标准名称'),
  'decision.criteria.*.direction': localized('Criterion direction', '标准方向'),
  'decision.criteria.*.scale': localized('Criterion scale', '评分尺度'),
  'decision.criteria.*.scope': localized('What the criterion evaluates', '标准的评估对象'),
  'decision.scores.*.value': localized('Score', '评分'),
  'decision.weights.*.value': localized('Weight', '权重'),
  'flows.systems.*.name': localized('System name', '系统名称'),
  'flows.systems.*.kind': localized('System kind', '系统类型'),
  'flows.systems.*.lane': localized('Lane', '泳道'),
  'flows.flows.*.sourceId': localized('Flow source', '数据流起点'),
  'flows.flows.*.targetId': localized('Flow target', '数据流终点'),
  'flows.flows.*.direction': localized('Flow direction', '数据流方向'),
  'flows.flows.*.trigger': localized('Flow trigger', '触发方式'),
  'flows.flows.*.protocol': localized('Protocol', '协议'),
  'rollout.phases.*.name': localized('Phase name', '阶段名称'),
  'rollout.tasks.*.name': localized('Task name', '任务名称'),
  'rollout.members.*.department': localized('Member department', '成员部门'),
};

const byKey: Record<string, Localized> = {
  name: localized('Name', '名称'),
  title: localized('Title', '标题'),
  label: localized('Name', '名称'),
  notes: localized('Notes', '备注'),
  weight: localized('Weight', '权重'),
  value: localized('Value', '数值'),
  department: localized('Department', '部门'),
  direction: localized('Direction', '方向'),
  status: localized('Status', '状态'),
  kind: localized('Kind', '类型'),
  role: localized('Role', '角色'),
  language: localized('Language', '语言'),
  industry: localized('Industry', '行业'),
  id: localized('Id', '标识'),
};

/** The display name of the field at a schema path, or null when it has none. */
export function fieldName(path: readonly PropertyKey[]): Localized | null {
  const pattern = path.map((part) => (typeof part === 'number' ? '*' : String(part))).join('.');
  const last = [...path].reverse().find((part) => typeof part === 'string');
  return byPath[pattern] ?? (typeof last === 'string' ? (byKey[last] ?? null) : null);
}

/**
 * Labels of enum values users meet in messages, by value (shared by several fields:
 * `one-way` is a flow direction, `benefit` a criterion direction).
 */
export const valueLabels: Record<string, Localized> = {
  food: localized('Food & beverage', '食品饮料'),
  pharma: localized('Pharmaceuticals', '医药'),
  automotive: localized('Automotive parts', '汽车零部件'),
  electronics: localized('Electronics', '电子'),
  chemicals: localized('Chemicals', '化工'),
  'zh-CN': localized('Chinese', '中文'),
  en: localized('English', '英文'),
  ...departmentLabels,
  benefit: localized('Benefit (higher is better)', '效益型（越高越好）'),
  cost: localized('Cost (lower is better)', '成本型（越低越好）'),
  'one-way': localized('One-way push', '单向推送'),
  'two-way': localized('Two-way sync', '双向同步'),
  direct: localized('Direct %', '直接百分比'),
  ahp: localized('AHP pairwise', 'AHP 两两比较'),
  rank: localized('Rank order', '排序法'),
  answered: localized('Answered', '已回答'),
  unknown: localized('Don’t know', '不清楚'),
  na: localized('Not applicable', '不适用'),
  upstream: localized('Upstream (suppliers)', '上游（供应商）'),
  internal: localized('Plant', '厂内'),
  downstream: localized('Downstream (customers)', '下游（客户）'),
  event: localized('Event / real-time', '事件 / 实时'),
  scheduled: localized('Scheduled batch', '定时批量'),
  manual: localized('Manual / file', '手工 / 文件'),
};
