import { joinChinese, nameList } from './decision-text.ts';
import { warn, type DecisionWarning, type WarningContext } from './decision-warning.ts';

/** Raters who scored nothing, missing and out-of-range scores, and TCO figures standing in. */
export function scoreWarnings(ctx: WarningContext): DecisionWarning[] {
  const { model, table } = ctx;
  const out: DecisionWarning[] = [];
  const isGroup = model.raters.length > 1;
  for (const id of table.ratersWithoutScores) {
    const name = model.raters.find((r) => r.id === id)!.name;
    out.push(
      warn(
        'rater-without-scores',
        isGroup ? 'info' : 'warning',
        `${name} has not scored anything here yet.`,
        joinChinese(name, '在此尚未评分。'),
        { raterId: id },
      ),
    );
  }
  model.leaves.forEach((leaf, k) => {
    const label = model.labels[model.criteria.indexOf(leaf)]!;
    const column = table.cells.map((row) => row[k]!);
    const subjectsWith = (test: (i: number) => boolean) => model.subjects.filter((_, i) => test(i));
    if (column.every((c) => c.source === 'none')) {
      out.push(
        warn(
          'criterion-unscored',
          'warning',
          `${label.en} has no scores yet and does not influence the ranking.`,
          joinChinese(label['zh-CN'], '尚无任何评分，不影响排名。'),
          { criterionId: leaf.id },
        ),
      );
      return;
    }
    const groups = [
      {
        code: 'missing-scores' as const,
        severity: 'warning' as const,
        subjects: subjectsWith((i) => column[i]!.source === 'imputed'),
        en: (names: string) =>
          `${label.en}: no score for ${names}; the criterion's mean score stands in.`,
        zh: (names: string) =>
          joinChinese(label['zh-CN'], '：', names, '尚无评分，暂按该标准的平均分计算。'),
      },
      {
        code: 'tco-used' as const,
        severity: 'info' as const,
        subjects: subjectsWith((i) => column[i]!.source === 'tco'),
        en: (names: string) =>
          `${label.en}: no rater scores for ${names}; their TCO from the cost items is used.`,
        zh: (names: string) =>
          joinChinese(label['zh-CN'], '：', names, '无评分，采用成本明细计算的 TCO。'),
      },
      {
        code: 'rating-out-of-range' as const,
        severity: 'warning' as const,
        subjects: subjectsWith((i) => table.ratingsOutOfRange.some(([s, l]) => s === i && l === k)),
        en: (names: string) =>
          `${label.en}: ratings of ${names} lie outside 1–10 and are cut to that range.`,
        zh: (names: string) =>
          joinChinese(label['zh-CN'], '：', names, '的评分超出 1–10，按 1–10 截断计算。'),
      },
    ];
    for (const g of groups) {
      if (g.subjects.length === 0) continue;
      const names = nameList(g.subjects.map((s) => s.name));
      out.push(
        warn(g.code, g.severity, g.en(names.en), g.zh(names.zh), {
          criterionId: leaf.id,
          subjectIds: g.subjects.map((s) => s.id),
        }),
      );
    }
  });
  return out;
}
