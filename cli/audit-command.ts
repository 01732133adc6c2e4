import { assessAudit, type AuditAssessment } from '../shared/audit/assessment.ts';
import { optionDimensions } from '../shared/audit/handoffs.ts';
import { allQuestions, type Pitfall } from '../shared/audit/questionnaire.ts';
import { builtinCriteria } from '../shared/decision/builtin-criteria.ts';
import { localized, type Localized } from '../shared/i18n/localized.ts';
import { formatLocatedError, type LocatedError } from '../shared/model/located-error.ts';
import { parseProject } from '../shared/model/parse.ts';
import { printedDocument } from '../shared/text/document-text.ts';
import type { Language, ProjectDocument } from '../shared/model/schema.ts';
import { glossary } from '../shared/i18n/glossary.ts';
import { countOf } from '../shared/i18n/plural.ts';
import {
  alignColumns,
  displayWidth,
  padEndToWidth,
  padStartToWidth,
} from '../shared/text/display-width.ts';
import { EXIT, labelled, type CliIo } from './io.ts';

/** How many lines of the prioritised gap list the report shows. */
export const TOP_RECOMMENDATIONS = 10;

const labels = {
  title: glossary.stepAudit,
  project: localized('Project', '项目'),
  preset: localized('Industry preset', '行业预设'),
  noPreset: localized('none', '无'),
  overall: glossary.readinessIndex,
  confidence: localized('confidence', '置信度'),
  dimension: localized('Dimension', '维度'),
  readiness: localized('Readiness', '准备度'),
  target: localized('Target', '目标'),
  gap: localized('Gap', '差距'),
  answered: localized('Answered', '已回答'),
  unknown: localized('Don’t know', '不清楚'),
  redFlags: glossary.redFlags,
  noRedFlags: localized('No red flags from the answers so far.', '目前的回答未触发红色警示。'),
  gaps: glossary.gapList,
  noGaps: localized('Nothing scores below 4 yet.', '目前没有低于 4 分的项。'),
  preconditions: localized('Before integration starts: data cleansing', '启动对接前：数据清理'),
  noPreconditions: localized(
    'No data precondition fails (or none measured yet).',
    '没有未达标的数据前提条件（或尚未测量）。',
  ),
  required: localized('required', '要求'),
  handoffs: localized('Hand-offs to steps 2 and 3', '移交给第二步和第三步'),
  weights: localized('Suggested weights for step 2', '第二步建议权重'),
  flows: localized('Seed flows for the diagram', '数据流图的初始数据流'),
  granularity: localized('Identifier granularity', '标识颗粒度'),
  tasks: localized('Cleansing tasks before phase 1', '第一阶段前的数据清理任务'),
  trainings: localized('Role-specific trainings', '分角色培训'),
  none: localized('none', '无'),
} satisfies Record<string, Localized>;

const pitfallNames: Record<Pitfall, Localized> = {
  'pure-it': localized('Pitfall 1 · pure IT project', '误区一 · 纯 IT 项目'),
  'full-interface': localized(
    'Pitfall 2 · “most complete” interfaces',
    '误区二 · 追求“功能最全”的接口',
  ),
  'half-chain': localized('Pitfall 3 · half chain', '误区三 · 半截式追溯'),
};

const granularityNames: Record<'lot' | 'serial' | 'mixed', Localized> = {
  lot: localized('lot (batch) level', '批次级'),
  serial: localized('unit (serial) level', '单品级'),
  mixed: localized('mixed: lots and serial numbers', '混合：批次与单品'),
};

const severityNames: Record<'high' | 'medium', Localized> = {
  high: localized('high', '高'),
  medium: localized('medium', '中'),
};

