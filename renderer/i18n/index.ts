import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/model/schema.ts';
import { en, type Messages } from './en.ts';
import { zhCN } from './zh-CN.ts';

export const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } } as const;

/** The UI language for a browser/OS locale list: Chinese locales get zh-CN, all others en. */
export function languageForLocales(locales: readonly string[]): Language {
  for (const locale of locales) {
    const lower = locale.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'en';
}

/** Creates the i18next instance the app renders with (one per app; tests make their own). */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  return instance;
}

declare module 'i18next' {
  // Module augmentation can only extend an interface: this types every t('…') key.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
