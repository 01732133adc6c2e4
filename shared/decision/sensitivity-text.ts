import { localized, type Localized } from '../i18n/localized.ts';
import { formatPercent, joinChinese, nameList } from './decision-text.ts';
import type { RankReversalThreshold } from './sensitivity.ts';

/**
 * The sentences decision makers ask for, in both languages: "Custom development overtakes SaaS
 * when data security weighs more than 41 %".
 */

/**
 * The threshold of one criterion as a sentence. `criterion` is its label in both languages;
 * `subjectName` gives a subject's name (user text, the same in both languages); `tiedWithTop`
 * lists the subjects that share the first place with `threshold.top`. Thresholds are rounded
 * toward the side that keeps the sentence true (up for "more than", down for "less than").
 */
export function thresholdSentence(
  threshold: RankReversalThreshold,
  criterion: Localized,
  subjectName: (index: number) => string,
  isAdjustable = true,
  tiedWithTop: readonly number[] = [],
): Localized {
  const top = subjectName(threshold.top);
  const zh = criterion['zh-CN'];
  if (!isAdjustable) {
    return localized(
      `${criterion.en} carries all the weight, so its weight cannot change on its own.`,
      joinChinese(zh, '承担全部权重，无法单独调整。'),
    );
  }
  const parts: Localized[] = [];
  if (threshold.increase) {
    const rival = subjectName(threshold.increase.newTop);
    // Rounded up: "more than 40.7%" stays true when the exact threshold is 40.65%.
    const at = formatPercent(threshold.increase.weight, 'up');
    parts.push(
      localized(
        `${rival} overtakes ${top} when ${criterion.en} weighs more than ${at}`,
        joinChinese('当', zh, '权重超过', at, '时，', rival, '超过', top),
      ),
    );
  }
  if (threshold.decrease) {
    const rival = subjectName(threshold.decrease.newTop);
    // Rounded down: "less than 8.4%" stays true when the exact threshold is 8.4517%.
    const at = formatPercent(threshold.decrease.weight, 'down');
    parts.push(
      localized(
        `${rival} overtakes ${top} when ${criterion.en} weighs less than ${at}`,
        joinChinese('当', zh, '权重低于', at, '时，', rival, '超过', top),
      ),
    );
  }
  if (parts.length === 0 && tiedWithTop.length > 0) {
    const names = nameList([top, ...tiedWithTop.map(subjectName)]);
    return localized(
      `${names.en} stay tied for first at any weight of ${criterion.en} from 0% to 100%.`,
      joinChinese(zh, '权重在 0%–100% 之间任意变化，', names.zh, '始终并列第一。'),
    );
  }
  if (parts.length === 0) {
    return localized(
      `${top} stays first at any weight of ${criterion.en} from 0% to 100%.`,
      joinChinese(zh, '权重在 0%–100% 之间任意变化，', top, '始终排名第一。'),
    );
  }
  return localized(
    `${parts.map((p) => p.en).join('; ')}.`,
    `${parts.map((p) => p['zh-CN']).join('；')}。`,
  );
}