/** The report as data: what `--json` prints and what the text report lays out. */
export function auditReport(
  file: string,
  doc: ProjectDocument,
  assessment: AuditAssessment,
  language: Language,
) {
  const { questionnaire, readiness, handoffs } = assessment;
  const seeds = handoffs.flows;
  return {
    file,
    title: doc.meta.title,
    language,
    industry: doc.meta.industry,
    preset: assessment.preset?.name ?? null,
    overall: { readiness: readiness.overall, confidence: readiness.confidence },
    dimensions: readiness.dimensions.map((d) => ({
      id: d.dimensionId,
      name: questionnaire.dimensions.find((x) => x.id === d.dimensionId)?.name ?? d.dimensionId,
      readiness: d.readiness,
      target: d.target,
      gap: d.gap,
      answered: d.answered,
      applicable: d.applicable,
      unknown: d.unknownQuestionIds.length,
      unknownQuestionIds: d.unknownQuestionIds,
      openQuestionIds: d.openQuestionIds,
      confidence: d.confidence,
    })),
    redFlags: assessment.redFlags.map((f) => ({
      id: f.id,
      pitfall: f.pitfall,
      pitfallName: pitfallNames[f.pitfall][language],
      severity: f.severity,
      message: f.message[language],
      questionIds: f.questionIds,
    })),
    recommendations: assessment.recommendations.slice(0, TOP_RECOMMENDATIONS),
    recommendationCount: assessment.recommendations.length,
    preconditions: assessment.preconditions.map((p) => {
      const question = allQuestions(questionnaire).find((q) => q.id === p.questionId);
      return { ...p, question: question?.text ?? p.questionId, unit: question?.unit ?? '' };
    }),
    handoffs: {
      weights: optionDimensions.map((criterion) => ({
        criterion,
        name: builtinCriteria[criterion].label[language],
        weight: handoffs.weights.weights[criterion],
        /** As applied to the raters (one decimal). */
        percent: Math.round(handoffs.weights.weights[criterion] * 1000) / 10,
        reasons: handoffs.weights.adjustments
          .filter((a) => a.criterion === criterion)
          .map((a) => ({ points: a.points, text: a.reason[language], questionIds: a.questionIds })),
      })),
      flows: {
        count: seeds.length,
        core: seeds.filter((s) => s.isCore).length,
        twoWay: seeds.filter((s) => s.direction === 'two-way').length,
        byPhase: [1, 2, 3].map((phase) => seeds.filter((s) => s.phase === phase).length),
      },
      granularity: handoffs.granularity,
      cleansingTasks: handoffs.rollout.tasks.map(({ name, durationDays, questionId }) => ({
        name,
        durationDays,
        questionId,
      })),
      trainings: handoffs.rollout.trainings.map(({ audience, topic }) => ({ audience, topic })),
      decisions: handoffs.decisions,
    },
  };
}

export type AuditReport = ReturnType<typeof auditReport>;

const whole = (value: number | null) => (value === null ? '—' : String(Math.round(value)));
const oneDecimal = (value: number) => (Math.round(value * 10) / 10).toFixed(1);
const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** Punctuation differs: "Label: value (3)" in English, "标签：值（3）" in Chinese. */
const punctuation = {
  en: { colon: ': ', open: ' (', close: ')' },
  'zh-CN': { colon: '：', open: '（', close: '）' },
} as const;

