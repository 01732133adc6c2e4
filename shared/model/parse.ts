import { z } from 'zod';
import { localized, type Localized } from '../i18n/localized.ts';
import { notAProjectReason, unknownKeyErrors } from './document-shape.ts';
import { describeIssue } from './issue-messages.ts';
import { describeSyntaxError } from './json-syntax.ts';
import { toPointer, type LocatedError } from './located-error.ts';
import { migrateToCurrent, type MigrationContext } from './migrations.ts';
import { checkReferences } from './references.ts';
import { projectSchema, type ProjectDocument } from './schema.ts';

/**
 * Texts longer than this many characters are refused before parsing: no real project comes near
 * it. (UTF-16 units: a UTF-8 file of at most this many bytes never exceeds it.)
 */
export const MAX_PROJECT_CHARACTERS = 50 * 1024 * 1024;

export type ParseResult =
  | { ok: true; document: ProjectDocument; migratedFrom: number | null; notices: Localized[] }
  | { ok: false; errors: LocatedError[] };

const errorMaps = { en: z.locales.en(), 'zh-CN': z.locales.zhCN() } as const;

const defaultContext = (): MigrationContext => ({
  now: new Date().toISOString(),
  newId: () => globalThis.crypto.randomUUID(),
});

/**
 * Reads a `.trplan` file's text into a project document: JSON syntax, then the migration chain,
 * then the schema, then referential integrity. Never throws on bad input; every problem comes
 * back located (JSON pointer, or line and column for syntax) in both languages.
 *
 * @example
 * const result = parseProject(text);
 * if (!result.ok) result.errors.forEach((e) => console.error(e.pointer, e.message.en));
 */
export function parseProject(
  text: string,
  context: MigrationContext = defaultContext(),
): ParseResult {
  if (text.length > MAX_PROJECT_CHARACTERS) {
    return fail(
      '',
      localized(
        `The file is larger than ${MAX_PROJECT_CHARACTERS / 1024 / 1024} MB; it is not a TraceReady project.`,
        `文件超过 ${MAX_PROJECT_CHARACTERS / 1024 / 1024} MB，不是 TraceReady 项目文件。`,
      ),
    );
  }
  const json = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return fail('', describeSyntaxError(json, error));
  }
  return parseProjectValue(raw, context);
}

/** Like {@link parseProject}, for a value already decoded from JSON (IPC payloads, templates). */
export function parseProjectValue(
  raw: unknown,
  context: MigrationContext = defaultContext(),
): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(
      '',
      localized('A project file must hold one JSON object.', '项目文件必须是一个 JSON 对象。'),
    );
  }
  const record = raw as Record<string, unknown>;
  if (record.schemaVersion === undefined || record.schemaVersion === 0) {
    const reason = notAProjectReason(record);
    if (reason) return fail('', reason);
  }
  const migrated = migrateToCurrent(record, context);
  if (!migrated.ok) return fail('/schemaVersion', migrated.message);

  const en = projectSchema.safeParse(migrated.document, {
    error: errorMaps.en.localeError,
    reportInput: true,
  });
  if (!en.success) {
    const zh = projectSchema.safeParse(migrated.document, {
      error: errorMaps['zh-CN'].localeError,
    });
    const zhIssues = zh.success ? [] : zh.error.issues;
    return {
      ok: false,
      errors: en.error.issues.map((issue, i) => ({
        pointer: toPointer(issue.path),
        message: describeIssue(issue, {
          en: issue.message,
          'zh-CN': zhIssues[i]?.message ?? issue.message,
        }),
      })),
    };
  }
  const unknownKeys = unknownKeyErrors(migrated.document, en.data);
  if (unknownKeys.length > 0) return { ok: false, errors: unknownKeys };
  const referenceErrors = checkReferences(en.data);
  if (referenceErrors.length > 0) return { ok: false, errors: referenceErrors };
  return {
    ok: true,
    document: en.data,
    migratedFrom: migrated.migratedFrom,
    notices: migrated.applied,
  };
}

function fail(pointer: string, message: Localized): ParseResult {
  return { ok: false, errors: [{ pointer, message }] };
}
