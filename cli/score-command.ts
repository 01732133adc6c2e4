import {
  evaluateDecision,
  type DecisionEvaluation,
  type RankedSubject,
} from '../shared/decision/evaluate.ts';
import { localized, type Localized } from '../shared/i18n/localized.ts';
import { formatLocatedError } from '../shared/model/located-error.ts';
import { parseProject } from '../shared/model/parse.ts';
import type { Language } from '../shared/model/schema.ts';
import { EXIT, type CliIo } from './io.ts';

type Scope = 'option' | 'vendor';

const labels = {
  option: localized('Integration options (step 2)', '对接方案（第二步）'),
  vendor: localized('Vendors', '供应商'),
  weights: localized('Weights (group)', '权重（小组）'),
  weightedSum: localized('Weighted sum', '加权和'),
  topsis: localized('TOPSIS closeness', 'TOPSIS 贴近度'),
  agreement: localized('Rank agreement (Spearman)', '排名一致性（Spearman）'),
  sameTop: localized('same first choice', '首选一致'),
  differentTop: localized('different first choice', '首选不同'),
  consistency: localized('AHP consistency ratio per rater', '各评分人的 AHP 一致性比率'),
  revisit: localized('revisit', '建议复核'),
  thresholds: localized('Rank-reversal thresholds', '排名反转阈值'),
  probabilities: localized('Probability of ranking first', '排名第一的概率'),
  draws: localized('draws, seed', '次抽样，随机种子'),
  warnings: localized('Warnings', '提示'),
  none: localized('none', '无'),
} satisfies Record<string, Localized>;

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function rankingLines(
  title: string,
  ranking: readonly RankedSubject[],
  format: (n: number) => string,
) {
  return [
    title,
    ...ranking.map((r) => `  ${String(r.rank).padStart(2)}. ${r.name}  ${format(r.score)}`),
  ];
}

/** The text report of one scope's evaluation. */
export function scoreReport(evaluation: DecisionEvaluation, language: Language): string[] {
  const t = (text: Localized) => text[language];
  const lines = [`${t(labels[evaluation.scope])} — ${evaluation.weightMethod}`, ''];
  lines.push(t(labels.weights));
  for (const c of evaluation.criteria.filter((c) => c.isLeaf)) {
    lines.push(`  ${c.label[language].padEnd(28)} ${percent(c.weight).padStart(7)}`);
  }
  lines.push(
    '',
    ...rankingLines(t(labels.weightedSum), evaluation.weightedSum, (n) => (n * 100).toFixed(1)),
  );
  lines.push('', ...rankingLines(t(labels.topsis), evaluation.topsis, (n) => n.toFixed(3)));
  const { spearman, hasSameTop } = evaluation.agreement;
  lines.push(
    '',
    `${t(labels.agreement)}: ${spearman === null ? '—' : spearman.toFixed(2)}, ${t(hasSameTop ? labels.sameTop : labels.differentTop)}`,
  );
  const ahp = evaluation.ahp.byRater.flatMap((r) =>
    r.nodes.map((n) => {
      const cr = n.result.consistencyRatio;
      return `  ${r.name}: CR ${cr.toFixed(3)}${n.result.isConsistent ? '' : ` (${t(labels.revisit)})`}`;
    }),
  );
  lines.push('', t(labels.consistency), ...(ahp.length > 0 ? ahp : [`  ${t(labels.none)}`]));
  lines.push(
    '',
    t(labels.thresholds),
    ...evaluation.thresholds.map((th) => `  ${th.sentence[language]}`),
  );
  const { samples, seed, subjects } = evaluation.monteCarlo;
  const names = new Map(evaluation.subjects.map((s) => [s.id, s.name]));
  lines.push('', `${t(labels.probabilities)} (${samples} ${t(labels.draws)} ${seed})`);
  for (const s of subjects)
    lines.push(`  ${names.get(s.subjectId) ?? s.subjectId}: ${percent(s.firstProbability)}`);
  if (evaluation.warnings.length > 0) {
    lines.push(
      '',
      t(labels.warnings),
      ...evaluation.warnings.map((w) => `  - ${w.message[language]}`),
    );
  }
  return lines;
}

/**
 * The `--seed` value: undefined → the default seed; a safe integer as typed; anything else
 * ("abc", "1.5", "1e3", beyond ±2⁵³) → null, refused with the usage exit code rather than run as
 * seed 0 and printed as "seed NaN".
 */
export function parseSeed(value: string | number | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (!/^[+-]?\d+$/.test(text)) return null;
  const seed = Number(text);
  return Number.isSafeInteger(seed) ? seed : null;
}

/**
 * `traceready score <file> [--scope option|vendor|both] [--json] [--seed n]`: step 2's rankings,
 * weights, consistency ratios, rank-reversal thresholds and Monte Carlo probabilities.
 */
export async function scoreCommand(
  file: string,
  options: { json?: boolean; scope?: string; seed?: string | number; language: Language },
  io: CliIo,
): Promise<number> {
  const { language } = options;
  const scopes: Scope[] =
    options.scope === 'vendor'
      ? ['vendor']
      : options.scope === 'both'
        ? ['option', 'vendor']
        : ['option'];
  if (options.scope !== undefined && !['option', 'vendor', 'both'].includes(options.scope)) {
    io.err(
      localized(
        '--scope must be option, vendor or both.',
        '--scope 只能是 option、vendor 或 both。',
      )[language],
    );
    return EXIT.usage;
  }
  const seed = parseSeed(options.seed);
  if (seed === null) {
    io.err(
      localized(
        `--seed must be a whole number (got "${String(options.seed)}").`,
        `--seed 必须是整数（收到 "${String(options.seed)}"）。`,
      )[language],
    );
    return EXIT.usage;
  }
  let text: string;
  try {
    text = await io.readText(file);
  } catch {
    io.err(localized(`Cannot read ${file}`, `无法读取 ${file}`)[language]);
    return EXIT.invalid;
  }
  const parsed = parseProject(text);
  if (!parsed.ok) {
    for (const error of parsed.errors) io.err(`${file}#${formatLocatedError(error, language)}`);
    return EXIT.invalid;
  }
  const evaluations = scopes.map((scope) => evaluateDecision(parsed.document, { scope, seed }));
  if (options.json) {
    io.out(JSON.stringify(evaluations.length === 1 ? evaluations[0] : evaluations, null, 2));
  } else {
    evaluations.forEach((evaluation, i) => {
      if (i > 0) io.out('');
      for (const line of scoreReport(evaluation, language)) io.out(line);
    });
  }
  return EXIT.ok;
}
