import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { localized, type Localized } from '../i18n/localized.ts';

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
 * Shared by project files and diagram model files.
 */
export function describeSyntaxError(json: string, error?: unknown): Localized {
  if (json.trim() === '') return localized('The file is empty.', '文件是空的。');
  const errors: ParseError[] = [];
  try {
    parseTolerant(json, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    // A pathological text (nesting deeper than the stack): located at its end.
  }
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
  return localized(
    `Not valid JSON at line ${line}, column ${column}: ${name.en}.`,
    `JSON 格式错误（第 ${line} 行第 ${column} 列）：${name.zh}。`,
  );
}
