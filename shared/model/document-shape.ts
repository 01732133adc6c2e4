import { localized, type Localized } from '../i18n/localized.ts';
import { toPointer, type LocatedError } from './located-error.ts';

/**
 * Two checks that keep files that are not projects, and typos, from being silently accepted:
 * - a file without `schemaVersion` must look like a project before the short form applies
 *   (`{}`, package.json and tsconfig.json used to "validate" as empty projects);
 * - a key the schema does not know is a located error naming the key, with the nearest known
 *   key — the parser used to drop it (`"vaule": 9` became "not scored"), while the published
 *   JSON Schema says `additionalProperties: false`. One rule for both.
 */

/** The top-level keys of a project document (schema.ts `projectSchema`). */
export const PROJECT_KEYS = [
  'schemaVersion',
  'id',
  'meta',
  'audit',
  'decision',
  'flows',
  'rollout',
  'report',
  'comments',
] as const;

const SECTIONS = ['meta', 'audit', 'decision', 'flows', 'rollout', 'report'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** At most this many unknown keys are listed; the rest would only bury the first ones. */
export const MAX_UNKNOWN_KEY_ERRORS = 50;

/**
 * Null when a value without `schemaVersion` (or with version 0) may be read as the hand-written
 * short form: it has at least one project section holding an object, and no top-level key a
 * project does not have. Otherwise the reason it is not a TraceReady project.
 */
export function notAProjectReason(raw: Record<string, unknown>): Localized | null {
  const foreign = Object.keys(raw).filter((k) => !(PROJECT_KEYS as readonly string[]).includes(k));
  const hasSection = SECTIONS.some((s) => isRecord(raw[s]));
  if (hasSection && foreign.length === 0) return null;
  if (!hasSection) {
    return localized(
      `This file is not a TraceReady project: it has no schemaVersion and none of the sections ${SECTIONS.join(', ')}.`,
      `此文件不是 TraceReady 项目：没有 schemaVersion，也没有 ${SECTIONS.join('、')} 中的任何部分。`,
    );
  }
  const shown = foreign
    .slice(0, 5)
    .map((k) => `"${k}"`)
    .join(', ');
  return localized(
    `This file is not a TraceReady project: it has no schemaVersion and holds keys a project does not have (${shown}).`,
    `此文件不是 TraceReady 项目：没有 schemaVersion，且含有项目文件没有的键（${shown}）。`,
  );
}

/** Levenshtein distance, stopping early beyond `limit` (keys are short; this is cheap). */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known key nearest to a typo (at most two edits, or a different letter case), if any. */
export function nearestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, candidate, 2);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * Keys of `input` (what the file holds, after migration) that the schema dropped from `output`
 * (what zod parsed): zod keeps every key it knows, defaults included, so a key missing from the
 * output is one the schema does not have. One walk over both trees: linear in the document.
 */
export function unknownKeyErrors(input: unknown, output: unknown): LocatedError[] {
  const errors: LocatedError[] = [];
  const path: (string | number)[] = [];
  const walk = (a: unknown, b: unknown) => {
    if (errors.length >= MAX_UNKNOWN_KEY_ERRORS) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < a.length && i < b.length; i++) {
        path.push(i);
        walk(a[i], b[i]);
        path.pop();
      }
      return;
    }
    if (!isRecord(a) || !isRecord(b)) return;
    const known = Object.keys(b);
    for (const key of Object.keys(a)) {
      path.push(key);
      if (Object.hasOwn(b, key)) walk(a[key], b[key]);
      else if (errors.length < MAX_UNKNOWN_KEY_ERRORS) {
        const near = nearestKey(key, known);
        errors.push({
          pointer: toPointer(path),
          message: near
            ? localized(
                `unknown field "${key}" (did you mean "${near}"?)`,
                `未知字段 "${key}"（是否应为 "${near}"？）`,
              )
            : localized(`unknown field "${key}"`, `未知字段 "${key}"`),
        });
      }
      path.pop();
    }
  };
  walk(input, output);
  return errors;
}
