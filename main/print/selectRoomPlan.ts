// What a centre's room plan shows for a week or a day: every room of the centre
// as a row (even an empty one, so the sheet on the wall is complete), one column
// per day, each cell the sessions in that room that day, morning first.
import type { IsoDate, Plan, Room, Session } from '../../shared/domain/schema';
import { addDays, eachDate, isoWeekLabel, isoWeekNumber, isWeekend, mondayOfIsoWeek } from '../../shared/calendar/dates';
import { closedReason } from '../../shared/calendar/workingDays';
import { isCentreVenue } from '../../shared/domain/schema';
import { HoldplanError } from '../../shared/domain/errors';
import { indexPlan } from '../exchange/sessionFacts';
import { closedLabel } from './closedLabel';
import { dateSpan, longDate } from './danishFormat';
import { printedSession, type PrintedSession } from './printedSession';
import { bySlot } from './slotNames';
import { findCentre } from './findEntity';
import { printingMessages } from '../services/messages/printing';
import { say } from '../services/messages/say';

export type PlanPeriod = { week: string } | { date: IsoDate };

export interface PlanDay {
  date: IsoDate;
  /** Set when the centre does not teach that day: "Kristi Himmelfartsdag". */
  closed: string | null;
}

export interface RoomRow {
  /** Null for the sessions at the centre that have no room yet. */
  room: Pick<Room, 'id' | 'name' | 'capacity' | 'equipment'> | null;
  /** One list per day, in the order of `days`. */
  cells: PrintedSession[][];
}

export interface RoomPlanData {
  centre: { id: string; name: string; address: string; city: string };
  /** "Uge 19" or the day's date. */
  periodLabel: string;
  /** "10.–14. maj 2027" */
  span: string;
  days: PlanDay[];
  rows: RoomRow[];
  sessionCount: number;
}

function periodDays(period: PlanPeriod): { days: IsoDate[]; label: string } {
  if ('date' in period) return { days: [period.date], label: `Uge ${isoWeekNumber(period.date)}` };
  let monday: IsoDate;
  try {
    monday = mondayOfIsoWeek(period.week);
  } catch {
    throw new HoldplanError('invalid-input', say(printingMessages.notAnIsoWeek({ week: period.week })));
  }
  if (isoWeekLabel(monday) !== period.week) throw new HoldplanError('invalid-input', say(printingMessages.noSuchWeek({ week: period.week })));
  return { days: eachDate(monday, addDays(monday, 6)), label: `Uge ${isoWeekNumber(monday)}` };
}

const byName = new Intl.Collator('da', { numeric: true }).compare;

export function selectRoomPlan(plan: Plan, centreId: string, period: PlanPeriod): RoomPlanData {
  const centre = findCentre(plan, centreId);
  const index = indexPlan(plan);
  const rooms = plan.rooms.filter((r) => r.centreId === centre.id).sort((a, b) => byName(a.name, b.name));
  const roomIds = new Set(rooms.map((r) => r.id));
  const { days: allDays, label } = periodDays(period);
  const inPeriod = new Set(allDays);
  const atCentre = (s: Session) => {
    if (s.roomId !== null) return roomIds.has(s.roomId);
    const venue = index.cohorts.get(s.cohortId)?.venue;
    return venue !== undefined && isCentreVenue(venue) && venue.centreId === centre.id;
  };
  const sessions = plan.sessions.filter((s) => s.date !== null && inPeriod.has(s.date) && atCentre(s));
  // Weekends are left off unless something (wrongly) sits on one: it must not vanish from the print.
  const days = allDays.filter((d) => !isWeekend(d) || 'date' in period || sessions.some((s) => s.date === d));
  const cellsFor = (roomId: string | null) =>
    days.map((d) =>
      sessions
        .filter((s) => s.roomId === roomId && s.date === d)
        .sort(bySlot)
        .map((s) => printedSession(plan, index, s)),
    );
  const rows: RoomRow[] = rooms.map((r) => ({ room: { id: r.id, name: r.name, capacity: r.capacity, equipment: r.equipment }, cells: cellsFor(r.id) }));
  if (sessions.some((s) => s.roomId === null)) rows.push({ room: null, cells: cellsFor(null) });
  return {
    centre: { id: centre.id, name: centre.name, address: centre.address, city: centre.city },
    periodLabel: label,
    span: 'date' in period ? longDate(period.date) : dateSpan(days[0]!, days[days.length - 1]!),
    days: days.map((d) => {
      const reason = closedReason(d, plan.closures, centre.id);
      return { date: d, closed: reason ? closedLabel(reason) : null };
    }),
    rows,
    sessionCount: sessions.length,
  };
}
