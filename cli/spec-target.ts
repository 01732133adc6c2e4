import {
  isSpecFormat,
  specFormats,
  yamlSpecFormats,
  type SpecFormat,
  type SpecSyntax,
} from '../shared/flows/render-spec.ts';
import { localized, type Localized } from '../shared/i18n/localized.ts';
import {
  diagramImageFormats,
  isDiagramImageFormat,
  type DiagramImageFormat,
} from './diagram-image.ts';

/** What `spec` can write: a specification, or the diagram as a picture. */
export type SpecOutputFormat = SpecFormat | DiagramImageFormat;

/** Where `traceready spec` writes and in what: resolved from `--format` and `-o`. */
export type SpecTarget =
  | { ok: true; format: SpecOutputFormat; syntax: SpecSyntax; isStdout: boolean }
  | { ok: false; message: Localized };

/** Output file extensions each format may be written to. */
const extensionsOf: Record<SpecOutputFormat, readonly string[]> = {
  openapi: ['json', 'yaml', 'yml'],
  asyncapi: ['json', 'yaml', 'yml'],
  jsonschema: ['json'],
  icd: ['md', 'markdown'],
  csv: ['csv'],
  xlsx: ['xlsx'],
  model: ['json'],
  svg: ['svg'],
  png: ['png'],
};
const knownExtensions = new Set(Object.values(extensionsOf).flat());

/** Extensions that name one format by themselves. */
const formatOfExtension: Partial<Record<string, SpecOutputFormat>> = {
  svg: 'svg',
  png: 'png',
  csv: 'csv',
  xlsx: 'xlsx',
  md: 'icd',
  markdown: 'icd',
};

/** Name parts that say which JSON/YAML format a file holds, as the app names its exports. */
const formatOfNamePart: Partial<Record<string, SpecFormat>> = {
  openapi: 'openapi',
  asyncapi: 'asyncapi',
  schemas: 'jsonschema',
  schema: 'jsonschema',
  jsonschema: 'jsonschema',
  diagram: 'model',
};

const outputFormats: readonly SpecOutputFormat[] = [...specFormats, ...diagramImageFormats];
const formatList = outputFormats.join(', ');

/**
 * The format and syntax of a `spec` output: `--format` when given, else inferred from the
 * file name (`.csv`, `.xlsx`, `.md`, or `name.openapi.yaml`-style names); `.yaml`/`.yml`
 * writes YAML. A format that contradicts the extension (`--format csv -o list.xlsx`) is
 * refused rather than written silently in the wrong shape. `-o -` is standard output.
 */
export function resolveSpecTarget(format: string | undefined, output: string): SpecTarget {
  const isStdout = output === '-';
  const parts = isStdout ? [] : (output.split(/[\\/]/).pop() ?? '').toLowerCase().split('.');
  const extension = parts.length > 1 ? (parts.at(-1) ?? '') : '';
  const hinted = parts
    .slice(0, -1)
    .map((part) => formatOfNamePart[part])
    .find((f) => f !== undefined);
  const inferred =
    formatOfExtension[extension] ?? (knownExtensions.has(extension) ? hinted : undefined);

  if (format !== undefined && !isSpecFormat(format) && !isDiagramImageFormat(format)) {
    return {
      ok: false,
      message: localized(
        `Unknown format “${format}”. Formats: ${formatList}`,
        `未知格式“${format}”。可用格式：${outputFormats.join('、')}`,
      ),
    };
  }
  const chosen = format ?? inferred;
  if (chosen === undefined) {
    return {
      ok: false,
      message: isStdout
        ? localized(
            `Writing to standard output needs --format (${formatList}).`,
            `输出到标准输出时须指定 --format（${outputFormats.join('、')}）。`,
          )
        : localized(
            `Cannot tell the format from “${output}”: add --format (${formatList}).`,
            `无法从“${output}”判断格式：请加 --format（${outputFormats.join('、')}）。`,
          ),
    };
  }
  const contradicts =
    (knownExtensions.has(extension) && !extensionsOf[chosen].includes(extension)) ||
    (hinted !== undefined && hinted !== chosen && extensionsOf[hinted].includes(extension));
  if (contradicts) {
    const allowed = extensionsOf[chosen].map((e) => `.${e}`);
    return {
      ok: false,
      message: localized(
        `--format ${chosen} does not match “${output}”: ${chosen} is written to ${allowed.join(' or ')}. Change the file name or the format.`,
        `--format ${chosen} 与“${output}”不符：${chosen} 应写入 ${allowed.join(' 或 ')} 文件。请修改文件名或格式。`,
      ),
    };
  }
  if (isStdout && (chosen === 'xlsx' || chosen === 'png')) {
    return {
      ok: false,
      message: localized(
        `${chosen === 'png' ? 'A PNG picture' : 'An Excel workbook'} is binary: write it to a .${chosen} file, not to standard output.`,
        `${chosen === 'png' ? 'PNG 图片' : 'Excel 工作簿'}是二进制文件：请写入 .${chosen} 文件，而不是标准输出。`,
      ),
    };
  }
  const syntax: SpecSyntax =
    (extension === 'yaml' || extension === 'yml') &&
    (yamlSpecFormats as readonly string[]).includes(chosen)
      ? 'yaml'
      : 'json';
  return { ok: true, format: chosen, syntax, isStdout };
}
