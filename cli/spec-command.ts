import type { FlowFinding, FlowFindingSeverity } from '../shared/flows/findings.ts';
import { renderSpec, type SpecOutput } from '../shared/flows/render-spec.ts';
import { isDiagramImageFormat, renderDiagramImage } from './diagram-image.ts';
import { validateFlows } from '../shared/flows/validate.ts';
import { exportedFindings, findingsInLanguage } from '../shared/flows/findings-export.ts';
import { localized, type Localized } from '../shared/i18n/localized.ts';
import { formatLocatedError } from '../shared/model/located-error.ts';
import { parseProject } from '../shared/model/parse.ts';
import type { Language } from '../shared/model/schema.ts';
import { severityNames } from '../shared/i18n/glossary.ts';
import { countOf } from '../shared/i18n/plural.ts';
import { shownDocument } from '../shared/text/document-text.ts';
import { EXIT, labelled, type CliIo } from './io.ts';
import { resolveSpecTarget } from './spec-target.ts';

const describeError = (path: string, error: unknown): Localized => {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return localized(`No such file: ${path}`, `文件不存在：${path}`);
  if (code === 'EISDIR') return localized(`${path} is a folder`, `${path} 是文件夹`);
  const reason = error instanceof Error ? error.message : String(error);
  return localized(`Cannot access ${path}: ${reason}`, `无法访问 ${path}：${reason}`);
};

const severityMarks = { error: '✗', warning: '⚠', info: 'ℹ' } as const;

/** The diagram's findings, each with its fix, as printed after the specification. */
export function findingLines(findings: readonly FlowFinding[], language: Language): string[] {
  const t = (text: Localized) => text[language];
  const by = (severity: FlowFindingSeverity) =>
    findings.filter((f) => f.severity === severity).length;
  const colon = language === 'zh-CN' ? '：' : ': ';
  const counts = [
    countOf(by('error'), 'error', 'errors', '个错误'),
    countOf(by('warning'), 'warning', 'warnings', '个警告'),
    countOf(by('info'), 'note', 'notes', '个提示'),
  ].map(t);
  const lines = [
    `${t(localized('Diagram findings', '数据流图校验'))}${colon}${counts.join(language === 'zh-CN' ? '，' : ', ')}`,
  ];
  for (const finding of findings) {
    const severity = t(severityNames[finding.severity]);
    lines.push(`  ${severityMarks[finding.severity]} ${severity}${colon}${t(finding.message)}`);
    lines.push(`    ${t(localized('Fix', '修正'))}${colon}${t(finding.fix)}`);
  }
  return lines;
}

/**
 * `traceready spec <file> [--format <format>] -o <path|->`: writes a specification of the
 * project's data-flow diagram, then the diagram's findings with their fixes. The format comes
 * from `--format` or the file name, and `.yaml`/`.yml` writes YAML (see `resolveSpecTarget`);
 * with `-o -` the specification goes to standard output and the report to standard error.
 * With `--json`, stdout is one JSON object instead: what was written, and the diagram's findings
 * (rule, element id and name, severity, message, fix) as their own section.
 * Exit 0; 1 when the project cannot be read or is invalid (errors located like `validate`) or
 * the output cannot be written; 2 for an unknown format or one the file name contradicts.
 */
export async function specCommand(
  file: string,
  options: { format?: string; output: string; language: Language; json?: boolean },
  io: CliIo,
): Promise<number> {
  const { language, output } = options;
  const t = (text: Localized) => text[language];
  const target = resolveSpecTarget(options.format, output);
  if (!target.ok) {
    io.err(t(target.message));
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
    const count = countOf(result.errors.length, 'error', 'errors', '处错误');
    io.err(`✗ ${labelled(file, t(count), language)}`);
    for (const error of result.errors) io.err(`  ${file}#${formatLocatedError(error, language)}`);
    return EXIT.invalid;
  }
  let spec: SpecOutput;
  try {
    spec = isDiagramImageFormat(target.format)
      ? await renderDiagramImage(result.document, target.format)
      : await renderSpec(result.document, target.format, language, target.syntax);
  } catch (error) {
    // A renderer's failure (resvg, ELK, the xlsx writer) is reported, never a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    const format = target.format;
    io.err(
      `✗ ${t(localized(`${file}: cannot write ${format}: ${reason}`, `${file}：无法生成 ${format}：${reason}`))}`,
    );
    return EXIT.invalid;
  }
  // With `-o -` the specification is the output; everything else is a report on stderr.
  const report = (line: string) => (target.isStdout ? io.err(line) : io.out(line));
  try {
    if (target.isStdout) io.out(String(spec.content).trimEnd());
    else if (typeof spec.content === 'string') await io.writeText(output, spec.content);
    else await io.writeBytes(output, spec.content);
  } catch (error) {
    io.err(`✗ ${t(describeError(output, error))}`);
    return EXIT.invalid;
  }
  if (options.json && !target.isStdout) {
    const findings = findingsInLanguage(exportedFindings(result.document), language);
    const by = (severity: string) => findings.filter((f) => f.severity === severity).length;
    const counts = { error: by('error'), warning: by('warning'), info: by('info') };
    const summary = t(spec.summary);
    io.out(
      JSON.stringify({ file, format: target.format, output, summary, counts, findings }, null, 2),
    );
    return EXIT.ok;
  }
  const written = target.isStdout
    ? localized('Wrote to standard output: ', '已输出到标准输出：')
    : localized(`Wrote ${output}: `, `已写入 ${output}：`);
  report(`✓ ${t(written)}${t(spec.summary)}`);
  for (const line of findingLines(validateFlows(shownDocument(result.document)), language))
    report(line);
  return EXIT.ok;
}
