import { localized, type Localized } from '../shared/i18n/localized.ts';
import { formatLocatedError } from '../shared/model/located-error.ts';
import { parseProject } from '../shared/model/parse.ts';
import { printedDocument } from '../shared/text/document-text.ts';
import type { Language, ProjectDocument } from '../shared/model/schema.ts';
import { exportTasksCsv } from '../shared/rollout/export-csv.ts';
import { exportPlanIcs } from '../shared/rollout/export-ics.ts';
import { exportMspdi } from '../shared/rollout/export-mspdi.ts';
import { rolloutFindings } from '../shared/rollout/findings.ts';
import { gateStatus } from '../shared/rollout/gate-status.ts';
import { scheduleRollout } from '../shared/rollout/schedule.ts';
import type { RolloutSchedule } from '../shared/rollout/schedule-types.ts';
import { displayWidth } from '../shared/text/display-width.ts';
import { EXIT, type CliIo } from './io.ts';

/** The files `traceready plan --format` writes, the same the app exports. */
export const planFormats = ['ics', 'csv', 'mspdi'] as const;
/** One of {@link planFormats}. */
export type PlanFormat = (typeof planFormats)[number];

/** The format an output file's extension implies (`.xml` is MS Project XML), if any. */
export function formatOfPath(path: string): PlanFormat | null {
  const extension = path.toLowerCase().split('.').pop() ?? '';
  if (extension === 'ics' || extension === 'csv') return extension;
  return extension === 'xml' || extension === 'mspdi' ? 'mspdi' : null;
}

const labels = {
  title: localized('Rollout plan (step 3)', '分阶段实施计划（第三步）'),
  start: localized('Start', '开始'),
  finish: localized('Finish', '完成'),
  tasks: localized('tasks', '个任务'),
  workingDays: localized('working days', '个工作日'),
  noTasks: localized('The plan has no tasks yet.', '计划中尚无任务。'),
  critical: localized('Critical path', '关键路径'),
  phase: localized('Phase', '阶段'),
  goLive: localized('Go-live', '上线'),
  gate: localized('Gate', '关口'),
  passed: localized('passed', '已通过'),
  open: localized('open', '未通过'),
  noGate: localized('no items', '无检查项'),
  findings: localized('Findings', '检查结果'),
  noFindings: localized('No findings.', '没有问题。'),
  error: localized('error', '错误'),
  warning: localized('warning', '警告'),
  info: localized('note', '提示'),
} satisfies Record<string, Localized>;

/** The summary as data: what `--json` prints and what the text report lays out. */
export function planReport(
  file: string,
  doc: ProjectDocument,
  schedule: RolloutSchedule,
  language: Language,
) {
  const names = new Map(doc.rollout.tasks.map((t) => [t.id, t.name || t.id]));
  const gates = new Map(gateStatus(doc, schedule).map((g) => [g.phaseId, g]));
  const lastFinish = [...schedule.tasks.values()].reduce((m, t) => Math.max(m, t.earlyFinish), 0);
  return {
    file,
    title: doc.meta.title,
    language,
    start: schedule.start,
    finish: schedule.finish,
    taskCount: doc.rollout.tasks.length,
    workingDays: lastFinish,
    criticalPath: schedule.criticalPath.map((id) => ({
      id,
      name: names.get(id) ?? id,
      start: schedule.tasks.get(id)!.start,
      finish: schedule.tasks.get(id)!.finish,
    })),
    phases: doc.rollout.phases.map((phase) => {
      const dates = schedule.phases.get(phase.id);
      const gate = gates.get(phase.id);
      return {
        id: phase.id,
        name: phase.name,
        start: dates?.start ?? null,
        goLive: dates?.goLive ?? null,
        finish: dates?.finish ?? null,
        gate: {
          isPassed: gate?.isPassed ?? false,
          passed: gate?.passedCount ?? 0,
          total: phase.gates.length,
        },
      };
    }),
    cycles: schedule.cycles.map((c) => ({ taskIds: c.taskIds, message: c.message[language] })),
    findings: rolloutFindings(doc, schedule).map((f) => ({
      id: f.id,
      severity: f.severity,
      target: f.target,
      message: f.message[language],
      fix: f.fix[language],
    })),
  };
}

/** The data of the summary, as `--json` prints it. */
export type PlanReport = ReturnType<typeof planReport>;

