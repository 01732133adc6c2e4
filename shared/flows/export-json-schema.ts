import type { Language, ProjectDocument } from '../model/schema.ts';
import { schemaNames, specGranularity, usedObjectKeys } from './flow-labels.ts';
import type { JsonObject } from './json.ts';
import { JSON_SCHEMA_DIALECT, objectSchema } from './object-schemas.ts';

/**
 * Every data object of the diagram as a standalone JSON Schema 2020-12 document: the objects the
 * flows carry, then the custom objects no flow carries yet. Identifiers follow step 1's
 * granularity.
 */

/** One exported schema: the data object's key, its component name and the schema itself. */
export type ExportedJsonSchema = { key: string; name: string; schema: JsonObject };

/** The base of every `$id`: a placeholder under the reserved `.invalid` TLD (RFC 2606). */
export const SCHEMA_ID_BASE = 'https://traceready.example.invalid/schemas/';

/** The `$id` of a data object's schema in a project. */
export function schemaId(doc: ProjectDocument, name: string): string {
  return `${SCHEMA_ID_BASE}${encodeURIComponent(doc.id)}/${encodeURIComponent(name)}.json`;
}

/**
 * One JSON Schema 2020-12 per used data object and per custom object, with `$id` and title, in
 * `language` (the project's report language unless given).
 */
export function exportJsonSchemas(
  doc: ProjectDocument,
  language: Language = doc.meta.language,
): ExportedJsonSchema[] {
  const keys = [...new Set([...usedObjectKeys(doc), ...doc.flows.customObjects.map((o) => o.id)])];
  const names = schemaNames(doc, keys);
  const granularity = specGranularity(doc);
  return keys.flatMap((key) => {
    const schema = objectSchema(doc, key, language, granularity);
    const name = names.get(key)!;
    if (!schema) return [];
    return [
      { key, name, schema: { $schema: JSON_SCHEMA_DIALECT, $id: schemaId(doc, name), ...schema } },
    ];
  });
}

/**
 * The schemas as one file: a 2020-12 compound document (JSON Schema Core §9.3) whose `$defs`
 * hold each schema as an embedded resource, keyed by component name.
 */
export function bundleJsonSchemas(
  doc: ProjectDocument,
  schemas: readonly ExportedJsonSchema[],
): JsonObject {
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: `${SCHEMA_ID_BASE}${encodeURIComponent(doc.id)}/index.json`,
    title: doc.meta.title.trim() || 'TraceReady',
    $defs: Object.fromEntries(schemas.map((s) => [s.name, s.schema])),
  };
}
