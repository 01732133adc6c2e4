import type { rulesEn } from './rules-en.ts';

/** 第 14 号议题的输入文字：按数量填写的比例、不在范围内的合作方、待定协议。 */
export const rulesZhCN = {
  countOfTotal: {
    mode: { percent: '百分比', count: '数量/总数' },
    of: '/',
    derived: '= {{percent}}%',
    tooMany: '数量不能大于总数。',
    zeroTotal: '请填写大于零的总数。',
  },
  outOfScope: {
    toggle: '不在本项目范围内',
    reason: '理由（团队的决定）',
    placeholder: '例如：包装膜不接触食品；第四阶段再接入',
    needsReason: '请写明理由：没有理由时，校验仍按缺口处理。',
    decided: '校验会将其列为决定，而非缺口。',
  },
  protocolTbd: '待定',
} satisfies typeof rulesEn;
