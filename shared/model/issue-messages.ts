import type { z } from 'zod';
import { localized, type Localized } from '../i18n/localized.ts';
import { fieldName, valueLabels } from './field-names.ts';

/**
 * Validation messages of project files in the user's words: the field's name, what it should
 * hold and — for a choice — the allowed values with their labels, in English and in Chinese
 * (zod's own Chinese locale mixes in English type names and raw keys).
 */

const typeNames: Record<string, Localized> = {
  string: localized('text', '文本'),
  number: localized('a number', '数字'),
  int: localized('a whole number', '整数'),
  boolean: localized('true or false', '布尔值（true / false）'),
  array: localized('a list', '列表'),
  object: localized('an object', '对象'),
  null: localized('null', '空值（null）'),
  undefined: localized('nothing', '缺失'),
  date: localized('a date', '日期'),
};

const typeOf = (value: unknown): string =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

const typeName = (type: string): Localized => typeNames[type] ?? localized(type, type);

const quote = (value: unknown) => JSON.stringify(value) ?? String(value);

/** "Food & beverage (food)" / "食品饮料（food）": a label with the value the file must hold. */
const choice = (value: unknown): Localized => {
  const label = typeof value === 'string' ? valueLabels[value] : undefined;
  const raw = quote(value);
  return label
    ? localized(`${label.en} (${raw})`, `${label['zh-CN']}（${raw}）`)
    : localized(raw, raw);
};

/** The message of one zod issue in both languages, as a sentence naming the field. */
export function describeIssue(issue: z.core.$ZodIssue, fallback: Localized): Localized {
  const field = fieldName(issue.path) ?? localized('This field', '此字段');
  return issueSentence(issue, field) ?? fallback;
}

function issueSentence(issue: z.core.$ZodIssue, field: Localized): Localized | null {
  const say = (en: string, zh: string) => localized(`${field.en} ${en}`, `${field['zh-CN']}${zh}`);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(issue.expected);
      if (issue.input === undefined) {
        return say(`is required (${expected.en}).`, `为必填项（${expected['zh-CN']}）。`);
      }
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) {
        // 1e309 in JSON reads as Infinity: "must be a number, not a number" helps nobody.
        return say(
          `must be a finite number: the value in the file is too large to hold (it reads as ${String(issue.input)}).`,
          `必须是有限数字：文件中的数值过大，超出可表示的范围（读作 ${String(issue.input)}）。`,
        );
      }
      const received = typeName(typeOf(issue.input));
      return say(
        `must be ${expected.en}, not ${received.en}.`,
        `应为${expected['zh-CN']}，而不是${received['zh-CN']}。`,
      );
    }
    case 'invalid_value': {
      const options = issue.values.map(choice);
      if (options.length === 1) {
        return say(`must be ${options[0]!.en}.`, `必须为${options[0]!['zh-CN']}。`);
      }
      return say(
        `must be one of: ${options.map((o) => o.en).join(', ')}.`,
        `须为以下之一：${options.map((o) => o['zh-CN']).join('、')}。`,
      );
    }
    case 'too_small':
    case 'too_big': {
      const isMin = issue.code === 'too_small';
      const limit = Number(isMin ? issue.minimum : issue.maximum);
      switch (issue.origin) {
        case 'string':
          if (!isMin) return say(`has more than ${limit} characters.`, `超过 ${limit} 个字符。`);
          return limit <= 1
            ? say('must not be empty.', '不能为空。')
            : say(`needs at least ${limit} characters.`, `至少需要 ${limit} 个字符。`);
        case 'array':
          return isMin
            ? say(
                `needs at least ${limit} ${limit === 1 ? 'item' : 'items'}.`,
                `至少需要 ${limit} 项。`,
              )
            : say(`has more than ${limit} items.`, `超过 ${limit} 项。`);
        case 'number':
        case 'int':
          return isMin
            ? say(`must be at least ${limit}.`, `不能小于 ${limit}。`)
            : say(`must be at most ${limit}.`, `不能大于 ${limit}。`);
        default:
          return null;
      }
    }
    case 'invalid_format':
      return issue.format === 'datetime'
        ? say(
            'must be an ISO 8601 date and time, such as 2026-01-31T09:00:00Z.',
            '应为 ISO 8601 日期时间，例如 2026-01-31T09:00:00Z。',
          )
        : null;
    default:
      return null;
  }
}
