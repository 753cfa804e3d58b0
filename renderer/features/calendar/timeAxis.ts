// The days a calendar shows and where a session sits on them. Half days are
// halves of the day's column: am is its first half, pm its second.
import { addDays, isoWeekday } from '../../../shared/calendar/dates';
import type { IsoDate, Slot } from '../../../shared/domain/schema';
import type { CalendarSpan } from '../../store/calendarSlice';

export interface DayRange {
  start: IsoDate;
  /** Exclusive. */
  end: IsoDate;
}

export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

export function firstOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

function nextMonth(first: IsoDate): IsoDate {
  const y = Number(first.slice(0, 4));
  const m = Number(first.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function previousMonth(first: IsoDate): IsoDate {
  const y = Number(first.slice(0, 4));
  const m = Number(first.slice(5, 7));
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`;
}

export function visibleRange(span: CalendarSpan, anchor: IsoDate): DayRange {
  if (span === 'month') {
    const start = firstOfMonth(anchor);
    return { start, end: nextMonth(start) };
  }
  const start = mondayOf(anchor);
  return { start, end: addDays(start, span === 'week' ? 7 : 14) };
}

/** The anchor one step earlier (-1) or later (+1). */
export function stepAnchor(span: CalendarSpan, anchor: IsoDate, direction: -1 | 1): IsoDate {
  if (span === 'month') {
    const first = firstOfMonth(anchor);
    return direction === 1 ? nextMonth(first) : previousMonth(first);
  }
  return addDays(mondayOf(anchor), direction * (span === 'week' ? 7 : 14));
}

export function slotTimes(date: IsoDate, slot: Slot): { start: string; end: string } {
  if (slot === 'am') return { start: `${date}T00:00:00`, end: `${date}T12:00:00` };
  if (slot === 'pm') return { start: `${date}T12:00:00`, end: `${addDays(date, 1)}T00:00:00` };
  return { start: `${date}T00:00:00`, end: `${addDays(date, 1)}T00:00:00` };
}

/** The local calendar day of a Date the calendar hands back. */
export function isoOfDate(d: Date): IsoDate {
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${m}-${day}`;
}

export function inDayRange(date: IsoDate | null, range: DayRange): date is IsoDate {
  return date !== null && date >= range.start && date < range.end;
}
