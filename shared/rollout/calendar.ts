import chineseDays from 'chinese-days/dist/chinese-days.json';
import type { Calendar } from '../model/schema.ts';

/**
 * The project's working calendar: an ISO working week, the mainland-China public holidays and
 * make-up working days (调休) of the `cn` preset, and the document's own exceptions (company
 * holidays, make-up days, years the preset does not have yet), which override the preset.
 *
 * Dates are ISO `YYYY-MM-DD` strings handled as whole UTC days: no time zones, no clocks.
 */

/**
 * The mainland-China preset, from the `chinese-days` package (MIT, data 2004–2026, compiled from
 * the State Council's yearly notices): `holidays` are days off including the weekend days inside
 * a holiday block, `workdays` are the make-up working days (调休), usually Saturdays or Sundays.
 * Its values read "English name,中文名,days"; we keep both names.
 */
const presetCn = chineseDays as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01, UTC) of an ISO date. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY);
}

/** ISO date of a day number (days since 1970-01-01, UTC). */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Why a day is (not) worked: the source the calendar took its answer from. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'make-up-workday';

/** A holiday or make-up day of the preset or the document, with its name in both languages. */
export type CalendarDay = { date: string; kind: 'holiday' | 'workday'; en: string; zh: string };

/** The default working week when the document's is empty: Monday to Friday. */
const DEFAULT_WORKWEEK = [1, 2, 3, 4, 5];

/**
 * A working calendar with a precomputed index of working days, so that converting between dates
 * and working-day offsets costs one array lookup (5,000 tasks schedule in a few milliseconds).
 */
export type WorkingCalendar = {
  /** Whether the team works on this ISO date. */
  isWorkingDay(date: string): boolean;
  /** What kind of day this is, for shading a chart. */
  dayKind(date: string): DayKind;
  /** The named exceptions (preset and document) between two ISO dates, inclusive. */
  exceptionsBetween(from: string, to: string): CalendarDay[];
  /** The date `n` working days after (n < 0: before) the first working day on or after `date`. */
  addWorkingDays(date: string, n: number): string;
  /** Working days in the half-open range [from, to); negative when `to` is before `from`. */
  workingDaysBetween(from: string, to: string): number;
  /** The first working day on or after `date`. */
  nextWorkingDay(date: string): string;
  /** The working week used (1 = Monday … 7 = Sunday); Monday–Friday when the document's is empty. */
  workweek: readonly number[];
};

type Exception = { isWorking: boolean; en: string; zh: string };

function exceptionMap(calendar: Calendar): Map<number, Exception> {
  const map = new Map<number, Exception>();
  if (calendar.holidayPreset === 'cn') {
    for (const [kind, table] of [
      ['holiday', presetCn.holidays],
      ['workday', presetCn.workdays],
    ] as const) {
      for (const [date, label] of Object.entries(table)) {
        const [en = '', zh = ''] = label.split(',');
        const workday = kind === 'workday';
        map.set(dayNumber(date), {
          isWorking: workday,
          en: workday ? `${en} (make-up working day)` : en,
          zh: workday ? `${zh}（调休上班）` : zh,
        });
      }
    }
  }
  // The document's own exceptions override the preset: a company may work a public holiday.
  for (const exception of calendar.exceptions) {
    map.set(dayNumber(exception.date), {
      isWorking: exception.kind === 'workday',
      en: exception.name,
      zh: exception.name,
    });
  }
  return map;
}

/** Days the index grows by when a lookup runs past it (about a year). */
const CHUNK = 366;

/**
 * Builds the working calendar of a document's `rollout.calendar`.
 *
 * @example
 * const cal = createWorkingCalendar({ holidayPreset: 'cn', workweek: [1, 2, 3, 4, 5], exceptions: [] });
 * cal.isWorkingDay('2026-02-14'); // true: the Saturday made up for the Spring Festival
 * cal.addWorkingDays('2026-02-13', 1); // '2026-02-14'
 */
