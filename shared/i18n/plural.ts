import { localized, type Localized } from './localized.ts';

const englishPlural = new Intl.PluralRules('en');

/**
 * "1 error" / "3 errors" / "3 处错误": a count with its noun in both languages, English by the
 * CLDR plural rules (one / other); Chinese has no plural forms, so one wording takes any count.
 */
export function countOf(count: number, one: string, other: string, zh: string): Localized {
  const noun = englishPlural.select(count) === 'one' ? one : other;
  return localized(`${count} ${noun}`, `${count} ${zh}`);
}

/** A list joined the way each language writes it: "a, b, c" / "a、b、c". */
export function joinList(items: readonly string[], language: 'en' | 'zh-CN'): string {
  return items.join(language === 'zh-CN' ? '、' : ', ');
}
