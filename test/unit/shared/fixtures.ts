import { readFileSync } from 'node:fs';
import type { MigrationContext } from '../../../shared/model/migrations.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import {
  findTemplate,
  loadTemplateDocument,
  type ProjectTemplate,
} from '../../../shared/templates/catalog.ts';

/** Test fixtures for shared/: the shipped templates, deterministic ids, and immutability checks. */

export const NOW = '2027-03-04T05:06:07.000Z';

/** A deterministic id source: gen-1, gen-2, … (a fresh counter per call). */
export function sequentialIds(prefix = 'gen'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export function fixedContext(prefix = 'gen'): MigrationContext {
  return { now: NOW, newId: sequentialIds(prefix) };
}

export function templateById(id: string): ProjectTemplate {
  const template = findTemplate(id);
  if (!template) throw new Error(`No template ${id}`);
  return template;
}

/** The worked example (Huaxin Foods), validated, in English unless asked otherwise. */
export function exampleDocument(language: 'en' | 'zh-CN' = 'en'): ProjectDocument {
  return loadTemplateDocument(templateById('food-plant'), language);
}

export function blankDocument(language: 'en' | 'zh-CN' = 'en'): ProjectDocument {
  return loadTemplateDocument(templateById('blank'), language);
}

/** A file of this repository, read as text (path relative to the repository root). */
export function readRepoFile(relative: string): string {
  return readFileSync(new URL(`../../../${relative}`, import.meta.url), 'utf8');
}

/** Freezes a value and everything under it, so any mutation throws (ES modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Decodes an RFC 6901 JSON pointer into its reference tokens. */
export function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`Not a JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * A deep copy of `value` with the field at `pointer` set to `replacement`. Throws if the path
 * does not exist, so a table row cannot silently test nothing.
 */
export function withValueAt<T>(value: T, pointer: string, replacement: unknown): T {
  const copy = structuredClone(value);
  const tokens = decodePointer(pointer);
  const last = tokens.pop();
  if (last === undefined) throw new Error('Cannot replace the root');
  let node: unknown = copy;
  for (const token of tokens) {
    if (typeof node !== 'object' || node === null || !(token in node)) {
      throw new Error(`No ${token} on the way to ${pointer}`);
    }
    node = (node as Record<string, unknown>)[token];
  }
  if (typeof node !== 'object' || node === null || !(last in node)) {
    throw new Error(`No field at ${pointer}`);
  }
  (node as Record<string, unknown>)[last] = replacement;
  return copy;
}

/** Whether a text holds at least one CJK ideograph or CJK punctuation mark. */
export const hasCjk = (text: string): boolean =>
  /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(text);
