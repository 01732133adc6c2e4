import { localized } from '../i18n/localized.ts';
import { toPointer, type LocatedError } from '../model/located-error.ts';
import type { ProjectDocument } from '../model/schema.ts';
import {
  exportText,
  hasUnsafeCharacters,
  unsafeCodePoints,
  type TextShape,
} from './file-safe-text.ts';

/**
 * Every text of a project document, seen at one boundary: `exportedDocument` is "the document as
 * exported", which every exporter entry point (specifications, diagram scene, plan files, PDF
 * report) builds its output from; `unsafeTextWarnings` is what `traceready validate` says about
 * the same characters; `shownDocument` (and `printedDocument`) is the document as the CLI
 * prints it.
 */

/**
 * Fields whose text may span lines (the schema's long `text()` fields: notes, descriptions,
 * reasons, answers). Every other string field is single-line: names, titles, units, contacts,
 * ids, dates. Keyed by property name, which means the same thing everywhere in the schema
 * (shared/model/schema.ts, rollout-schema.ts, report-schema.ts).
 */
export const MULTI_LINE_FIELDS: ReadonlySet<string> = new Set([
  'notes',
  'note',
  'evidence',
  'description',
  'reason',
  'outOfScopeReason',
  'text',
  'goal',
  'scope',
  'mitigation',
  'trigger',
  'topic',
  'materials',
  'value',
]);

/** Whether the field named `key` is written on one line or several. */
export const shapeOf = (key: string): TextShape =>
  MULTI_LINE_FIELDS.has(key) ? 'multi-line' : 'single-line';

type Visit = (text: string, key: string, path: readonly (string | number)[]) => string;

/** Maps every string of a JSON value, copying only the objects and arrays that change. */
function mapStrings(value: unknown, key: string, path: (string | number)[], visit: Visit): unknown {
  if (typeof value === 'string') return visit(value, key, path);
  if (Array.isArray(value)) {
    const items = value as readonly unknown[];
    let copy: unknown[] | undefined;
    items.forEach((item, i) => {
      path.push(i);
      const mapped = mapStrings(item, key, path, visit);
      path.pop();
      if (mapped !== item) (copy ??= [...items])[i] = mapped;
    });
    return copy ?? items;
  }
  if (typeof value === 'object' && value !== null) {
    let copy: Record<string, unknown> | undefined;
    for (const [k, item] of Object.entries(value)) {
      path.push(k);
      const mapped = mapStrings(item, k, path, visit);
      path.pop();
      if (mapped !== item) (copy ??= { ...value })[k] = mapped;
    }
    return copy ?? value;
  }
  return value;
}

const mapDocument = (doc: ProjectDocument, visit: Visit) =>
  mapStrings(doc, '', [], visit) as ProjectDocument;

const exported = new WeakMap<ProjectDocument, ProjectDocument>();

/**
 * The document as exported: every text through `exportText` (shared/text/file-safe-text.ts) —
 * control characters, XML-forbidden characters and bidi overrides left out, line breaks in
 * single-line fields turned into spaces. Pure; a document without such characters comes back
 * as itself, and the result is remembered per document (exports of one document share it).
 */
export function exportedDocument(doc: ProjectDocument): ProjectDocument {
  const known = exported.get(doc);
  if (known) return known;
  const result = mapDocument(doc, (text, key) => exportText(text, shapeOf(key)));
  exported.set(doc, result);
  exported.set(result, result);
  return result;
}

/** The sign the CLI prints for a line break inside a single-line value (U+21B5). */
export const SHOWN_LINE_BREAK = '↵';

/**
 * The document as the CLI prints it: a line break inside a single-line field (a name, a title)
 * is shown as "↵", so a name cannot fake a line of output ("\n✓ x: valid"). Every other active
 * character is escaped where the CLI prints (`inertText`); multi-line fields keep their lines.
 */
export function shownDocument(doc: ProjectDocument): ProjectDocument {
  return mapDocument(doc, (text, key) => (shapeOf(key) === 'single-line' ? shownLine(text) : text));
}

/**
 * One single-line value as the CLI prints it: each line break shown as "↵".
 *
 * @example shownLine('ERP\n✓ x: valid') // → 'ERP↵✓ x: valid'
 */
export function shownLine(text: string): string {
  return text.replace(/\r\n|[\n\r]/g, SHOWN_LINE_BREAK);
}

/**
 * The document a CLI report is built from: {@link shownDocument} on screen; as it is for
 * `--json`, whose strings keep their line breaks (JSON escapes them).
 */
export function printedDocument(doc: ProjectDocument, isJson = false): ProjectDocument {
  return isJson ? doc : shownDocument(doc);
}

/**
 * One located warning per text field holding characters that exports leave out (control
 * characters, XML-forbidden characters, bidi overrides): which field, the characters, and the
 * name of the entity it belongs to. Line breaks in single-line fields are not warned about.
 */
export function unsafeTextWarnings(doc: ProjectDocument): LocatedError[] {
  const warnings: LocatedError[] = [];
  mapDocument(doc, (text, _key, path) => {
    if (!hasUnsafeCharacters(text)) return text;
    const codes = unsafeCodePoints(text);
    const owner = ['name', 'title'].includes(String(path.at(-1))) ? '' : entityName(doc, path);
    const of = owner ? { en: ` (in “${owner}”)`, zh: `（属于“${owner}”）` } : { en: '', zh: '' };
    warnings.push({
      pointer: toPointer(path),
      message: localized(
        `holds control or bidi characters (${codes.join(', ')})${of.en}; exports leave them out`,
        `含有控制字符或双向文字控制符（${codes.join('、')}）${of.zh}；导出时将其删除`,
      ),
    });
    return text;
  });
  return warnings;
}

/** The name, title or id of the nearest object on `path` that has one, made safe to print. */
function entityName(doc: ProjectDocument, path: readonly (string | number)[]): string {
  let node: unknown = doc;
  let name = '';
  for (const part of path.slice(0, -1)) {
    node = (node as Record<string | number, unknown>)[part];
    const record = (node ?? {}) as { name?: unknown; title?: unknown; id?: unknown };
    const own = [record.name, record.title, record.id].find(
      (value) => typeof value === 'string' && value.trim() !== '',
    );
    if (typeof own === 'string') name = own;
  }
  return exportText(name, 'single-line');
}
