// Structural consistency of a data set, beyond what each object's schema can see:
// unique ids, references that resolve, one session per day template. A plan that
// fails here is refused on import; the planning rules (shared/rules) assume it passes.
import { integrityMessages as m, type ListKind } from '../i18n/integrityMessages';
import type { Language, Text } from '../i18n/text';
import { isCentreVenue, type Plan } from './schema';

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

export function integrityProblems(plan: Plan, language: Language = 'en'): string[] {
  const problems: string[] = [];
  const problem = (text: Text): void => {
    problems.push(text[language]);
  };
  const lists = {
    centre: plan.centres,
    room: plan.rooms,
    trainer: plan.trainers,
    course: plan.courses,
    cohort: plan.cohorts,
    session: plan.sessions,
  } as const;
  for (const [kind, list] of Object.entries(lists) as [ListKind, readonly { id: string }[]][]) {
    for (const id of duplicates(list.map((x) => x.id))) problem(m.duplicateId({ kind, id }));
  }

  const centres = new Set(plan.centres.map((c) => c.id));
  const rooms = new Set(plan.rooms.map((r) => r.id));
  const trainers = new Set(plan.trainers.map((t) => t.id));
  const courses = new Map(plan.courses.map((c) => [c.id, c]));
  const cohorts = new Map(plan.cohorts.map((c) => [c.id, c]));

  for (const closure of plan.closures) {
    if (closure.centreId !== null && !centres.has(closure.centreId))
      problem(m.closureCentreMissing({ start: closure.start, end: closure.end, centreId: closure.centreId }));
  }
  for (const room of plan.rooms) {
    if (!centres.has(room.centreId)) problem(m.roomCentreMissing({ roomId: room.id, centreId: room.centreId }));
  }
  for (const cohort of plan.cohorts) {
    if (!courses.has(cohort.courseId)) problem(m.cohortCourseMissing({ cohortId: cohort.id, courseId: cohort.courseId }));
    if (isCentreVenue(cohort.venue) && !centres.has(cohort.venue.centreId))
      problem(m.cohortCentreMissing({ cohortId: cohort.id, centreId: cohort.venue.centreId }));
  }

  const daysSeen = new Map<string, Set<number>>();
  for (const session of plan.sessions) {
    const cohort = cohorts.get(session.cohortId);
    if (!cohort) {
      problem(m.sessionCohortMissing({ sessionId: session.id, cohortId: session.cohortId }));
      continue;
    }
    const course = courses.get(cohort.courseId);
    const template = course?.days[session.dayIndex];
    if (course && !template)
      problem(m.sessionDayMissing({ sessionId: session.id, day: session.dayIndex + 1, course: course.name, days: course.days.length }));
    if (template && template.slot !== session.slot)
      problem(m.sessionSlotWrong({ sessionId: session.id, slot: session.slot, templateSlot: template.slot }));
    const days = daysSeen.get(cohort.id) ?? new Set<number>();
    if (days.has(session.dayIndex)) problem(m.cohortDayTwice({ cohortId: cohort.id, day: session.dayIndex + 1 }));
    days.add(session.dayIndex);
    daysSeen.set(cohort.id, days);
    if (session.roomId !== null && !rooms.has(session.roomId))
      problem(m.sessionRoomMissing({ sessionId: session.id, roomId: session.roomId }));
    for (const t of session.trainerIds) {
      if (!trainers.has(t)) problem(m.sessionTrainerMissing({ sessionId: session.id, trainerId: t }));
    }
  }
  for (const cohort of plan.cohorts) {
    const course = courses.get(cohort.courseId);
    const have = daysSeen.get(cohort.id)?.size ?? 0;
    if (course && have !== course.days.length)
      problem(m.cohortDayCount({ cohortId: cohort.id, have, course: course.name, days: course.days.length }));
  }
  return problems;
}
