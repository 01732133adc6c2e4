import { exportAsyncApi } from './export-asyncapi.ts';
import { exportInterfaceControlDocument } from './export-icd.ts';
import { exportInterfaceListCsv, interfaceListRows } from './export-interface-list.ts';
import { bundleJsonSchemas, exportJsonSchemas } from './export-json-schema.ts';
import { exportOpenApi } from './export-openapi.ts';
import { exportInterfaceListXlsx } from './export-xlsx.ts';
import { exportDiagramModel, serializeDiagramModel } from './diagram-model.ts';
import { localized, type Localized } from '../i18n/localized.ts';
import { countOf } from '../i18n/plural.ts';
import type { Language, ProjectDocument } from '../model/schema.ts';
import { stringify as stringifyYaml } from 'yaml';
import { exportedDocument } from '../text/document-text.ts';

/**
 * The specification formats of the data-flow diagram, rendered to file content — shared by
 * `traceready spec` and the diagram's Export menu so both write the same bytes.
 */

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

export const isSpecFormat = (value: string): value is SpecFormat =>
  (specFormats as readonly string[]).includes(value);

/** "1 path", "3 paths" (English plural of a regular noun). */
const plural = (n: number, noun: string) => countOf(n, noun, `${noun}s`, '').en;

const count = (value: unknown) =>
  typeof value === 'object' && value !== null ? Object.keys(value).length : 0;

/** How a structured format is written: JSON, or YAML (OpenAPI and AsyncAPI allow both). */
export type SpecSyntax = 'json' | 'yaml';

/** The formats that can also be written as YAML. */
export const yamlSpecFormats: readonly SpecFormat[] = ['openapi', 'asyncapi'];

/**
 * Renders one format of a project's diagram; `syntax: 'yaml'` writes OpenAPI and AsyncAPI as
 * YAML 1.2 (the other formats ignore it — check {@link yamlSpecFormats} first).
 */
export async function renderSpec(
  input: ProjectDocument,
  format: SpecFormat,
  language: Language,
  syntax: SpecSyntax = 'json',
): Promise<SpecOutput> {
  // Every format is written from the document as exported (shared/text/document-text.ts).
  const doc = exportedDocument(input);
  const toJson = (value: unknown) =>
    syntax === 'yaml' && yamlSpecFormats.includes(format)
      ? stringifyYaml(value, { lineWidth: 0, aliasDuplicateObjects: false })
      : JSON.stringify(value, null, 2) + '\n';
  switch (format) {
    case 'openapi': {
      const api = exportOpenApi(doc, language);
      const n = count(api.paths);
      return {
        content: toJson(api),
        summary: localized(`OpenAPI 3.1.0, ${plural(n, 'path')}`, `OpenAPI 3.1.0，${n} 个路径`),
      };
    }
    case 'asyncapi': {
      const api = exportAsyncApi(doc, language);
      const n = count(api.channels);
      return {
        content: toJson(api),
        summary: localized(
          `AsyncAPI 3.0.0, ${plural(n, 'channel')}`,
          `AsyncAPI 3.0.0，${n} 个通道`,
        ),
      };
    }
    case 'jsonschema': {
      const schemas = exportJsonSchemas(doc, language);
      return {
        content: toJson(bundleJsonSchemas(doc, schemas)),
        summary: localized(
          `JSON Schema 2020-12, ${plural(schemas.length, 'data object')}`,
          `JSON Schema 2020-12，${schemas.length} 个数据对象`,
        ),
      };
    }
    case 'icd':
      return {
        content: exportInterfaceControlDocument(doc, language),
        summary: localized(
          `Interface control document, ${plural(doc.flows.flows.length, 'interface')}`,
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
          `Interface list (${format}), ${plural(list.rows.length, 'row')}`,
          `接口清单（${format}），${list.rows.length} 行`,
        ),
      };
    }
    case 'model': {
      const model = exportDiagramModel(doc);
      return {
        content: serializeDiagramModel(model),
        summary: localized(
          `Diagram model, ${plural(model.systems.length, 'system')} and ${plural(model.flows.length, 'flow')}`,
          `数据流图模型，${model.systems.length} 个系统、${model.flows.length} 条数据流`,
        ),
      };
    }
  }
}

/** File extension and media type of each format, for save dialogs and downloads. */
export const specFiles: Record<SpecFormat, { extension: string; mimeType: string }> = {
  openapi: { extension: 'openapi.json', mimeType: 'application/json' },
  asyncapi: { extension: 'asyncapi.json', mimeType: 'application/json' },
  jsonschema: { extension: 'schemas.json', mimeType: 'application/schema+json' },
  icd: { extension: 'icd.md', mimeType: 'text/markdown' },
  csv: { extension: 'interfaces.csv', mimeType: 'text/csv' },
  xlsx: {
    extension: 'interfaces.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  model: { extension: 'diagram.json', mimeType: 'application/json' },
};
