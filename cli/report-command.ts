import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, extname, join } from 'node:path';
import { localized, type Localized } from '../shared/i18n/localized.ts';
import { formatLocatedError } from '../shared/model/located-error.ts';
import { parseProject } from '../shared/model/parse.ts';
import { reportSections, type Language, type ReportSection } from '../shared/model/schema.ts';
import { buildReportModel, type ReportModelOptions } from '../shared/report/model.ts';
import { renderReport } from '../shared/report/render-pdf.ts';
import type { ReportFonts } from '../shared/report/types.ts';
import { EXIT, type CliIo } from './io.ts';

/** Noto Sans SC Regular and Bold, as shipped by @expo-google-fonts/noto-sans-sc. */
export async function loadReportFonts(): Promise<ReportFonts> {
  const require = createRequire(import.meta.url);
  const path = (file: string) => require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`);
  const [regular, bold] = await Promise.all([
    readFile(path('400Regular/NotoSansSC_400Regular.ttf')),
    readFile(path('700Bold/NotoSansSC_700Bold.ttf')),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}

export type ReportCommandOptions = {
  output?: string;
  outDir?: string;
  /** Report language; absent: the document's report option, else its own language. */
  language?: Language;
  /** Language of the command's own messages. */
  messages: Language;
  sections?: string;
  paper?: string;
  /** The report date when the document has none (ISO date): today by default. */
  today: string;
};

const parseSections = (value: string | undefined): ReportSection[] | null | undefined => {
  if (value === undefined) return undefined;
  const parts = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.every((p): p is ReportSection => (reportSections as readonly string[]).includes(p))
    ? parts
    : null;
};

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/**
 * `traceready report <file…> (-o out.pdf | --out-dir dir)`: the PDF report of each project, the
 * same bytes as the app's export for the same options and date. One line per file; exit 1 if
 * any file failed (the others are still written), 2 for wrong usage.
 */
export async function reportCommand(
  files: string[],
  options: ReportCommandOptions,
  io: CliIo,
): Promise<number> {
  const t = (text: Localized) => text[options.messages];
  const sections = parseSections(options.sections);
  if (sections === null) {
    io.err(
      t(
        localized(
          `Unknown section. Sections: ${reportSections.join(', ')}`,
          `未知章节。可用章节：${reportSections.join(', ')}`,
        ),
      ),
    );
    return EXIT.usage;
  }
  if (options.paper !== undefined && options.paper !== 'a4' && options.paper !== 'letter') {
    io.err(t(localized('Paper must be a4 or letter.', '纸张必须为 a4 或 letter。')));
    return EXIT.usage;
  }
  if (files.length > 1 && options.outDir === undefined) {
    io.err(t(localized('Several files need --out-dir.', '多个文件需要指定 --out-dir。')));
    return EXIT.usage;
  }
  if (options.output === undefined && options.outDir === undefined) {
    io.err(
      t(
        localized(
          'Say where to write the report: -o out.pdf or --out-dir dir.',
          '请指定输出位置：-o out.pdf 或 --out-dir 目录。',
        ),
      ),
    );
    return EXIT.usage;
  }
  if (options.outDir !== undefined) await mkdir(options.outDir, { recursive: true });
  const modelOptions: ReportModelOptions = {
    ...(options.language ? { language: options.language } : {}),
    ...(sections ? { sections } : {}),
    ...(options.paper ? { paper: options.paper } : {}),
  };
  const fonts = await loadReportFonts();
  let failed = 0;
  for (const file of files) {
    const target =
      options.output !== undefined && files.length === 1
        ? options.output
        : join(options.outDir ?? '.', `${basename(file, extname(file))}.pdf`);
    try {
      const parsed = parseProject(await io.readText(file));
      if (!parsed.ok) {
        failed += 1;
        const first = parsed.errors[0];
        io.out(`✗ ${file}: ${first ? formatLocatedError(first, options.messages) : ''}`);
        continue;
      }
      const model = await buildReportModel(parsed.document, modelOptions, options.today);
      const report = renderReport(model, fonts);
      await io.writeBytes(target, report.bytes);
      const missing = report.warnings.map((w) => w.character).join(', ');
      io.out(
        `✓ ${file} → ${target} (${t(localized(`${report.pageCount} pages`, `${report.pageCount} 页`))}, ${kb(report.bytes.length)})` +
          (missing
            ? t(
                localized(
                  ` — not in the font, shown as □: ${missing}`,
                  ` — 字体缺少以下字符，以 □ 显示：${missing}`,
                ),
              )
            : ''),
      );
    } catch (error) {
      failed += 1;
      const reason = error instanceof Error ? error.message : String(error);
      io.out(`✗ ${file}: ${reason}`);
    }
  }
  return failed > 0 ? EXIT.invalid : EXIT.ok;
}
