// Structural consistency of a data set, beyond what each object's schema can see:
// unique ids, references that resolve, one session per day template. A plan that
// fails here is refused on import; the planning rules (shared/rules) assume it passes.
import { isCentreVenue, type Plan } from './schema';

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

export function integrityProblems(plan: Plan): string[] {
  const problems: string[] = [];
  const lists = {
    centre: plan.centres,
    room: plan.rooms,
    trainer: plan.trainers,
    course: plan.courses,
    cohort: plan.cohorts,
    session: plan.sessions,
  } as const;
  for (const [kind, list] of Object.entries(lists)) {
    for (const id of duplicates(list.map((x) => x.id))) problems.push(`two ${kind}s have the id "${id}"`);
  }

  const centres = new Set(plan.centres.map((c) => c.id));
  const rooms = new Set(plan.rooms.map((r) => r.id));
  const trainers = new Set(plan.trainers.map((t) => t.id));
  const courses = new Map(plan.courses.map((c) => [c.id, c]));
  const cohorts = new Map(plan.cohorts.map((c) => [c.id, c]));

  for (const closure of plan.closures) {
    if (closure.centreId !== null && !centres.has(closure.centreId))
      problems.push(`closure ${closure.start}–${closure.end} names centre "${closure.centreId}", which does not exist`);
  }
  for (const room of plan.rooms) {
    if (!centres.has(room.centreId)) problems.push(`room "${room.id}" belongs to centre "${room.centreId}", which does not exist`);
  }
  for (const cohort of plan.cohorts) {
    if (!courses.has(cohort.courseId)) problems.push(`cohort "${cohort.id}" takes course "${cohort.courseId}", which does not exist`);
    if (isCentreVenue(cohort.venue) && !centres.has(cohort.venue.centreId))
      problems.push(`cohort "${cohort.id}" is held at centre "${cohort.venue.centreId}", which does not exist`);
  }

  const daysSeen = new Map<string, Set<number>>();
  for (const session of plan.sessions) {
    const cohort = cohorts.get(session.cohortId);
    if (!cohort) {
      problems.push(`session "${session.id}" belongs to cohort "${session.cohortId}", which does not exist`);
      continue;
    }
    const course = courses.get(cohort.courseId);
    const template = course?.days[session.dayIndex];
    if (course && !template)
      problems.push(`session "${session.id}" is day ${session.dayIndex + 1} of ${course.name}, which has only ${course.days.length} days`);
    if (template && template.slot !== session.slot)
      problems.push(`session "${session.id}" has slot "${session.slot}" but its course day is "${template.slot}"`);
    const days = daysSeen.get(cohort.id) ?? new Set<number>();
    if (days.has(session.dayIndex)) problems.push(`cohort "${cohort.id}" has two sessions for day ${session.dayIndex + 1}`);
    days.add(session.dayIndex);
    daysSeen.set(cohort.id, days);
    if (session.roomId !== null && !rooms.has(session.roomId))
      problems.push(`session "${session.id}" uses room "${session.roomId}", which does not exist`);
    for (const t of session.trainerIds) {
      if (!trainers.has(t)) problems.push(`session "${session.id}" names trainer "${t}", which does not exist`);
    }
  }
  for (const cohort of plan.cohorts) {
    const course = courses.get(cohort.courseId);
    const have = daysSeen.get(cohort.id)?.size ?? 0;
    if (course && have !== course.days.length)
      problems.push(`cohort "${cohort.id}" has ${have} sessions but ${course.name} has ${course.days.length} days`);
  }
  return problems;
}
