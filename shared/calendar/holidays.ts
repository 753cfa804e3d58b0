// Danish public holidays come from date-holidays (DK, type "public"), never a
// hand-made table; Great Prayer Day was abolished from 2024 and the library knows.
import Holidays from 'date-holidays';
import type { IsoDate } from '../domain/schema';

const dk = new Holidays('DK');
const byYear = new Map<number, Map<IsoDate, string>>();

function holidaysOf(year: number): Map<IsoDate, string> {
  let map = byYear.get(year);
  if (!map) {
    map = new Map();
    for (const h of dk.getHolidays(year)) {
      if (h.type === 'public') map.set(h.date.slice(0, 10), h.name);
    }
    byYear.set(year, map);
  }
  return map;
}

/** The holiday's Danish name, or null on an ordinary day. */
export function publicHoliday(iso: IsoDate): string | null {
  return holidaysOf(Number(iso.slice(0, 4))).get(iso) ?? null;
}

export function publicHolidaysBetween(start: IsoDate, end: IsoDate): { date: IsoDate; name: string }[] {
  const out: { date: IsoDate; name: string }[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) {
    for (const [date, name] of holidaysOf(y)) if (date >= start && date <= end) out.push({ date, name });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
