// Local calendar dates as `YYYY-MM-DD` strings. Arithmetic goes through date-fns on
// dates built at local midnight and read back with `format`, so no time zone or
// daylight-saving shift can move a day.
import { addDays as addDaysFn, differenceInCalendarDays, format, getISODay, getISOWeek, getISOWeekYear, parseISO } from 'date-fns';
import type { IsoDate } from '../domain/schema';

export function toDate(iso: IsoDate): Date {
  return parseISO(iso);
}

export function toIso(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return toIso(addDaysFn(toDate(iso), days));
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(toDate(b), toDate(a));
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: IsoDate): number {
  return getISODay(toDate(iso));
}

export function isWeekend(iso: IsoDate): boolean {
  return isoWeekday(iso) >= 6;
}

/** ISO week label, e.g. `2027-W03`. */
export function isoWeekLabel(iso: IsoDate): string {
  const d = toDate(iso);
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
}

export function isoWeekNumber(iso: IsoDate): number {
  return getISOWeek(toDate(iso));
}

/** Monday of an ISO week given as `2027-W03`. */
export function mondayOfIsoWeek(label: string): IsoDate {
  const m = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!m) throw new Error(`"${label}" is not an ISO week such as 2027-W03`);
  const year = Number(m[1]);
  const week = Number(m[2]);
  // 4 January is always in ISO week 1.
  const jan4 = `${year}-01-04`;
  const monday1 = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(monday1, (week - 1) * 7);
}

/** Every date from start to end, both included. */
export function eachDate(start: IsoDate, end: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) out.push(d);
  return out;
}

export function inRange(iso: IsoDate, range: { start: IsoDate; end: IsoDate }): boolean {
  return range.start <= iso && iso <= range.end;
}

export function inAnyRange(iso: IsoDate, ranges: readonly { start: IsoDate; end: IsoDate }[] | undefined): boolean {
  return ranges?.some((r) => inRange(iso, r)) ?? false;
}

/** "Tue 12 Jan 2027": how justifications and messages name a day. */
export function formatDay(iso: IsoDate): string {
  return format(toDate(iso), 'EEE d MMM yyyy');
}
