// The days on which a centre does not teach, with the reason a planner reads.
import { eachDate, addDays } from '../../../shared/calendar/dates';
import { closedReason } from '../../../shared/calendar/workingDays';
import type { Closure, IsoDate } from '../../../shared/domain/schema';
import type { T } from '../../i18n/useT';
import type { DayRange } from './timeAxis';

export interface ClosedDay {
  date: IsoDate;
  kind: 'weekend' | 'holiday' | 'closure';
  label: string;
}

export function closedDaysIn(range: DayRange, closures: readonly Closure[], centreId: string | null, t: T): ClosedDay[] {
  const out: ClosedDay[] = [];
  for (const date of eachDate(range.start, addDays(range.end, -1))) {
    const reason = closedReason(date, closures, centreId);
    if (reason === null) continue;
    if (reason.kind === 'weekend') out.push({ date, kind: 'weekend', label: t('cal.closed.weekend') });
    else if (reason.kind === 'holiday') out.push({ date, kind: 'holiday', label: reason.name });
    else out.push({ date, kind: 'closure', label: reason.reason || t('cal.closed.closure') });
  }
  return out;
}
