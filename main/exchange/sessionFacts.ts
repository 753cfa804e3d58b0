// Everything a calendar entry or a spreadsheet row says about one session, read
// once from the plan: names instead of ids, the venue in words, the clock times.
import { isCentreVenue, type Centre, type Cohort, type Course, type DayTemplate, type Plan, type Room, type Session, type Trainer } from '../../shared/domain/schema';
import { slotTimesAt, type ClockRange } from './slotTimes';

export interface SessionFacts {
  session: Session;
  cohort: Cohort | undefined;
  course: Course | undefined;
  day: DayTemplate | undefined;
  centre: Centre | undefined;
  room: Room | undefined;
  trainers: Trainer[];
  /** "Center Odense, Vestergade 1, Odense" or the customer's site. */
  venue: string;
  times: ClockRange;
}

function centreAddress(centre: Centre): string {
  const parts = [centre.name, centre.address, centre.city].filter((p) => p.trim() !== '');
  // An address that already names the city should not name it twice.
  if (centre.city && centre.address.includes(centre.city)) parts.pop();
  return parts.join(', ');
}

export interface PlanIndex {
  cohorts: Map<string, Cohort>;
  courses: Map<string, Course>;
  centres: Map<string, Centre>;
  rooms: Map<string, Room>;
  trainers: Map<string, Trainer>;
}

export function indexPlan(plan: Plan): PlanIndex {
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
  return {
    cohorts: byId(plan.cohorts),
    courses: byId(plan.courses),
    centres: byId(plan.centres),
    rooms: byId(plan.rooms),
    trainers: byId(plan.trainers),
  };
}

export function sessionFacts(plan: Plan, index: PlanIndex, session: Session): SessionFacts {
  const cohort = index.cohorts.get(session.cohortId);
  const course = cohort ? index.courses.get(cohort.courseId) : undefined;
  const venue = cohort?.venue;
  const centre = venue && isCentreVenue(venue) ? index.centres.get(venue.centreId) : undefined;
  const trainers = session.trainerIds.map((id) => index.trainers.get(id)).filter((t): t is Trainer => t !== undefined);
  return {
    session,
    cohort,
    course,
    day: course?.days[session.dayIndex],
    centre,
    room: session.roomId === null ? undefined : index.rooms.get(session.roomId),
    trainers,
    venue: centre ? centreAddress(centre) : venue && !isCentreVenue(venue) ? venue.site : '',
    times: slotTimesAt(plan, centre, session.slot),
  };
}
