import type { Language, ProjectDocument } from '../model/schema.ts';
import { isCatalogueObject } from './data-objects.ts';
import type { FieldSpec, Granularity } from './fields.ts';
import { objectLabel } from './flow-labels.ts';
import type { JsonObject, JsonValue } from './json.ts';
import { objectFields } from './object-fields.ts';
import { objectSemantics } from './object-semantics.ts';

/**
 * Data objects as JSON Schema 2020-12. The keywords used (type, properties, required, items,
 * pattern, format, enum, minimum, examples) mean the same in draft-07, so the same schemas
 * serve OpenAPI 3.1 (2020-12) and AsyncAPI 3.0 (a draft-07 superset) unchanged.
 */

/** The JSON Schema dialect of every exported schema. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

const SAMPLE_DATE = '2026-03-11';
const SAMPLE_DATETIME = '2026-03-11T08:30:00+08:00';

function fieldSchema(spec: FieldSpec, language: Language): JsonObject {
  const schema: JsonObject = spec.description ? { description: spec.description[language] } : {};
  switch (spec.type) {
    case 'object':
      Object.assign(schema, fieldsSchema(spec.fields ?? [], language));
      break;
    case 'array':
      schema.type = 'array';
      schema.minItems = 1;
      if (spec.items) schema.items = fieldSchema(spec.items, language);
      break;
    case 'date':
    case 'datetime':
      schema.type = 'string';
      schema.format = spec.type === 'date' ? 'date' : 'date-time';
      break;
    default:
      schema.type = spec.type;
  }
  if (spec.pattern !== undefined) schema.pattern = spec.pattern;
  if (spec.enum) schema.enum = [...spec.enum];
  if (spec.minimum !== undefined) schema.minimum = spec.minimum;
  if (spec.gs1Ai !== undefined) schema['x-gs1-ai'] = spec.gs1Ai;
  if (spec.type !== 'object' && spec.type !== 'array') schema.examples = [sampleValue(spec)];
  return schema;
}

/**
 * Property names that tools reading the specs treat as syntax rather than data: any key starting
 * with `$` is taken for a JSON reference or keyword (`$ref` made the official AsyncAPI parser
 * try to open a file), and `__proto__` / `constructor` / `prototype` break JavaScript tooling
 * (the AsyncAPI parser threw on a `__proto__` property).
 */
const isUnsafePropertyName = (name: string) =>
  name.startsWith('$') || ['__proto__', 'constructor', 'prototype'].includes(name);

/**
 * The property name of each field in the specs, aligned with `fields`: the field's name, except
 * that a leading `$` becomes `_` and a JavaScript-reserved name gets a trailing `_` (`$ref` →
 * `_ref`, `__proto__` → `__proto___`); a name that would then collide gets `_2`, `_3`…
 * The original name stays visible as the property's `title`.
 */
export function specPropertyNames(fields: readonly FieldSpec[]): string[] {
  const taken = new Set(fields.map((f) => f.name).filter((n) => !isUnsafePropertyName(n)));
  return fields.map((f) => {
    if (!isUnsafePropertyName(f.name)) return f.name;
    const base = f.name.startsWith('$')
      ? f.name.replace(/^\$+/, (d) => '_'.repeat(d.length))
      : `${f.name}_`;
    let name = base;
    for (let k = 2; taken.has(name) || isUnsafePropertyName(name); k++) name = `${base}_${k}`;
    taken.add(name);
    return name;
  });
}

function fieldsSchema(fields: readonly FieldSpec[], language: Language): JsonObject {
  const names = specPropertyNames(fields);
  // fromEntries defines own properties, so no name can reach Object.prototype.
  const properties = Object.fromEntries(
    fields.map((f, i) => {
      const schema = fieldSchema(f, language);
      if (names[i] !== f.name && schema.title === undefined) schema.title = f.name;
      return [names[i]!, schema];
    }),
  );
  const required = fields.flatMap((f, i) => (f.isRequired ? [names[i]!] : []));
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
  };
}

/** A sample value of a field that satisfies its own schema. */
export function sampleValue(spec: FieldSpec): JsonValue {
  if (spec.example !== undefined) return spec.example;
  if (spec.enum?.[0] !== undefined) return spec.enum[0];
  switch (spec.type) {
    case 'object':
      return sampleObject(spec.fields ?? []);
    case 'array':
      return spec.items ? [sampleValue(spec.items)] : [];
    case 'date':
      return SAMPLE_DATE;
    case 'datetime':
      return SAMPLE_DATETIME;
    case 'number':
    case 'integer':
      return spec.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      return 'example';
  }
}

/** A complete sample object: every field, required or not. */
export function sampleObject(fields: readonly FieldSpec[]): JsonObject {
  const names = specPropertyNames(fields);
  return Object.fromEntries(fields.map((f, i) => [names[i]!, sampleValue(f)]));
}

/**
 * The schema of a data object, for embedding (no `$id`, no `$schema`): title, description with
 * the standards it follows, and `x-isa95` / `x-epcis` annotations. `null` for an unknown key.
 */
export function objectSchema(
  doc: ProjectDocument,
  key: string,
  language: Language,
  granularity: Granularity,
): JsonObject | null {
  const fields = objectFields(doc, key, granularity);
  if (!fields) return null;
  const title = objectLabel(doc, key)[language];
  const semantics = isCatalogueObject(key) ? objectSemantics[key] : null;
  const standards: string[] = [];
  if (semantics?.isa95) standards.push(`ISA-95 ${semantics.isa95}`);
  if (semantics?.epcis) {
    const { eventType, bizStep } = semantics.epcis;
    standards.push(`EPCIS 2.0 ${eventType}${bizStep ? ` (bizStep ${bizStep})` : ''}`);
  }
  const granularityNote = {
    lot: 'lot (AI 10)',
    serial: 'serial (AI 01 + 21)',
    mixed: 'lot + serial',
  };
  const schema: JsonObject = {
    title,
    ...(isCatalogueObject(key)
      ? {
          description: [...standards, `identifiers: ${granularityNote[granularity]}`].join('; '),
        }
      : {}),
    ...fieldsSchema(fields, language),
  };
  if (semantics?.isa95) schema['x-isa95'] = semantics.isa95;
  if (semantics?.epcis) {
    const { eventType, bizStep, dispositions } = semantics.epcis;
    schema['x-epcis'] = { eventType, bizStep, disposition: dispositions[0] };
  }
  return schema;
}

/** A sample instance of a data object (all fields), or `null` for an unknown key. */
export function sampleInstance(
  doc: ProjectDocument,
  key: string,
  granularity: Granularity,
): JsonObject | null {
  const fields = objectFields(doc, key, granularity);
  return fields ? sampleObject(fields) : null;
}
