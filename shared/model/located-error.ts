import type { Localized } from '../i18n/localized.ts';

/**
 * A problem found in a project document, located by JSON pointer (RFC 6901) so the user can
 * find the field, with a message in both languages.
 *
 * @example { pointer: '/flows/flows/3/sourceId', message: { en: 'Flow points at …', 'zh-CN': '…' } }
 */
export type LocatedError = {
  pointer: string;
  message: Localized;
};

/** Encodes a path as a JSON pointer (`~` → `~0`, `/` → `~1`). */
export function toPointer(path: readonly PropertyKey[]): string {
  return path
    .map((part) => '/' + String(part).replaceAll('~', '~0').replaceAll('/', '~1'))
    .join('');
}

/** One line per error, for terminals and logs: `/meta/createdAt: Invalid ISO datetime`. */
export function formatLocatedError(error: LocatedError, language: keyof Localized): string {
  return `${error.pointer || '/'}${language === 'zh-CN' ? '：' : ': '}${error.message[language]}`;
}
