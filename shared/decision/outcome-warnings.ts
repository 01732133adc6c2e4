import { joinChinese, nameList } from './decision-text.ts';
import { warn, type DecisionWarning } from './decision-warning.ts';
import type { Subject } from './decision-scope.ts';

/**
 * Warnings about the result itself rather than its input: a tie for first that list order must
 * not silently break, and a Monte Carlo run that had nothing uncertain to draw.
 */

/** Indices of the subjects sharing rank 1, in document order (empty for no subjects). */
export function tiedForFirst(ranks: readonly number[]): number[] {
  return ranks.flatMap((rank, i) => (rank === 1 ? [i] : []));
}

/**
 * `tied-first` when two or more subjects share the best weighted sum; `nothing-uncertain` when
 * there are subjects to compare but no score has a range, so every draw repeats the ranking.
 */
export function outcomeWarnings(
  subjects: readonly Subject[],
  weightedSumRanks: readonly number[],
  uncertainCellCount: number,
): DecisionWarning[] {
  const out: DecisionWarning[] = [];
  const tied = tiedForFirst(weightedSumRanks);
  if (tied.length >= 2) {
    const names = nameList(tied.map((i) => subjects[i]!.name));
    out.push(
      warn(
        'tied-first',
        'warning',
        `${names.en} are tied for first (equal weighted sums): list order does not decide between them — score a criterion that separates them.`,
        joinChinese(
          names.zh,
          '并列第一（加权得分相同）：列表顺序不代表优先，请补充能区分它们的评分。',
        ),
        { subjectIds: tied.map((i) => subjects[i]!.id) },
      ),
    );
  }
  if (subjects.length >= 2 && uncertainCellCount === 0) {
    out.push(
      warn(
        'nothing-uncertain',
        'info',
        'No score has a range (low–high), so the simulation had nothing uncertain to draw: its probabilities only repeat the ranking. Enter ranges to test how sure the scores are.',
        '没有任何评分填写了区间（最低–最高），模拟没有可抽样的不确定性：其概率只是重复排名结果。请填写区间以检验评分的把握程度。',
      ),
    );
  }
  return out;
}
