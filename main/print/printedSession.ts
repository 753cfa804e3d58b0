// One session as every printout shows it: names instead of ids, clock times of
// its venue, the course day in words.
import type { IsoDate, Plan, Session, Slot } from '../../shared/domain/schema';
import { sessionFacts, type PlanIndex } from '../exchange/sessionFacts';
import { clockRange } from './danishFormat';

export interface PrintedSession {
  id: string;
  date: IsoDate | null;
  slot: Slot;
  /** "09.00–12.00" */
  times: string;
  cohort: string;
  course: string;
  /** "Dag 1: Rammesætning" */
  dayTitle: string;
  /** 1-based, with the course's number of days: "dag 2 af 5". */
  dayNumber: number;
  dayCount: number;
  participants: number | null;
  trainers: string[];
  room: string | null;
  centre: string | null;
  /** The centre's name and address, or the customer's site. */
  venue: string;
}

export function printedSession(plan: Plan, index: PlanIndex, session: Session): PrintedSession {
  const f = sessionFacts(plan, index, session);
  return {
    id: session.id,
    date: session.date,
    slot: session.slot,
    times: clockRange(f.times),
    cohort: f.cohort?.name ?? session.cohortId,
    course: f.course?.name ?? '',
    dayTitle: f.day?.title ?? `Dag ${session.dayIndex + 1}`,
    dayNumber: session.dayIndex + 1,
    dayCount: f.course?.days.length ?? session.dayIndex + 1,
    participants: f.cohort?.participants ?? null,
    trainers: f.trainers.map((t) => t.name),
    room: f.room?.name ?? null,
    centre: f.centre?.name ?? null,
    venue: f.venue,
  };
}
