// How services name sessions and lists in messages: the planner reads these, so
// they use names and days, not ids.
import { formatDay } from '../../shared/calendar/dates';
import type { Plan, Session } from '../../shared/domain/schema';

/** "GLU Odense hold 2 day 1 on Tue 12 Jan 2027". */
export function describeSession(plan: Pick<Plan, 'cohorts'>, session: Session): string {
  const cohort = plan.cohorts.find((c) => c.id === session.cohortId);
  const name = cohort?.name ?? `cohort ${session.cohortId}`;
  const day = `${name} day ${session.dayIndex + 1}`;
  return session.date ? `${day} on ${formatDay(session.date)}` : day;
}

/** "a, b, c and 4 more": long lists are cut so the message stays one readable line. */
export function listInWords(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function isPlanned(session: Session): boolean {
  return session.date !== null || session.roomId !== null || session.trainerIds.length > 0;
}
