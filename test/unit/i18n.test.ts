import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en.ts';
import { languageForLocales, resources } from '../../renderer/i18n/index.ts';
import { zhCN } from '../../renderer/i18n/zh-CN.ts';

/** Every leaf of a message tree as `dotted.key → value`; non-string leaves are kept to fail. */
function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) {
    out.set(prefix, tree);
    return out;
  }
  for (const [key, value] of Object.entries(tree)) {
    for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

/** Keys present in one tree and not the other. */
function keyDifference(a: unknown, b: unknown) {
  const aKeys = [...flatten(a).keys()];
  const bKeys = [...flatten(b).keys()];
  return {
    onlyInFirst: aKeys.filter((k) => !bKeys.includes(k)),
    onlyInSecond: bKeys.filter((k) => !aKeys.includes(k)),
  };
}

/** The sorted, de-duplicated {{placeholder}} names of a message. */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]))].sort();

const enFlat = flatten(en);
const zhFlat = flatten(zhCN);

describe('the key comparison itself', () => {
  it('finds a key missing on either side, at any depth', () => {
    expect(keyDifference({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' } })).toEqual({
      onlyInFirst: ['a.c'],
      onlyInSecond: [],
    });
    expect(keyDifference({ a: 'x' }, { a: 'x', d: { e: 'z' } })).toEqual({
      onlyInFirst: [],
      onlyInSecond: ['d.e'],
    });
  });

  it('finds a leaf on one side that is a group on the other', () => {
    expect(keyDifference({ a: 'x' }, { a: { b: 'y' } })).toEqual({
      onlyInFirst: ['a'],
      onlyInSecond: ['a.b'],
    });
  });

  it('finds no difference between trees with the same keys', () => {
    expect(keyDifference({ a: { b: '1' }, c: '2' }, { c: '3', a: { b: '4' } })).toEqual({
      onlyInFirst: [],
      onlyInSecond: [],
    });
  });

  it('extracts placeholders', () => {
    expect(placeholders('{{count}} of {{ total }}, {{count}}')).toEqual(['count', 'total']);
    expect(placeholders('no {placeholder} here')).toEqual([]);
  });
});

describe('UI messages', () => {
  it('has the same keys in en and zh-CN', () => {
    expect(keyDifference(en, zhCN)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
    expect(enFlat.size).toBeGreaterThan(50);
  });

  it('has only non-empty strings', () => {
    for (const [key, value] of [...enFlat, ...zhFlat]) {
      expect(typeof value, key).toBe('string');
      expect(String(value).trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages, key by key', () => {
    let withPlaceholders = 0;
    for (const [key, value] of enFlat) {
      const zh = zhFlat.get(key);
      expect(placeholders(String(zh)), key).toEqual(placeholders(String(value)));
      if (placeholders(String(value)).length > 0) withPlaceholders++;
    }
    expect(withPlaceholders).toBeGreaterThan(0);
  });

  it('is really translated: most zh-CN messages hold Chinese', () => {
    const chinese = [...zhFlat.values()].filter((v) => /[\u4e00-\u9fff]/.test(String(v)));
    expect(chinese.length / zhFlat.size).toBeGreaterThan(0.8);
  });

  it('hands both languages to i18next', () => {
    expect(resources.en.translation).toBe(en);
    expect(resources['zh-CN'].translation).toBe(zhCN);
  });
});

describe('languageForLocales', () => {
  it.each([
    [['zh-TW'], 'zh-CN'],
    [['zh-CN'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['zh-Hant-HK'], 'zh-CN'],
    [['ZH-cn'], 'zh-CN'],
    [['en-US'], 'en'],
    [['en'], 'en'],
    [['fr-FR'], 'en'],
    [['fr', 'zh-CN'], 'zh-CN'],
    [['de', 'en-GB', 'zh-CN'], 'en'],
    [['zh-CN', 'en-US'], 'zh-CN'],
    [['ja-JP', 'ko'], 'en'],
    [[''], 'en'],
    [[], 'en'],
  ])('%j → %s', (locales, expected) => {
    expect(languageForLocales(locales)).toBe(expected);
  });
});
