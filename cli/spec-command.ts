import { isSpecFormat, renderSpec, specFormats } from '../shared/flows/render-spec.ts';
import { validateFlows } from '../shared/flows/validate.ts';
import { localized, type Localized } from '../shared/i18n/localized.ts';
import { formatLocatedError } from '../shared/model/located-error.ts';
import { parseProject } from '../shared/model/parse.ts';
import type { Language } from '../shared/model/schema.ts';
import { isDiagramImageFormat, renderDiagramImage, diagramImageFormats } from './diagram-image.ts';
import { EXIT, type CliIo } from './io.ts';

const describeError = (path: string, error: unknown): Localized => {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return localized(`No such file: ${path}`, `文件不存在：${path}`);
  if (code === 'EISDIR') return localized(`${path} is a folder`, `${path} 是文件夹`);
  const reason = error instanceof Error ? error.message : String(error);
  return localized(`Cannot access ${path}: ${reason}`, `无法访问 ${path}：${reason}`);
};

/**
 * `traceready spec <file> --format <format> -o <path>`: writes a specification of the project's
 * data-flow diagram, or its picture (svg, png). Exit 0; 1 when the project cannot be read or is invalid (errors located like
 * `validate`) or the output cannot be written; 2 for an unknown format (the list is printed).
 */
export async function specCommand(
  file: string,
  options: { format: string; output: string; language: Language },
  io: CliIo,
): Promise<number> {
  const { language, output } = options;
  const t = (text: Localized) => text[language];
  const format = options.format;
  if (!isSpecFormat(format) && !isDiagramImageFormat(format)) {
    const known = [...specFormats, ...diagramImageFormats].join(', ');
    io.err(
      t(
        localized(
          `Unknown format "${options.format}". Formats: ${known}`,
          `未知格式 "${options.format}"。可用格式：${known}`,
        ),
      ),
    );
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
  const spec = isDiagramImageFormat(format)
    ? await renderDiagramImage(result.document, format)
    : await renderSpec(result.document, format, language);
  try {
    if (typeof spec.content === 'string') await io.writeText(output, spec.content);
    else await io.writeBytes(output, spec.content);
  } catch (error) {
    io.err(`✗ ${t(describeError(output, error))}`);
    return EXIT.invalid;
  }
  const findings = validateFlows(result.document);
  const by = (severity: string) => findings.filter((f) => f.severity === severity).length;
  io.out(`✓ ${t(localized(`Wrote ${output}: `, `已写入 ${output}：`))}${t(spec.summary)}`);
  io.out(
    t(
      localized(
        `  Diagram findings: ${by('error')} error(s), ${by('warning')} warning(s), ${by('info')} note(s)`,
        `  数据流图校验：${by('error')} 个错误，${by('warning')} 个警告，${by('info')} 个提示`,
      ),
    ),
  );
  return EXIT.ok;
}
