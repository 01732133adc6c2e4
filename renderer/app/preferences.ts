import { languageForLocales } from '../i18n/index.ts';
import type { Preferences } from '../store/ui-slice.ts';

const KEY = 'traceready:preferences';

/** Preferences from the last session, else the OS/browser locale and a light theme. */
export function loadPreferences(): Preferences {
  const defaults: Preferences = {
    language: languageForLocales(navigator.languages ?? [navigator.language]),
    isDark: window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
    isCompact: false,
  };
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Preferences>;
    return {
      language:
        stored.language === 'en' || stored.language === 'zh-CN'
          ? stored.language
          : defaults.language,
      isDark: typeof stored.isDark === 'boolean' ? stored.isDark : defaults.isDark,
      isCompact: typeof stored.isCompact === 'boolean' ? stored.isCompact : defaults.isCompact,
    };
  } catch {
    return defaults; // unreadable preferences are not worth an error
  }
}

export function savePreferences(preferences: Preferences): void {
  localStorage.setItem(KEY, JSON.stringify(preferences));
}
