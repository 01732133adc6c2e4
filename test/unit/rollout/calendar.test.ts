import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../../shared/model/schema.ts';
import {
  createWorkingCalendar,
  isoWeekday,
  dayNumber,
  workdayIndex,
} from '../../../shared/rollout/calendar.ts';

const cn: Calendar = { holidayPreset: 'cn', workweek: [1, 2, 3, 4, 5], exceptions: [] };
const plain: Calendar = { holidayPreset: 'none', workweek: [1, 2, 3, 4, 5], exceptions: [] };

describe('dates as whole UTC days', () => {
  it.each([
    ['1970-01-01', 4], // a Thursday
    ['2026-02-14', 6], // a Saturday
    ['2026-02-15', 7],
    ['2027-01-11', 1],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(dayNumber(date))).toBe(weekday);
  });
});

describe('the cn preset around the 2026 Spring Festival (State Council notice, 2025-11)', () => {
  const cal = createWorkingCalendar(cn);
  it.each([
    ['2026-02-13', true, 'workday'], // Friday before
    ['2026-02-14', true, 'make-up-workday'], // Saturday made up (调休)
    ['2026-02-16', false, 'holiday'], // Monday in the holiday
    ['2026-02-23', false, 'holiday'], // last day off
    ['2026-02-24', true, 'workday'],
    ['2026-02-28', true, 'make-up-workday'], // second make-up Saturday
    ['2026-03-01', false, 'weekend'],
  ] as const)('%s works: %s (%s)', (date, works, kind) => {
    expect(cal.isWorkingDay(date)).toBe(works);
    expect(cal.dayKind(date)).toBe(kind);
  });
  it('spans the festival: 5 working days from Thu 12 Feb end on Wed 25 Feb', () => {
    // 12, 13, 14 (Sat, make-up), 24, 25
    expect(cal.addWorkingDays('2026-02-12', 4)).toBe('2026-02-25');
    expect(cal.workingDaysBetween('2026-02-12', '2026-02-26')).toBe(5);
  });
  it('counts February 2026 as 16 working days (20 weekdays − 6 off + 2 make-up Saturdays)', () => {
    // Weekdays off: 16, 17, 18, 19, 20, 23; make-up Saturdays: 14 and 28.
    expect(cal.workingDaysBetween('2026-02-01', '2026-03-01')).toBe(16);
  });
  it('without the preset February 2026 has its 20 weekdays', () => {
    expect(createWorkingCalendar(plain).workingDaysBetween('2026-02-01', '2026-03-01')).toBe(20);
  });
  it('lists the named exceptions in a range, make-up days included', () => {
    const days = createWorkingCalendar(cn).exceptionsBetween('2026-02-14', '2026-02-15');
    expect(days).toEqual([
      {
        date: '2026-02-14',
        kind: 'workday',
        en: 'Spring Festival (make-up working day)',
        zh: '春节（调休上班）',
      },
      { date: '2026-02-15', kind: 'holiday', en: 'Spring Festival', zh: '春节' },
    ]);
  });
});

describe('the document exceptions override the preset and cover later years', () => {
  const cal = createWorkingCalendar({
    ...cn,
    exceptions: [
      { id: 'x1', date: '2027-02-08', kind: 'holiday', name: 'Spring Festival 2027' },
      { id: 'x2', date: '2026-02-16', kind: 'workday', name: 'Stocktake' },
      { id: 'x3', date: '2027-02-20', kind: 'workday', name: 'Make-up Saturday' },
    ],
  });
  it.each([
    ['2027-02-08', false],
    ['2026-02-16', true],
    ['2027-02-20', true],
    ['2027-02-09', true],
  ] as const)('%s works: %s', (date, works) => expect(cal.isWorkingDay(date)).toBe(works));
});

describe('adding and counting working days', () => {
  const cal = createWorkingCalendar(plain);
  it.each([
    ['2026-11-27', 0, '2026-11-27'], // Friday
    ['2026-11-28', 0, '2026-11-30'], // Saturday → Monday
    ['2026-11-27', 1, '2026-11-30'],
    ['2026-11-30', -1, '2026-11-27'],
    ['2026-01-05', 260, '2027-01-04'],
    ['2026-01-05', -600, '2023-09-18'],
  ] as const)('%s + %i → %s', (from, n, to) => {
    expect(cal.addWorkingDays(from, n)).toBe(to);
  });
  it('counts back and forth consistently', () => {
    expect(cal.workingDaysBetween('2026-11-30', '2026-11-27')).toBe(-1);
    expect(cal.workingDaysBetween('2020-01-01', '2030-01-01')).toBe(2609); // 521 weeks × 5 + Wed–Fri and Mon of the last 6 days
  });
  it('falls back to Monday–Friday when the working week is empty', () => {
    expect(createWorkingCalendar({ ...plain, workweek: [] }).workweek).toEqual([1, 2, 3, 4, 5]);
  });
  it('a six-day week works Saturdays', () => {
    expect(
      createWorkingCalendar({ ...plain, workweek: [1, 2, 3, 4, 5, 6] }).isWorkingDay('2026-11-28'),
    ).toBe(true);
  });
  it('indexes working days from the first working day on or after the start', () => {
    const days = workdayIndex(cal, '2026-11-28');
    expect(days.origin).toBe('2026-11-30');
    expect(days.dateAt(5)).toBe('2026-12-07');
    expect(days.offsetOf('2026-12-05')).toBe(5);
    expect(days.dateAt(-1)).toBe('2026-11-27');
  });
});
