// Dates and clock times as a Danish planner writes them on paper:
// "tirsdag 19. januar 2027", "tir. 19.01", "09.00–12.00".
import { format } from 'date-fns';
import { da } from 'date-fns/locale/da';
import type { IsoDate } from '../../shared/domain/schema';
import { toDate } from '../../shared/calendar/dates';
import type { ClockRange } from '../exchange/slotTimes';

/** "tirsdag 19. januar 2027" */
export function longDate(iso: IsoDate): string {
  return format(toDate(iso), 'EEEE d. MMMM yyyy', { locale: da });
}

/** "tirsdag 19.01.2027" */
export function weekdayDate(iso: IsoDate): string {
  return format(toDate(iso), 'EEEE dd.MM.yyyy', { locale: da });
}

/** "tirsdag" */
export function weekdayName(iso: IsoDate): string {
  return format(toDate(iso), 'EEEE', { locale: da });
}

/** "19.01.2027" */
export function shortDate(iso: IsoDate): string {
  return format(toDate(iso), 'dd.MM.yyyy');
}

/** "19.–23. januar 2027", or across months "29. marts – 2. april 2027". */
export function dateSpan(first: IsoDate, last: IsoDate): string {
  if (first === last) return format(toDate(first), 'd. MMMM yyyy', { locale: da });
  const a = toDate(first);
  const b = toDate(last);
  if (first.slice(0, 7) === last.slice(0, 7)) return `${format(a, 'd.')}–${format(b, 'd. MMMM yyyy', { locale: da })}`;
  const left = first.slice(0, 4) === last.slice(0, 4) ? format(a, 'd. MMMM', { locale: da }) : format(a, 'd. MMMM yyyy', { locale: da });
  return `${left} – ${format(b, 'd. MMMM yyyy', { locale: da })}`;
}

/** "09.00" from "09:00": Danish writes the clock with a full stop. */
export function clock(hhmm: string): string {
  return hhmm.replace(':', '.');
}

export function clockRange([start, end]: ClockRange): string {
  return `${clock(start)}–${clock(end)}`;
}

/** "19.01.2027 kl. 10.15": when the sheet was printed. */
export function printedAt(moment: Date): string {
  return format(moment, "dd.MM.yyyy 'kl.' HH.mm");
}
