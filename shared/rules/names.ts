// How justifications name things: by the names a planner knows, never by ids
// (an id appears only when the data set lacks the thing it points to).
import { isCentreVenue, type Cohort, type Room, type Session } from '../domain/schema';
import type { RuleContext } from './context';

export function sessionName(ctx: RuleContext, s: Session): string {
  const cohort = ctx.cohorts.get(s.cohortId);
  return `${cohort?.name ?? `cohort ${s.cohortId}`}, day ${s.dayIndex + 1}`;
}

export function trainerName(ctx: RuleContext, id: string): string {
  return ctx.trainers.get(id)?.name ?? `trainer ${id}`;
}

export function roomName(ctx: RuleContext, room: Room): string {
  const centre = ctx.centres.get(room.centreId);
  return centre ? `${room.name} at ${centre.name}` : room.name;
}

export function centreName(ctx: RuleContext, centreId: string): string {
  return ctx.centres.get(centreId)?.name ?? `centre ${centreId}`;
}

export function venueName(ctx: RuleContext, cohort: Cohort): string {
  return isCentreVenue(cohort.venue) ? centreName(ctx, cohort.venue.centreId) : `the customer's site (${cohort.venue.site})`;
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "1 day", "2 days", "1½ days": counts kept in half days. */
export function halfDays(halves: number): string {
  const whole = Math.floor(halves / 2);
  const text = halves % 2 === 0 ? String(whole) : whole === 0 ? '½' : `${whole}½`;
  return `${text} ${halves === 1 || halves === 2 ? 'day' : 'days'}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