export function createWorkingCalendar(calendar: Calendar): WorkingCalendar {
  const exceptions = exceptionMap(calendar);
  const workweek = calendar.workweek.length > 0 ? [...calendar.workweek] : DEFAULT_WORKWEEK;
  const weekly = new Set(workweek);
  const works = (day: number) => exceptions.get(day)?.isWorking ?? weekly.has(isoWeekday(day));

  // Cumulative count of working days before each day in [origin, origin + length).
  let origin = 0;
  let before = new Int32Array(0);
  let working: number[] = [];
  const ensure = (from: number, to: number) => {
    if (before.length > 0 && from >= origin && to < origin + before.length) return;
    const start = Math.min(from, before.length > 0 ? origin : from) - CHUNK;
    const end = Math.max(to, before.length > 0 ? origin + before.length : to) + CHUNK;
    origin = start;
    before = new Int32Array(end - start + 1);
    working = [];
    let count = 0;
    for (let day = start; day <= end; day += 1) {
      before[day - start] = count;
      if (works(day)) {
        working.push(day);
        count += 1;
      }
    }
  };
  const countBefore = (day: number) => {
    ensure(day, day);
    return before[day - origin] ?? 0;
  };
  const nextDay = (day: number) => {
    for (let guard = 0; guard < 3 * CHUNK; guard += 1) {
      const index = countBefore(day);
      const found = working[index];
      if (found !== undefined && found >= day) return found;
      ensure(day, day + CHUNK);
    }
    return day;
  };

  return {
    workweek,
    isWorkingDay: (date) => works(dayNumber(date)),
    dayKind(date) {
      const day = dayNumber(date);
      const exception = exceptions.get(day);
      const weekday = weekly.has(isoWeekday(day));
      if (exception?.isWorking) return weekday ? 'workday' : 'make-up-workday';
      if (exception) return 'holiday';
      return weekday ? 'workday' : 'weekend';
    },
    exceptionsBetween(from, to) {
      const [a, b] = [dayNumber(from), dayNumber(to)];
      return [...exceptions.entries()]
        .filter(([day]) => day >= a && day <= b)
        .sort(([x], [y]) => x - y)
        .map(([day, e]) => ({
          date: isoDate(day),
          kind: e.isWorking ? 'workday' : 'holiday',
          en: e.en,
          zh: e.zh,
        }));
    },
    nextWorkingDay: (date) => isoDate(nextDay(dayNumber(date))),
    addWorkingDays(date, n) {
      const first = nextDay(dayNumber(date));
      let index = countBefore(first) + n;
      while (index < 0 || index >= working.length) {
        const span = Math.abs(n) * 2 + CHUNK;
        ensure(
          index < 0 ? origin - span : first,
          index < 0 ? first : origin + before.length + span,
        );
        index = countBefore(first) + n;
      }
      return isoDate(working[index] ?? first);
    },
    workingDaysBetween(from, to) {
      const [a, b] = [dayNumber(from), dayNumber(to)];
      ensure(Math.min(a, b), Math.max(a, b));
      return countBefore(b) - countBefore(a);
    },
  };
}

/**
 * An index of working days counted from a project's day 0 (the first working day on or after
 * its start date): the unit the CPM works in. `dateAt` accepts any offset, negative included.
 */
export type WorkdayIndex = {
  /** ISO date of day 0. */
  origin: string;
  /** ISO date of the working day `offset` working days after day 0. */
  dateAt(offset: number): string;
  /** Offset of the first working day on or after `date` (negative before day 0). */
  offsetOf(date: string): number;
};

/** Builds the working-day index of a calendar from a start date; ISO strings are cached. */
export function workdayIndex(calendar: WorkingCalendar, startDate: string): WorkdayIndex {
  const origin = calendar.nextWorkingDay(startDate);
  const cache = new Map<number, string>();
  return {
    origin,
    dateAt(offset) {
      let date = cache.get(offset);
      if (date === undefined) {
        date = calendar.addWorkingDays(origin, offset);
        cache.set(offset, date);
      }
      return date;
    },
    offsetOf: (date) => calendar.workingDaysBetween(origin, calendar.nextWorkingDay(date)),
  };
}
