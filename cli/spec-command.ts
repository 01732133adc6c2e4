import { exportAsyncApi } from '../shared/flows/export-asyncapi.ts';
import { exportInterfaceControlDocument } from '../shared/flows/export-icd.ts';
import {
  exportInterfaceListCsv,
  interfaceListRows,
} from '../shared/flows/export-interface-list.ts';
import { bundleJsonSchemas, exportJsonSchemas } from '../shared/flows/export-json-schema.ts';
import { exportOpenApi } from '../shared/flows/export-openapi.ts';
import { exportInterfaceListXlsx } from '../shared/flows/export-xlsx.ts';
import { exportDiagramModel, serializeDiagramModel } from '../shared/flows/diagram-model.ts';
import { validateFlows } from '../shared/flows/validate.ts';
import { localized, type Localized } from '../shared/i18n/localized.ts';
import { formatLocatedError } from '../shared/model/located-error.ts';
import { parseProject } from '../shared/model/parse.ts';
import type { Language, ProjectDocument } from '../shared/model/schema.ts';
import { EXIT, type CliIo } from './io.ts';

/** The formats `traceready spec --format` writes. */
export const specFormats = [
  'openapi',
  'asyncapi',
  'jsonschema',
  'icd',
  'csv',
  'xlsx',
  'model',
] as const;
/** One of {@link specFormats}. */
export type SpecFormat = (typeof specFormats)[number];

/** What a format produced: text or bytes, and a one-line description of the content. */
export type SpecOutput = { content: string | Uint8Array; summary: Localized };

const isSpecFormat = (value: string): value is SpecFormat =>
  (specFormats as readonly string[]).includes(value);

const count = (value: unknown) =>
  typeof value === 'object' && value !== null ? Object.keys(value).length : 0;

const toJson = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** Renders one format of a project's diagram. */
export async function renderSpec(
  doc: ProjectDocument,
  format: SpecFormat,
  language: Language,
): Promise<SpecOutput> {
  switch (format) {
    case 'openapi': {
      const api = exportOpenApi(doc, language);
      const n = count(api.paths);
      return {
        content: toJson(api),
        summary: localized(`OpenAPI 3.1.0, ${n} path(s)`, `OpenAPI 3.1.0，${n} 个路径`),
      };
    }
    case 'asyncapi': {
      const api = exportAsyncApi(doc, language);
      const n = count(api.channels);
      return {
        content: toJson(api),
        summary: localized(`AsyncAPI 3.0.0, ${n} channel(s)`, `AsyncAPI 3.0.0，${n} 个通道`),
      };
    }
    case 'jsonschema': {
      const schemas = exportJsonSchemas(doc, language);
      return {
        content: toJson(bundleJsonSchemas(doc, schemas)),
        summary: localized(
          `JSON Schema 2020-12, ${schemas.length} data object(s)`,
          `JSON Schema 2020-12，${schemas.length} 个数据对象`,
        ),
      };
    }
    case 'icd':
      return {
        content: exportInterfaceControlDocument(doc, language),
        summary: localized(
          `Interface control document, ${doc.flows.flows.length} interface(s)`,
          `接口控制文档，${doc.flows.flows.length} 个接口`,
        ),
      };
    case 'csv':
    case 'xlsx': {
      const list = interfaceListRows(doc, language);
      const content =
        format === 'csv'
          ? exportInterfaceListCsv(list)
          : await exportInterfaceListXlsx(list, {
              sheetName: localized('Interfaces', '接口清单')[language],
              created: new Date(doc.meta.updatedAt),
            });
      return {
        content,
        summary: localized(
          `Interface list (${format}), ${list.rows.length} row(s)`,
          `接口清单（${format}），${list.rows.length} 行`,
        ),
      };
    }
    case 'model': {
      const model = exportDiagramModel(doc);
      return {
        content: serializeDiagramModel(model),
        summary: localized(
          `Diagram model, ${model.systems.length} system(s) and ${model.flows.length} flow(s)`,
          `数据流图模型，${model.systems.length} 个系统、${model.flows.length} 条数据流`,
        ),
      };
    }
  }
}

const describeError = (path: string, error: unknown): Localized => {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return localized(`No such file: ${path}`, `文件不存在：${path}`);
  if (code === 'EISDIR') return localized(`${path} is a folder`, `${path} 是文件夹`);
  const reason = error instanceof Error ? error.message : String(error);
  return localized(`Cannot access ${path}: ${reason}`, `无法访问 ${path}：${reason}`);
};

/**
 * `traceready spec <file> --format <format> -o <path>`: writes a specification of the project's
 * data-flow diagram. Exit 0; 1 when the project cannot be read or is invalid (errors located like
 * `validate`) or the output cannot be written; 2 for an unknown format (the list is printed).
 */
export async function specCommand(
  file: string,
  options: { format: string; output: string; language: Language },
  io: CliIo,
): Promise<number> {
  const { language, output } = options;
  const t = (text: Localized) => text[language];
  if (!isSpecFormat(options.format)) {
    const known = specFormats.join(', ');
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
  const spec = await renderSpec(result.document, options.format, language);
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
