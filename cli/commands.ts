import { localized } from '../shared/i18n/localized.ts';
import { formatLocatedError, type LocatedError } from '../shared/model/located-error.ts';
import { parseProject } from '../shared/model/parse.ts';
import type { Language } from '../shared/model/schema.ts';
import { serializeProject } from '../shared/model/serialize.ts';
import {
  createProjectFromTemplate,
  findTemplate,
  projectTemplates,
} from '../shared/templates/catalog.ts';
import { templateKindNames } from '../shared/i18n/glossary.ts';
import { countOf } from '../shared/i18n/plural.ts';
import { displayWidth, padEndToWidth } from '../shared/text/display-width.ts';
import { shownLine, unsafeTextWarnings } from '../shared/text/document-text.ts';
import { EXIT, labelled, type CliIo } from './io.ts';

type FileReport = {
  file: string;
  isValid: boolean;
  title: string;
  errors: LocatedError[];
  /** Text fields holding characters that exports leave out (shared/text/document-text.ts). */
  warnings: LocatedError[];
};

const describeReadError = (file: string, error: unknown) => {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return localized(`No such file: ${file}`, `文件不存在：${file}`);
  if (code === 'EISDIR')
    return localized(`${file} is a folder, not a project file`, `${file} 是文件夹，不是项目文件`);
  const reason = error instanceof Error ? error.message : String(error);
  return localized(`Cannot read ${file}: ${reason}`, `无法读取 ${file}：${reason}`);
};

/** `traceready validate <files…>`: exit 0 when every file is a valid project, else 1. */
export async function validateCommand(
  files: string[],
  options: { json?: boolean; language: Language },
  io: CliIo,
): Promise<number> {
  const reports: FileReport[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await io.readText(file);
    } catch (error) {
      reports.push({
        file,
        isValid: false,
        title: '',
        errors: [{ pointer: '', message: describeReadError(file, error) }],
        warnings: [],
      });
      continue;
    }
    const result = parseProject(text);
    reports.push(
      result.ok
        ? {
            file,
            isValid: true,
            title: options.json
              ? result.document.meta.title
              : shownLine(result.document.meta.title),
            errors: [],
            warnings: unsafeTextWarnings(result.document),
          }
        : { file, isValid: false, title: '', errors: result.errors, warnings: [] },
    );
  }
  if (options.json) {
    io.out(JSON.stringify(reports, null, 2));
  } else {
    for (const report of reports) {
      if (report.isValid) {
        const ok = localized('valid', '有效');
        io.out(
          `✓ ${labelled(report.file, ok[options.language], options.language)} — ${report.title}`,
        );
        printWarnings(report, options.language, io);
      } else {
        const count = countOf(report.errors.length, 'error', 'errors', '处错误');
        io.err(`✗ ${labelled(report.file, count[options.language], options.language)}`);
        for (const error of report.errors)
          io.err(`  ${report.file}#${formatLocatedError(error, options.language)}`);
      }
    }
  }
  return reports.every((r) => r.isValid) ? EXIT.ok : EXIT.invalid;
}

/** `⚠ file: 2 warnings`, then each warning located like an error (`file#/pointer: message`). */
function printWarnings(report: FileReport, language: Language, io: CliIo) {
  if (report.warnings.length === 0) return;
  const count = countOf(report.warnings.length, 'warning', 'warnings', '个警告');
  io.out(`⚠ ${labelled(report.file, count[language], language)}`);
  for (const warning of report.warnings)
    io.out(`  ${report.file}#${formatLocatedError(warning, language)}`);
}

/** `traceready new --template <id> -o <file>`: a new project file from a shipped template. */
export async function newCommand(
  options: {
    template: string;
    output: string;
    force?: boolean;
    language: Language;
    now: string;
    newId: () => string;
  },
  io: CliIo,
): Promise<number> {
  const template = findTemplate(options.template);
  if (!template) {
    const known = projectTemplates.map((t) => t.id).join(', ');
    const message = localized(
      `Unknown template “${options.template}”. Templates: ${known}`,
      `未知模板“${options.template}”。可用模板：${known.replaceAll(', ', '、')}`,
    );
    io.err(message[options.language]);
    return EXIT.usage;
  }
  if (!options.force && (await io.exists(options.output))) {
    const message = localized(
      `${options.output} already exists; use --force to overwrite it.`,
      `${options.output} 已存在；如需覆盖请加 --force。`,
    );
    io.err(message[options.language]);
    return EXIT.usage;
  }
  const doc = createProjectFromTemplate(template, options.language, {
    now: options.now,
    newId: options.newId,
  });
  await io.writeText(options.output, serializeProject(doc));
  const message = localized(
    `Created ${options.output} from the template “${template.name.en}”`,
    `已根据模板“${template.name['zh-CN']}”创建 ${options.output}`,
  );
  io.out(message[options.language]);
  return EXIT.ok;
}

/** `traceready templates`: the shipped templates, one per line. */
export function templatesCommand(
  options: { json?: boolean; language: Language },
  io: CliIo,
): number {
  if (options.json) {
    io.out(
      JSON.stringify(
        projectTemplates.map(({ id, kind, name, description }) => ({
          id,
          kind,
          name,
          description,
        })),
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  // The id is what `new --template` takes; kind and name in the output language.
  const rows = projectTemplates.map((t) => ({
    id: t.id,
    kind: templateKindNames[t.kind][options.language],
    name: t.name[options.language],
  }));
  const idWidth = Math.max(...rows.map((r) => displayWidth(r.id)));
  const kindWidth = Math.max(...rows.map((r) => displayWidth(r.kind)));
  for (const row of rows) {
    io.out(`${padEndToWidth(row.id, idWidth)}  ${padEndToWidth(row.kind, kindWidth)}  ${row.name}`);
  }
  return EXIT.ok;
}
