import type { Language } from '../../../shared/model/schema.ts';

/**
 * Plan dates in the UI language with Intl.DateTimeFormat. ISO dates are whole days: they are
 * read and formatted in UTC so no time zone can move them by a day.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A date with weekday, e.g. "Mon, Jan 11, 2027" / "2027年1月11日周一". */
export const formatDate = (iso: string, language: Language): string =>
  formatter(language, { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' }).format(
    utc(iso),
  );

/** A short date for tables, e.g. "Jan 11, 2027" / "2027/1/11". */
export const formatShortDate = (iso: string, language: Language): string =>
  formatter(language, {
    year: 'numeric',
    month: language === 'en' ? 'short' : 'numeric',
    day: 'numeric',
  }).format(utc(iso));

/** Axis labels: a month ("Jan 2027" / "2027年1月"), a year, a day of the month, a week start. */
export const formatMonth = (iso: string, language: Language): string =>
  formatter(language, { year: 'numeric', month: 'short' }).format(utc(iso));
export const formatYear = (iso: string, language: Language): string =>
  formatter(language, { year: 'numeric' }).format(utc(iso));
export const formatDayOfMonth = (iso: string, language: Language): string =>
  formatter(language, { day: 'numeric' }).format(utc(iso));
export const formatMonthDay = (iso: string, language: Language): string =>
  formatter(language, { month: 'numeric', day: 'numeric' }).format(utc(iso));
export const formatMonthShort = (iso: string, language: Language): string =>
  formatter(language, { month: 'short' }).format(utc(iso));
