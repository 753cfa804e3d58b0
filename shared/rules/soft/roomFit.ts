// Room fit (DESIGN §4): a cohort uses a room that fits it, not the largest free room.
//   tolerance(cohort) = ceil(participants / 5)            a fifth spare is fine
//   measure(session)  = max(0, capacity − participants − tolerance)   empty seats beyond it
//   penalty = weights.roomFit × measure
// Piecewise-linear; a room too small is the hard rule room-too-small instead.
// Deferred sessions left out.
import { plural, roomName, sessionName } from '../names';
import { violation, type Rule } from '../rule';
import type { Violation } from '../types';

export function spareSeatTolerance(participants: number): number {
  return Math.ceil(participants / 5);
}

export const roomFit: Rule = {
  name: 'room-fit',
  statement: 'A cohort uses a room that fits it rather than a much larger one.',
  statementDa: 'Et hold bruger et lokale, der passer til det, frem for et meget større.',
  level: 'soft',
  check(ctx) {
    const out: Violation[] = [];
    const weight = ctx.weights.roomFit;
    if (weight === 0) return out;
    for (const s of ctx.scopedSessions) {
      if (s.roomId === null || ctx.isDeferred(s)) continue;
      const cohort = ctx.cohortOf(s);
      const room = ctx.rooms.get(s.roomId);
      if (!cohort || !room) continue;
      const excess = room.capacity - cohort.participants - spareSeatTolerance(cohort.participants);
      if (excess <= 0) continue;
      const empty = room.capacity - cohort.participants;
      const why =
        ctx.language === 'da'
          ? `${sessionName(ctx, s)} har ${cohort.participants} deltagere i ${roomName(ctx, room)}, som har ${room.capacity} pladser: ${plural(empty, 'plads', 'pladser')} tomme.`
          : `${sessionName(ctx, s)} has ${cohort.participants} participants in ${roomName(ctx, room)}, which seats ${room.capacity}: ${plural(empty, 'seat')} empty.`;
      out.push(violation(this, weight * excess, { sessions: [s], roomIds: [room.id] }, why));
    }
    return out;
  },
};