const padEnd = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Lays out rows as left-aligned columns by display width (CJK counts two). */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows.map((row) =>
    row
      .map((cell, i) => padEnd(cell, widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}

/** The text report, one line per entry. */
export function formatPlanReport(report: PlanReport, language: Language): string[] {
  const t = (label: Localized) => label[language];
  const colon = language === 'en' ? ': ' : '：';
  const paren = (n: number) => (language === 'en' ? ` (${n})` : `（${n}）`);
  const lines = [`${t(labels.title)} — ${report.title || report.file}`];
  if (report.start === null || report.finish === null) {
    lines.push(t(labels.noTasks));
  } else {
    const size =
      language === 'en'
        ? `${report.taskCount} ${t(labels.tasks)}, ${report.workingDays} ${t(labels.workingDays)}`
        : `${report.taskCount} ${t(labels.tasks)}，${report.workingDays} ${t(labels.workingDays)}`;
    lines.push(
      `${t(labels.start)}${colon}${report.start} · ${t(labels.finish)}${colon}${report.finish} · ${size}`,
    );
    lines.push('', `${t(labels.critical)}${paren(report.criticalPath.length)}${colon.trimEnd()}`);
    for (const task of report.criticalPath) {
      lines.push(`  ${task.start} – ${task.finish}  ${task.name}`);
    }
  }
  if (report.phases.length > 0) {
    lines.push('');
    const gate = (g: PlanReport['phases'][number]['gate']) =>
      g.total === 0
        ? t(labels.noGate)
        : `${g.passed}/${g.total} ${t(g.isPassed ? labels.passed : labels.open)}`;
    lines.push(
      ...table([
        [t(labels.phase), t(labels.start), t(labels.goLive), t(labels.finish), t(labels.gate)],
        ...report.phases.map((p) => [
          p.name || p.id,
          p.start ?? '—',
          p.goLive ?? '—',
          p.finish ?? '—',
          gate(p.gate),
        ]),
      ]),
    );
  }
  lines.push('', `${t(labels.findings)}${paren(report.findings.length)}`);
  if (report.findings.length === 0) lines.push(`  ${t(labels.noFindings)}`);
  const mark = { error: '✗', warning: '!', info: 'i' } as const;
  for (const f of report.findings) {
    lines.push(`  ${mark[f.severity]} [${t(labels[f.severity])}] ${f.message}`);
    lines.push(`    → ${f.fix}`);
  }
  return lines;
}

const describeError = (file: string, error: unknown): Localized => {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return localized(`No such file: ${file}`, `文件不存在：${file}`);
  const reason = error instanceof Error ? error.message : String(error);
  return localized(`Cannot access ${file}: ${reason}`, `无法访问 ${file}：${reason}`);
};

/** Options of `traceready plan`. */
export type PlanCommandOptions = {
  json?: boolean;
  format?: string;
  output?: string;
  language: Language;
  /** Today (ISO date): the start of a plan without a start date. */
  today: string;
  /** Now (ISO date-time): the stamp of written files. */
  now: string;
};

/** Checks --format and -o together: the format to write, `null` for the summary, or a usage error. */
function outputFormat(options: PlanCommandOptions): PlanFormat | null | Localized {
  const { format, output } = options;
  const known = planFormats.join(', ');
  if (format !== undefined && !(planFormats as readonly string[]).includes(format)) {
    return localized(
      `Unknown format "${format}". Formats: ${known}`,
      `未知格式 "${format}"。可用格式：${known}`,
    );
  }
  if (output === undefined) {
    return format === undefined
      ? null
      : localized('--format needs -o <path>.', '--format 需要配合 -o <路径> 使用。');
  }
  const implied = formatOfPath(output);
  if (format === undefined && implied === null) {
    return localized(
      `Cannot tell the format from "${output}": use .ics, .csv or .xml, or give --format (${known}).`,
      `无法从 "${output}" 判断格式：请使用 .ics、.csv 或 .xml 扩展名，或指定 --format（${known}）。`,
    );
  }
  if (format !== undefined && implied !== null && implied !== format) {
    return localized(
      `--format ${format} contradicts the extension of "${output}" (${implied}).`,
      `--format ${format} 与 "${output}" 的扩展名（${implied}）不一致。`,
    );
  }
  return (format as PlanFormat | undefined) ?? implied;
}

/**
 * `traceready plan <file>`: the step-3 schedule summary — finish date, critical path, phases
 * with go-live and gate status, findings with their fixes; `--json` as data. With `-o <path>`
 * (and `--format ics|csv|mspdi`, else inferred from the extension) it writes the file the app
 * exports. Exit 0; 1 when the file is unreadable or invalid, or the output cannot be written;
 * 2 for an unknown or contradictory format.
 */
export async function planCommand(
  file: string,
  options: PlanCommandOptions,
  io: CliIo,
): Promise<number> {
  const { language } = options;
  const t = (text: Localized) => text[language];
  const format = outputFormat(options);
  if (format !== null && typeof format === 'object') {
    io.err(t(format));
    return EXIT.usage;
  }
  let text: string;
  try {
    text = await io.readText(file);
  } catch (error) {
    io.err(`✗ ${t(describeError(file, error))}`);
    return EXIT.invalid;
  }
  const result = parseProject(text);
  if (!result.ok) {
    const n = result.errors.length;
    io.err(`✗ ${file}: ${t(localized(`${n} error(s)`, `${n} 处错误`))}`);
    for (const error of result.errors) io.err(`  ${file}#${formatLocatedError(error, language)}`);
    return EXIT.invalid;
  }
  const doc = result.document;
  const schedule = scheduleRollout(doc, options.today);
  if (format === null) {
    const report = planReport(file, printedDocument(doc, options.json), schedule, language);
    if (options.json) io.out(JSON.stringify(report, null, 2));
    else for (const line of formatPlanReport(report, language)) io.out(line);
    return EXIT.ok;
  }
  const output = options.output!;
  const content = {
    ics: () => exportPlanIcs(doc, schedule, { language, now: options.now }),
    csv: () => exportTasksCsv(doc, schedule, language),
    mspdi: () => exportMspdi(doc, schedule, { language, now: options.now }),
  }[format]();
  try {
    await io.writeText(output, content);
  } catch (error) {
    io.err(`✗ ${t(describeError(output, error))}`);
    return EXIT.invalid;
  }
  const summary = localized(
    `✓ Wrote ${output} (${format}): ${doc.rollout.tasks.length} tasks, finish ${schedule.finish ?? '—'}`,
    `✓ 已写入 ${output}（${format}）：${doc.rollout.tasks.length} 个任务，完成于 ${schedule.finish ?? '—'}`,
  );
  io.out(t(summary));
  return EXIT.ok;
}
