import type { Closure, IsoDate } from '../domain/schema';
import { addDays, eachDate, inRange, isWeekend } from './dates';
import { publicHoliday, publicHolidaysBetween } from './holidays';

export type ClosedReason =
  | { kind: 'weekend' }
  | { kind: 'holiday'; name: string }
  | { kind: 'closure'; reason: string; centreId: string | null };

/**
 * Why no centre teaches on this day (for the given centre, or for a customer's
 * site when centreId is null: then only closures of all centres count), or null
 * when it is a working day.
 */
export function closedReason(iso: IsoDate, closures: readonly Closure[], centreId: string | null): ClosedReason | null {
  if (isWeekend(iso)) return { kind: 'weekend' };
  const holiday = publicHoliday(iso);
  if (holiday) return { kind: 'holiday', name: holiday };
  for (const c of closures) {
    if ((c.centreId === null || c.centreId === centreId) && inRange(iso, c)) {
      return { kind: 'closure', reason: c.reason, centreId: c.centreId };
    }
  }
  return null;
}

export function isWorkingDay(iso: IsoDate, closures: readonly Closure[], centreId: string | null): boolean {
  return closedReason(iso, closures, centreId) === null;
}

export function workingDaysBetween(start: IsoDate, end: IsoDate, closures: readonly Closure[], centreId: string | null): IsoDate[] {
  return eachDate(start, end).filter((d) => isWorkingDay(d, closures, centreId));
}

/**
 * The closures the app proposes when a planner creates a term (DESIGN §3):
 * Constitution Day, 24 and 31 December and the Friday after Ascension, for all centres.
 */
export function proposedClosures(term: { start: IsoDate; end: IsoDate }): Closure[] {
  const out: Closure[] = [];
  const add = (date: IsoDate, reason: string) => {
    if (inRange(date, term) && !isWeekend(date)) out.push({ start: date, end: date, centreId: null, reason });
  };
  for (let y = Number(term.start.slice(0, 4)); y <= Number(term.end.slice(0, 4)); y++) {
    add(`${y}-06-05`, 'Grundlovsdag');
    add(`${y}-12-24`, 'Juleaftensdag');
    add(`${y}-12-31`, 'Nytårsaftensdag');
    const ascension = publicHolidaysBetween(`${y}-01-01`, `${y}-12-31`).find((h) => h.name === 'Kristi Himmelfartsdag');
    if (ascension) add(addDays(ascension.date, 1), 'Fredag efter Kr. himmelfart');
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}
