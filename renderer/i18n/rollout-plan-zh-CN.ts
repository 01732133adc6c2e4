import type { rolloutPlanEn } from './rollout-plan-en.ts';

/** 第三步计划相关标签页的简体中文文字（上线计划页）。 */
export const rolloutPlanZhCN = {
  tabs: {
    plan: '计划',
    team: '专项小组与 RACI',
    gates: '阶段关口',
    risks: '风险',
    training: '培训',
    calendar: '工作日历',
  },
  placeholder: '即将推出。',
} satisfies typeof rolloutPlanEn;
