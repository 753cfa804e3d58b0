// Dates as whole day numbers: the solver's inner loop compares and subtracts
// integers, never strings. Parsed as UTC so no time zone can shift a day.
import type { IsoDate } from '../../shared/domain/schema';

const MS_PER_DAY = 86_400_000;

export function dayNumber(iso: IsoDate): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function isoOfDayNumber(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}
