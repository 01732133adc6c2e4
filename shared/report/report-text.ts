import { localized } from '../i18n/localized.ts';

/** The report's fixed words in both languages (zh-CN with full-width punctuation). */
export const words = {
  reportTitle: localized('Traceability integration assessment', '原材料质量追溯系统对接评估报告'),
  subtitle: localized('Three-step assessment report', '三步走评估报告'),
  contents: localized('Contents', '目录'),
  pageOf: localized('Page {page} of {total}', '第 {page} 页，共 {total} 页'),
  client: localized('Client', '客户'),
  site: localized('Site', '工厂'),
  consultant: localized('Consultant', '顾问'),
  consultancy: localized('Prepared by', '编制单位'),
  date: localized('Date', '日期'),
  industry: localized('Industry', '行业'),
  chapters: {
    summary: localized('Executive summary', '执行摘要'),
    audit: localized('Step 1 — Self-audit', '第一步：内部需求自审'),
    options: localized('Step 2 — Options and vendors', '第二步：对接方案与供应商选型'),
    flows: localized('Data flows', '数据流'),
    rollout: localized('Step 3 — Rollout plan', '第三步：分阶段上线计划'),
    appendix: localized('Appendix', '附录'),
  },
  notFilled: {
    audit: localized(
      'Step 1 has not been filled in yet: no questionnaire answers are recorded, so no readiness can be stated.',
      '第一步尚未填写：没有问卷回答，因此无法给出准备度。',
    ),
    options: localized(
      'Step 2 has not been filled in yet: there are no candidate solutions with scores to rank.',
      '第二步尚未填写：没有可排名的候选方案及评分。',
    ),
    vendors: localized('No vendors have been scored yet.', '尚未对供应商评分。'),
    flows: localized(
      'The data-flow diagram is empty: no systems or flows have been drawn yet.',
      '数据流图为空：尚未绘制系统和数据流。',
    ),
    rollout: localized(
      'Step 3 has not been filled in yet: the rollout plan has no tasks.',
      '第三步尚未填写：上线计划中还没有任务。',
    ),
    team: localized('No task-force members are recorded.', '尚未登记专项小组成员。'),
    risks: localized('No risks are recorded.', '尚未登记风险。'),
    training: localized('No training is planned.', '尚未安排培训。'),
    costs: localized(
      'No costs have been entered, so no TCO can be shown.',
      '尚未录入成本，无法计算总拥有成本。',
    ),
  },
  none: localized('none', '无'),
  yes: localized('yes', '是'),
  no: localized('no', '否'),
  open: localized('open', '未完成'),
  done: localized('done', '已完成'),
};