/** The text report, one line per entry. */
export function formatAuditReport(report: AuditReport, language: Language): string[] {
  const t = (label: Localized) => label[language];
  const { colon, open, close } = punctuation[language];
  const paren = (text: string | number) => `${open}${text}${close}`;
  const lines: string[] = [];

  lines.push(t(labels.title));
  lines.push(`${t(labels.project)}${colon}${report.title || report.file}`);
  lines.push(`${t(labels.preset)}${colon}${report.preset ?? t(labels.noPreset)}`);
  const overall =
    report.overall.readiness === null ? '—' : `${oneDecimal(report.overall.readiness)} / 100`;
  const confidence = `${t(labels.confidence)} ${percent(report.overall.confidence)}`;
  lines.push(`${t(labels.overall)}${colon}${overall} · ${confidence}`);

  lines.push('');
  lines.push(
    ...alignColumns([
      [
        t(labels.dimension),
        t(labels.readiness),
        t(labels.target),
        t(labels.gap),
        t(labels.answered),
        t(labels.unknown),
      ],
      ...report.dimensions.map((d) => [
        d.name,
        whole(d.readiness),
        whole(d.target),
        whole(d.gap),
        `${d.answered}/${d.applicable}`,
        String(d.unknown),
      ]),
    ]),
  );

  lines.push('', t(labels.redFlags) + paren(report.redFlags.length));
  if (report.redFlags.length === 0) lines.push(`  ${t(labels.noRedFlags)}`);
  for (const flag of report.redFlags) {
    const severity = t(severityNames[flag.severity]);
    lines.push(`  ! [${flag.pitfallName} · ${severity}] ${flag.message}`);
  }

  const shown = report.recommendations.length;
  const total = report.recommendationCount;
  const topOf = localized(`top ${shown} of ${total}`, `前 ${shown} 项，共 ${total} 项`);
  lines.push('', t(labels.gaps) + paren(total > shown ? t(topOf) : total));
  if (shown === 0) lines.push(`  ${t(labels.noGaps)}`);
  report.recommendations.forEach((r, i) => {
    lines.push(`  ${padStartToWidth(String(i + 1), 2)}. [${oneDecimal(r.priority)}] ${r.text}`);
  });

  lines.push('', t(labels.preconditions) + paren(report.preconditions.length));
  if (report.preconditions.length === 0) lines.push(`  ${t(labels.noPreconditions)}`);
  for (const p of report.preconditions) {
    const figure = (value: number) => (p.unit === '%' ? `${value}%` : `${value} ${p.unit}`.trim());
    const required = paren(`${t(labels.required)} ${figure(p.requiredValue)}`);
    lines.push(`  - ${p.question}${colon}${figure(p.value)}${required}`);
    lines.push(`    → ${p.text}`);
  }

  const h = report.handoffs;
  lines.push('', t(labels.handoffs));
  lines.push(`  ${t(labels.weights)}${colon.trimEnd()}`);
  const nameWidth = Math.max(...h.weights.map((w) => displayWidth(w.name)));
  for (const w of h.weights) {
    lines.push(
      `    ${padEndToWidth(w.name, nameWidth)}  ${padStartToWidth(`${w.percent.toFixed(1)}%`, 6)}`,
    );
    for (const reason of w.reasons) lines.push(`      +${reason.points}${colon}${reason.text}`);
  }
  const byPhase = h.flows.byPhase.join('/');
  const flowCounts = localized(
    `${h.flows.count} (${h.flows.core} core, ${h.flows.twoWay} two-way; phases 1/2/3: ${byPhase})`,
    `${h.flows.count} 条（核心 ${h.flows.core} 条，双向 ${h.flows.twoWay} 条；第 1/2/3 阶段：${byPhase}）`,
  );
  lines.push(`  ${t(labels.flows)}${colon}${t(flowCounts)}`);
  const granularity = h.granularity === null ? '—' : t(granularityNames[h.granularity]);
  lines.push(`  ${t(labels.granularity)}${colon}${granularity}`);
  lines.push(`  ${t(labels.tasks)}${paren(h.cleansingTasks.length)}${colon.trimEnd()}`);
  if (h.cleansingTasks.length === 0) lines.push(`    ${t(labels.none)}`);
  for (const task of h.cleansingTasks) lines.push(`    - ${task.name}`);
  lines.push(`  ${t(labels.trainings)}${paren(h.trainings.length)}${colon.trimEnd()}`);
  if (h.trainings.length === 0) lines.push(`    ${t(labels.none)}`);
  for (const training of h.trainings) {
    lines.push(`    - ${training.audience}${colon}${training.topic}`);
  }
  return lines;
}

const describeReadError = (file: string, error: unknown): Localized => {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return localized(`No such file: ${file}`, `文件不存在：${file}`);
  if (code === 'EISDIR')
    return localized(`${file} is a folder, not a project file`, `${file} 是文件夹，不是项目文件`);
  const reason = error instanceof Error ? error.message : String(error);
  return localized(`Cannot read ${file}: ${reason}`, `无法读取 ${file}：${reason}`);
};

/** The project in a file, or located errors (an unreadable file is one error at the root). */
async function readProject(
  file: string,
  io: CliIo,
): Promise<{ ok: true; document: ProjectDocument } | { ok: false; errors: LocatedError[] }> {
  let text: string;
  try {
    text = await io.readText(file);
  } catch (error) {
    return { ok: false, errors: [{ pointer: '', message: describeReadError(file, error) }] };
  }
  return parseProject(text);
}

/**
 * `traceready audit <file>`: the step-1 report of a project — readiness per dimension, red
 * flags, the prioritised gap list, preconditions and hand-offs. Exit 0, or 1 when the file
 * cannot be read or is not a valid project (errors located like `validate`).
 */
export async function auditCommand(
  file: string,
  options: { json?: boolean; language: Language },
  io: CliIo,
): Promise<number> {
  const { language } = options;
  const result = await readProject(file, io);
  if (result.ok) {
    const doc = printedDocument(result.document, options.json);
    const report = auditReport(file, doc, assessAudit(doc, language), language);
    if (options.json) io.out(JSON.stringify(report, null, 2));
    else for (const line of formatAuditReport(report, language)) io.out(line);
    return EXIT.ok;
  }
  // Like `validate`: one located error per line, or as data with --json.
  if (options.json) {
    io.out(JSON.stringify({ file, isValid: false, errors: result.errors }, null, 2));
  } else {
    const count = countOf(result.errors.length, 'error', 'errors', '处错误');
    io.err(`✗ ${labelled(file, count[language], language)}`);
    for (const error of result.errors) io.err(`  ${file}#${formatLocatedError(error, language)}`);
  }
  return EXIT.invalid;
}
