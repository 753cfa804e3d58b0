// What editing a course's days does to the sessions of its cohorts. Days are
// matched by position: day i of the old list becomes day i of the new one.
import type { Course, DayTemplate, Plan, Session } from '../../shared/domain/schema';
import type { CourseChangeImpact } from '../../shared/contract/results';
import { isPlanned } from './describe';
import { addEmptySessions } from './cohortSessions';

/** The parts of a day template that decide whether a planned session still fits. */
function requirementsOf(day: DayTemplate): string {
  const sorted = (xs: readonly string[]) => [...xs].sort();
  return JSON.stringify([day.slot, sorted(day.skills), day.trainers, sorted(day.equipment), day.minGapDays, day.maxGapDays ?? null]);
}

export function courseChangeImpact(plan: Plan, before: Course, after: Course): Omit<CourseChangeImpact, 'applied'> {
  const cohortIds = new Set(plan.cohorts.filter((c) => c.courseId === before.id).map((c) => c.id));
  const removedSessions: Session[] = [];
  const changedSessions: Session[] = [];
  for (const session of plan.sessions) {
    if (!cohortIds.has(session.cohortId) || !isPlanned(session)) continue;
    const next = after.days[session.dayIndex];
    const previous = before.days[session.dayIndex];
    if (!next) removedSessions.push(structuredClone(session));
    else if (!previous || requirementsOf(previous) !== requirementsOf(next)) changedSessions.push(structuredClone(session));
  }
  const addedSessionCount = cohortIds.size * Math.max(0, after.days.length - before.days.length);
  return { removedSessions, changedSessions, addedSessionCount };
}

export function needsConfirmation(impact: Omit<CourseChangeImpact, 'applied'>): boolean {
  return impact.removedSessions.length > 0 || impact.changedSessions.length > 0;
}

/** Brings the cohorts' sessions in line with the course's new days. */
export function applyCourseChange(draft: Plan, before: Course, after: Course): void {
  const cohortIds = draft.cohorts.filter((c) => c.courseId === before.id).map((c) => c.id);
  const affected = new Set(cohortIds);
  draft.sessions = draft.sessions.filter((s) => !affected.has(s.cohortId) || s.dayIndex < after.days.length);
  for (const session of draft.sessions) {
    const day = affected.has(session.cohortId) ? after.days[session.dayIndex] : undefined;
    if (day) session.slot = day.slot;
  }
  for (const cohortId of cohortIds) addEmptySessions(draft.sessions, cohortId, after.days, before.days.length);
}
