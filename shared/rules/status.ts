// Assigned, unassigned and deferred exactly as DESIGN §3 defines them.
import { isCentreVenue, type Session } from '../domain/schema';
import type { RuleContext } from './context';

export type SessionStatus = 'assigned' | 'unassigned' | 'deferred';

/**
 * Assigned: a date, a room exactly when the venue is a centre, and exactly the
 * required number of (distinct) trainers. Deferred: the cohort's window start plus
 * the minimum gaps put the earliest possible date after the term (see context.ts);
 * a deferred session counts as neither.
 */
export function sessionStatus(ctx: RuleContext, s: Session): SessionStatus {
  if (ctx.isDeferred(s)) return 'deferred';
  const cohort = ctx.cohortOf(s);
  const template = ctx.templateOf(s);
  if (!cohort || !template || s.date === null) return 'unassigned';
  const wantsRoom = isCentreVenue(cohort.venue);
  if (wantsRoom !== (s.roomId !== null)) return 'unassigned';
  // A listed-twice trainer is one trainer: the session still lacks one.
  if (s.trainerIds.length !== template.trainers || ctx.trainersOf(s).length !== template.trainers) return 'unassigned';
  return 'assigned';
}
