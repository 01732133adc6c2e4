import {
  evaluateDecision,
  type DecisionEvaluation,
  type RankedSubject,
} from '../shared/decision/evaluate.ts';
import { localized, type Localized } from '../shared/i18n/localized.ts';
import { formatLocatedError } from '../shared/model/located-error.ts';
import { parseProject } from '../shared/model/parse.ts';
import { printedDocument } from '../shared/text/document-text.ts';
import type { Language } from '../shared/model/schema.ts';
import { glossary, weightMethodNames } from '../shared/i18n/glossary.ts';
import { alignColumns } from '../shared/text/display-width.ts';
import { EXIT, type CliIo } from './io.ts';

type Scope = 'option' | 'vendor';

const labels = {
  option: glossary.integrationOptions,
  vendor: glossary.vendors,
  weightMethod: localized('Weighting method', '赋权方法'),
  weights: localized('Weights (group)', '权重（小组）'),
  weightedSum: glossary.weightedSumScore,
  topsis: glossary.topsisCloseness,
  agreement: localized('Rank agreement (Spearman)', '排名一致性（Spearman 等级相关系数）'),
  sameTop: localized('same first choice', '首选一致'),
  differentTop: localized('different first choice', '首选不同'),
  consistency: localized('AHP consistency ratio per rater', '各评分人的 AHP 一致性比率'),
  revisit: localized('revisit', '建议复核'),
  thresholds: localized('Rank-reversal thresholds', '排名反转阈值'),
  probabilities: localized('Probability of ranking first', '排名第一的概率'),
  warnings: localized('Warnings', '提示'),
  none: localized('none', '无'),
} satisfies Record<string, Localized>;

/** Punctuation differs: "Label: value (3)" in English, "标签：值（3）" in Chinese. */
const punctuation = {
  en: { colon: ': ', open: ' (', close: ')', comma: ', ' },
  'zh-CN': { colon: '：', open: '（', close: '）', comma: '，' },
} as const;

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
/** Both rankings on the GUI's scale: 0–100 with one decimal. */
const outOf100 = (value: number) => (value * 100).toFixed(1);

function rankingLines(title: string, ranking: readonly RankedSubject[]) {
  return [
    title,
    ...alignColumns(
      ranking.map((r) => [`  ${String(r.rank).padStart(2)}. ${r.name}`, outOf100(r.score)]),
    ),
  ];
}

/** The text report of one scope's evaluation. */
export function scoreReport(evaluation: DecisionEvaluation, language: Language): string[] {
  const t = (text: Localized) => text[language];
  const { colon, open, close, comma } = punctuation[language];
  const method = t(weightMethodNames[evaluation.weightMethod]);
  const lines = [
    `${t(glossary.stepOptions)} · ${t(labels[evaluation.scope])}`,
    `${t(labels.weightMethod)}${colon}${method}`,
    '',
  ];
  lines.push(t(labels.weights));
  lines.push(
    ...alignColumns(
      evaluation.criteria
        .filter((c) => c.isLeaf)
        .map((c) => [`  ${c.label[language]}`, percent(c.weight)]),
    ),
  );
  lines.push('', ...rankingLines(t(labels.weightedSum), evaluation.weightedSum));
  lines.push('', ...rankingLines(t(labels.topsis), evaluation.topsis));
  const { spearman, hasSameTop } = evaluation.agreement;
  lines.push(
    '',
    `${t(labels.agreement)}${colon}${spearman === null ? '—' : spearman.toFixed(2)}${comma}${t(hasSameTop ? labels.sameTop : labels.differentTop)}`,
  );
  const ahp = evaluation.ahp.byRater.flatMap((r) =>
    r.nodes.map((n) => {
      const cr = n.result.consistencyRatio;
      const revisit = n.result.isConsistent ? '' : `${open}${t(labels.revisit)}${close}`;
      return `  ${r.name}${colon}CR ${cr.toFixed(3)}${revisit}`;
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
  const draws = localized(
    `${samples.toLocaleString('en')} draws, seed ${seed}`,
    `${samples} 次抽样，随机种子 ${seed}`,
  );
  lines.push('', `${t(labels.probabilities)}${open}${t(draws)}${close}`);
  lines.push(
    ...alignColumns(
      subjects.map((s) => [
        `  ${names.get(s.subjectId) ?? s.subjectId}`,
        percent(s.firstProbability),
      ]),
    ),
  );
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
  const doc = printedDocument(parsed.document, options.json);
  const evaluations = scopes.map((scope) => evaluateDecision(doc, { scope, seed }));
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
