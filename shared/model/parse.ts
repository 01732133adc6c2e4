import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { localized, type Localized } from '../i18n/localized.ts';
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
  const migrated = migrateToCurrent(raw as Record<string, unknown>, context);
  if (!migrated.ok) return fail('/schemaVersion', migrated.message);

  const en = projectSchema.safeParse(migrated.document, { error: errorMaps.en.localeError });
  if (!en.success) {
    const zh = projectSchema.safeParse(migrated.document, {
      error: errorMaps['zh-CN'].localeError,
    });
    const zhIssues = zh.success ? [] : zh.error.issues;
    return {
      ok: false,
      errors: en.error.issues.map((issue, i) => ({
        pointer: toPointer(issue.path),
        message: { en: issue.message, 'zh-CN': zhIssues[i]?.message ?? issue.message },
      })),
    };
  }
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

/** Plain-language names of the syntax errors people make when editing JSON by hand. */
const syntaxErrorNames: Partial<Record<string, { en: string; zh: string }>> = {
  ValueExpected: { en: 'a value is missing (a trailing comma?)', zh: '缺少值（多余的逗号？）' },
  PropertyNameExpected: {
    en: 'a property name is missing (a trailing comma?)',
    zh: '缺少属性名（多余的逗号？）',
  },
  ColonExpected: { en: 'a colon is missing after a property name', zh: '属性名后缺少冒号' },
  CommaExpected: { en: 'a comma is missing', zh: '缺少逗号' },
  CloseBraceExpected: { en: 'a closing } is missing', zh: '缺少右花括号 }' },
  CloseBracketExpected: { en: 'a closing ] is missing', zh: '缺少右方括号 ]' },
  EndOfFileExpected: {
    en: 'there is text after the end of the JSON',
    zh: 'JSON 结束后还有多余内容',
  },
  InvalidSymbol: { en: 'unexpected character', zh: '无法识别的字符' },
  UnexpectedEndOfString: { en: 'a string is not closed', zh: '字符串没有结束引号' },
  InvalidCommentToken: { en: 'comments are not allowed in JSON', zh: 'JSON 中不允许注释' },
};

/**
 * Locates a JSON syntax error as "line L, column C". `JSON.parse` does not always say where
 * (Node 20 omits the position for `[1,]` or a cut-off file), so jsonc-parser finds the offset.
 */
function describeSyntaxError(json: string, error: unknown): Localized {
  const errors: ParseError[] = [];
  parseTolerant(json, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  // JSON.parse's own position, where it gives one, points past an unterminated string; jsonc-parser
  // points at the token where it gave up.
  const stated = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  const offset = stated ? Number(stated[1]) : (first?.offset ?? json.length);
  const before = json.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
  const name = syntaxErrorNames[code] ?? { en: code, zh: code };
  if (json.trim() === '') {
    return localized('The file is empty.', '文件是空的。');
  }
  return localized(
    `Not valid JSON at line ${line}, column ${column}: ${name.en}.`,
    `JSON 格式错误（第 ${line} 行第 ${column} 列）：${name.zh}。`,
  );
}
