import { localized, type Localized } from '../i18n/localized.ts';
import type { ScopeModel } from './decision-scope.ts';
import { formatJudgement, formatNumber, formatPercent, joinChinese } from './decision-text.ts';
import { labelOf, warn, type DecisionWarning, type WarningContext } from './decision-warning.ts';
import { MAX_AHP_SIBLINGS } from '../model/limits.ts';
import type { AhpNode } from './rater-weights.ts';

/** "the main criteria" or "the sub-criteria of X", for AHP messages. */
function nodeName(model: ScopeModel, node: Pick<AhpNode, 'parentId'>): Localized {
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
    for (const parentId of weighting.oversizedParentIds) {
      const where = nodeName(model, { parentId });
      out.push(
        warn(
          'ahp-level-too-large',
          'warning',
          `Too many criteria to compare pairwise in ${where.en} (more than ${MAX_AHP_SIBLINGS}; AHP is meant for at most ${MAX_AHP_SIBLINGS} per level): they weigh equally until you group them under sub-criteria.`,
          joinChinese(
            where['zh-CN'],
            `超过 ${MAX_AHP_SIBLINGS} 个，无法两两比较（层次分析法每层最多 ${MAX_AHP_SIBLINGS} 个）：在按子标准分组之前，它们按相同权重计算。`,
          ),
          parentId === null ? {} : { criterionId: parentId },
        ),
      );
    }
    for (const c of weighting.contradictions) {
      const rater = model.raters.find((r) => r.id === c.raterId)?.name ?? c.raterId;
      const [row, col] = [label(c.rowId), label(c.colId)];
      const [ignored, used] = c.values.map(formatJudgement);
      out.push(
        warn(
          'contradictory-judgements',
          'warning',
          `${rater} compared "${row.en} vs ${col.en}" twice with different values (${ignored}, then ${used}); only ${used} counts — delete one of them.`,
          joinChinese(
            rater,
            '对“',
            row['zh-CN'],
            ' 与 ',
            col['zh-CN'],
            `”比较了两次且取值不同（先 ${ignored}，后 ${used}）；只采用 ${used}，请删除其中一条。`,
          ),
          { raterId: c.raterId, criterionId: c.rowId },
        ),
      );
    }
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
