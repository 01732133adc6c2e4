import type { Language } from '../model/schema.ts';

/** A text in both first-class languages; derived text in `shared/` is always produced this way. */
export type Localized = Record<Language, string>;

/** Builds a {@link Localized} text; keeps call sites short and both languages side by side. */
export function localized(en: string, zh: string): Localized {
  return { en, 'zh-CN': zh };
}
