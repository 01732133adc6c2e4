import type { workEn } from './work-en.ts';

/** 在界面线程之外完成的耗时工作：第二步评估、打开大文件。 */
export const workZhCN = {
  evaluation: {
    running: '正在计算排名概率…（已完成 {{completed}} / {{total}} 次抽样）',
    preparing: '正在准备评估…',
    stale: '当前显示的是您上次修改之前的结果。',
    cancel: '取消',
    cancelled: '已取消计算，当前显示的结果可能已过时。',
    cancelledEmpty: '已取消计算。',
    failed: '评估失败：{{message}}',
    recalculate: '重新计算',
  },
  open: {
    reading: '正在读取 {{name}}…',
    checking: '正在检查 {{name}}…',
    cancel: '取消',
    cancelled: '已取消打开，当前项目保持不变。',
  },
} satisfies typeof workEn;
