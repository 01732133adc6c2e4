import { localized, type Localized } from '../i18n/localized.ts';
import type { ScopeModel } from './decision-scope.ts';
import { formatJudgement, formatNumber, formatPercent, joinChinese } from './decision-text.ts';
import { labelOf, warn, type DecisionWarning, type WarningContext } from './decision-warning.ts';
import type { AhpNode } from './rater-weights.ts';

/** "the main criteria" or "the sub-criteria of X", for AHP messages. */
function nodeName(model: ScopeModel, node: AhpNode): Localized {
  const parent = model.criteria.findIndex((c) => c.id === node.parentId);
  if (parent === -1) return localized('the main criteria', '一级标准');
  const label = model.labels[parent]!;
  return localized(`the sub-criteria of ${label.en}`, joinChinese(label['zh-CN'], '的子标准'));
}

/** Inconsistent and missing pairwise judgements, and low group consensus. */
export function ahpWarnings(ctx: WarningContext): DecisionWarning[] {
  const { model, weighting } = ctx;
  const out: DecisionWarning[] = [];
  const label = (id: string) => labelOf(model, id);
  for (const { raterId, nodes } of weighting.ahpByRater) {
    const rater = model.raters.find((r) => r.id === raterId)!.name;
    for (const node of nodes) {
      const where = nodeName(model, node);
      const r = node.result;
      const worst = r.mostInconsistent;
      if (!r.isConsistent && worst) {
        const [row, col] = [label(worst.rowId), label(worst.colId)];
        const cr = formatNumber(r.consistencyRatio);
        const [given, fair, proposal] = [
          worst.value,
          worst.consistentValue,
          worst.suggestedValue,
        ].map(formatJudgement);
        out.push(
          warn(
            'inconsistent-judgements',
            'warning',
            `${rater}'s judgements on ${where.en} are inconsistent (CR ${cr} ≥ 0.10): revisit "${row.en} vs ${col.en} = ${given}"; a consistent value is about ${fair}, e.g. ${proposal}.`,
            joinChinese(
              rater,
              '对',
              where['zh-CN'],
              `的两两比较不一致（CR = ${cr} ≥ 0.10）：请复查“`,
              row['zh-CN'],
              ' 与 ',
              col['zh-CN'],
              ` = ${given}”，与其他判断一致的取值约为 ${fair}，建议 ${proposal}。`,
            ),
            { raterId, criterionId: worst.rowId },
          ),
        );
      }
      const pairs = (r.ids.length * (r.ids.length - 1)) / 2;
      if (weighting.method === 'ahp' && r.missingPairs.length > 0) {
        const k = r.missingPairs.length;
        out.push(
          warn(
            'missing-judgements',
            'info',
            `${rater} has not compared ${k} of ${pairs} pairs of ${where.en}; missing pairs count as equally important.`,
            joinChinese(
              rater,
              '在',
              where['zh-CN'],
              `中有 ${k}/${pairs} 对尚未比较，按同等重要处理。`,
            ),
            { raterId },
          ),
        );
      }
    }
  }
  if (weighting.method === 'ahp') {
    for (const node of weighting.ahpGroup ?? []) {
      if (node.consensus?.level !== 'low') continue;
      const where = nodeName(model, node);
      const pct = formatPercent(node.consensus.value);
      out.push(
        warn(
          'low-consensus',
          'warning',
          `Low consensus among raters on ${where.en} (${pct}): discuss the weights before deciding.`,
          joinChinese('评分人对', where['zh-CN'], `的共识度较低（${pct}），建议先讨论权重再决策。`),
        ),
      );
    }
  }
  return out;
}
