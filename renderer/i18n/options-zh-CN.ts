import type { optionsEn } from './options-en.ts';

/** 第二步页面（方案、供应商、权重、评分、结果）的中文文字。 */
export const optionsZhCN = {
  title: '第二步：对接方案与供应商选型',
} satisfies typeof optionsEn;
