import { joinChinese, nameList } from './decision-text.ts';
import { labelOf, warn, type DecisionWarning, type WarningContext } from './decision-warning.ts';
import { ahpWarnings } from './judgement-warnings.ts';
import { scoreWarnings } from './score-warnings.ts';

/**
 * Every warning of an evaluation, in both languages (the types are in decision-warning.ts).
 */

export type { DecisionWarning, DecisionWarningCode, WarningContext } from './decision-warning.ts';

function weightWarnings(ctx: WarningContext): DecisionWarning[] {
  const { model, weighting } = ctx;
  const out: DecisionWarning[] = [];
  const isGroup = model.raters.length > 1;
  for (const r of weighting.byRater.filter((w) => w.status === 'all-zero')) {
    const name = model.raters.find((x) => x.id === r.raterId)!.name;
    out.push(
      warn(
        'rater-weights-all-zero',
        'warning',
        isGroup
          ? `${name} gave every criterion weight 0; their weights are left out of the group's.`
          : `${name} gave every criterion weight 0; equal weights are used instead.`,
        isGroup
          ? joinChinese(name, '给所有标准的权重都是 0，未计入小组权重。')
          : joinChinese(name, '给所有标准的权重都是 0，已按相同权重计算。'),
        { raterId: r.raterId },
      ),
    );
  }
  if (model.leaves.length > 0 && !weighting.byRater.some((r) => r.status === 'weighted')) {
    out.push(
      warn(
        'no-weights',
        'warning',
        'No weights entered yet: every criterion weighs the same.',
        '尚未录入权重：所有标准按相同权重计算。',
      ),
    );
  }
  ctx.leafWeights.forEach((w, k) => {
    if (w > 0) return;
    const leaf = model.leaves[k]!;
    const label = model.labels[model.criteria.indexOf(leaf)]!;
    out.push(
      warn(
        'zero-weight',
        'info',
        `${label.en} has weight 0 and does not influence the ranking.`,
        joinChinese(label['zh-CN'], '权重为 0，不影响排名。'),
        { criterionId: leaf.id },
      ),
    );
  });
  return out;
}

/** Every warning of an evaluation, in a stable order: set-up, weights, judgements, scores, result. */
export function decisionWarnings(ctx: WarningContext): DecisionWarning[] {
  const { model } = ctx;
  const out: DecisionWarning[] = [];
  const isVendor = model.scope === 'vendor';
  if (model.unknownRaterId !== null) {
    const id = model.unknownRaterId;
    out.push(
      warn(
        'unknown-rater',
        'warning',
        `There is no rater "${id}"; nothing to evaluate for them.`,
        joinChinese('找不到评分人“', id, '”，无法按其评估。'),
        { raterId: id },
      ),
    );
  }
  if (model.subjects.length < 2) {
    out.push(
      isVendor
        ? warn(
            'too-few-subjects',
            'warning',
            'Fewer than two vendors to compare.',
            '可比较的供应商少于两家。',
          )
        : warn(
            'too-few-subjects',
            'warning',
            'Fewer than two candidate solutions to compare.',
            '可比较的候选方案少于两个。',
          ),
    );
  }
  if (model.criteria.length === 0) {
    out.push(
      isVendor
        ? warn(
            'no-criteria',
            'warning',
            'No vendor criteria defined yet.',
            '尚未定义供应商评价标准。',
          )
        : warn(
            'no-criteria',
            'warning',
            'No criteria for the candidate solutions defined yet.',
            '尚未定义方案评价标准。',
          ),
    );
  }
  if (model.hierarchy.cyclicIds.length > 0) {
    const labels = model.hierarchy.cyclicIds.map((id) => labelOf(model, id));
    const names = {
      en: nameList(labels.map((l) => l.en)).en,
      zh: nameList(labels.map((l) => l['zh-CN'])).zh,
    };
    out.push(
      warn(
        'criteria-cycle',
        'warning',
        `Criteria ${names.en} name each other as parent; they are treated as main criteria.`,
        joinChinese('评价标准', names.zh, '的上级关系构成循环，已按一级标准处理。'),
      ),
    );
  }
  out.push(...weightWarnings(ctx), ...ahpWarnings(ctx), ...scoreWarnings(ctx));
  if (ctx.weightedSumTop !== ctx.topsisTop && ctx.weightedSumTop >= 0 && ctx.topsisTop >= 0) {
    const a = model.subjects[ctx.weightedSumTop]!;
    const b = model.subjects[ctx.topsisTop]!;
    out.push(
      warn(
        'methods-disagree',
        'info',
        `The weighted sum ranks ${a.name} first, TOPSIS ranks ${b.name} first: the choice depends on the method, so look at the close criteria.`,
        joinChinese(
          '加权求和法首选',
          a.name,
          '，TOPSIS 首选',
          b.name,
          '：结论取决于方法，请复核差距较小的标准。',
        ),
        { subjectIds: [a.id, b.id] },
      ),
    );
  }
  return out;
}
