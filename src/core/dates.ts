// One module per function: the date-fns index loads ~300 modules (~19 MB per worker thread).
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';
import { boundedCache } from './cache.js';

/**
 * Calendar dates as 'YYYY-MM-DD' strings. date-fns works on local-midnight Date
 * objects built from the parts, never on timestamps, so no time zone moves a day.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The years a date may have, for facts, options and the dates computed from them. */
const FIRST_DAY = '0001-01-01';
const LAST_DAY = '9999-12-31';

// Evaluations repeat the same few dates (asOf, deadlines): remember the verdicts, within
// bounds — in entries, and in key length: only a string of a date's length is kept.
const calendarVerdicts = boundedCache<string, boolean>({ maxEntries: 4096, maxKeyLength: 10 });

export const isCalendarDate = (text: unknown): text is string => {
  if (typeof text !== 'string' || text.length !== 10) return false;
  const known = calendarVerdicts.get(text);
  if (known !== undefined) return known;
  return calendarVerdicts.set(text, checkCalendarDate(text));
};

const checkCalendarDate = (text: string): boolean => {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y < 1) return false;
  const date = new Date(y, m - 1, d);
  date.setFullYear(y);
  return isValid(date) && date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
};

/** Date arithmetic whose result leaves 0001–9999: the rule that asked is undetermined. */
export class DateRangeError extends RangeError {
  override readonly name = 'DateRangeError';
}

export const toDate = (text: string): Date => {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  // Years below 100 would otherwise be read as 19xx.
  date.setFullYear(y);
  return date;
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** A local Date as 'YYYY-MM-DD' (date-fns' format would pull its locale machinery into browser bundles). */
export const fromDate = (date: Date): string => `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;

/** A computed date, refused when it leaves 0001-01-01 … 9999-12-31 (or is no date at all). */
const inRange = (date: Date): string => {
  const year = date.getFullYear();
  if (!(year >= 1 && year <= 9999)) throw new DateRangeError(`the date computed falls outside ${FIRST_DAY} … ${LAST_DAY}`);
  return fromDate(date);
};

/**
 * Last day of a period of whole years or months that starts with `start`
 * (Civil Code arts. 201–202): the start day is not counted, and the period ends
 * on the corresponding day, or the month's last day where there is none.
 * 2024-03-15 + 5 years → 2029-03-15; 2024-02-29 + 5 years → 2029-02-28.
 */
export const periodLastDay = (start: string, length: { years?: number; months?: number }): string => {
  let date = toDate(start);
  if (length.years) date = addYears(date, length.years);
  if (length.months) date = addMonths(date, length.months);
  return inRange(date);
};

/**
 * Last day of a term of whole years that counts its first day (a contract term "from … to …"):
 * the day before the anniversary of the first day, so 2019-03-01 + 5 years → 2024-02-29 and
 * 2021-03-01 → 2026-02-28. A first day of 29 February has no anniversary in a common year:
 * the term then ends on the month's last day, as art. 202 ends a period without a corresponding
 * day (2020-02-29 + 5 years → 2025-02-28).
 */
export const termLastDay = (firstDay: string, length: { years: number }): string => {
  const anniversary = addYears(toDate(firstDay), length.years);
  const noAnniversary = firstDay.endsWith('-02-29') && anniversary.getMonth() === 1 && anniversary.getDate() === 28;
  return inRange(noAnniversary ? anniversary : addDays(anniversary, -1));
};

export const plusDays = (date: string, days: number): string => inRange(addDays(toDate(date), days));

export const daysFrom = (from: string, to: string): number => differenceInCalendarDays(toDate(to), toDate(from));

/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Today's date in China, whatever the server's time zone: the documents are Chinese law, and a
 * service running in UTC must not judge 00:00–08:00 Beijing time as the day before. The clock
 * is read once per call, so a test can fix it (vi.setSystemTime, faketime).
 */
export const todayInChina = (now: Date = new Date()): string => new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);

export interface WorkingCalendar {
  /** Extra rest days (public holidays). */
  readonly holidays: ReadonlySet<string>;
  /** Weekend days that are working days (调休). */
  readonly workdays: ReadonlySet<string>;
}

const isWorkingDay = (date: string, calendar: WorkingCalendar): boolean => {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = toDate(date).getDay();
  return weekday !== 0 && weekday !== 6;
};

/** The n-th working day after `date` (the day itself not counted). */
export const nthWorkingDayAfter = (date: string, n: number, calendar: WorkingCalendar): string => {
  let current = date;
  let counted = 0;
  while (counted < n) {
    current = plusDays(current, 1);
    if (isWorkingDay(current, calendar)) counted += 1;
  }
  return current;
};
