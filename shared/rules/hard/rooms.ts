// DESIGN §3 rule 3: the room fits the session. Rule 5's room half is in overlaps.ts.
import { inAnyRange } from '../../calendar/dates';
import { isCentreVenue, type Cohort, type Room, type Session } from '../../domain/schema';
import type { RuleContext } from '../context';
import { centreName, listNames, plural, roomName, sessionName, venueName } from '../names';
import { violation, type Rule } from '../rule';
import type { Violation } from '../types';

function* roomed(ctx: RuleContext): Generator<{ s: Session; cohort: Cohort; room: Room }> {
  for (const s of ctx.scopedSessions) {
    if (s.roomId === null) continue;
    const cohort = ctx.cohortOf(s);
    const room = ctx.rooms.get(s.roomId);
    if (cohort && room) yield { s, cohort, room };
  }
}

/** Penalty 1 per session in a room of another centre. */
export const roomWrongCentre: Rule = {
  name: 'room-wrong-centre',
  statement: "A session at a centre is in a room of that centre.",
  level: 'hard',
  fixedBy: ['room'],
  check(ctx) {
    const out: Violation[] = [];
    for (const { s, cohort, room } of roomed(ctx)) {
      if (!isCentreVenue(cohort.venue) || room.centreId === cohort.venue.centreId) continue;
      out.push(violation(this, 1, { sessions: [s], roomIds: [room.id] }, `${sessionName(ctx, s)} is in ${roomName(ctx, room)}, but ${cohort.name} is taught at ${centreName(ctx, cohort.venue.centreId)}.`));
    }
    return out;
  },
};

/** Penalty 1 per session at a customer's site that has a room. */
export const roomAtCustomerSite: Rule = {
  name: 'room-at-customer-site',
  statement: "A session at a customer's own site has no room.",
  level: 'hard',
  fixedBy: ['room'],
  check(ctx) {
    const out: Violation[] = [];
    for (const { s, cohort, room } of roomed(ctx)) {
      if (isCentreVenue(cohort.venue)) continue;
      out.push(violation(this, 1, { sessions: [s], roomIds: [room.id] }, `${sessionName(ctx, s)} is taught at ${venueName(ctx, cohort)} but has ${roomName(ctx, room)} booked.`));
    }
    return out;
  },
};

/** Penalty: seats short. */
export const roomTooSmall: Rule = {
  name: 'room-too-small',
  statement: "A session's room holds all of its cohort's participants.",
  level: 'hard',
  fixedBy: ['room'],
  check(ctx) {
    const out: Violation[] = [];
    for (const { s, cohort, room } of roomed(ctx)) {
      const short = cohort.participants - room.capacity;
      if (short <= 0) continue;
      out.push(violation(this, short, { sessions: [s], roomIds: [room.id] }, `${roomName(ctx, room)} seats ${room.capacity}, but ${sessionName(ctx, s)} has ${cohort.participants} participants: ${plural(short, 'seat')} short.`));
    }
    return out;
  },
};

/** Penalty: number of required equipment tags the room lacks. */
export const roomMissingEquipment: Rule = {
  name: 'room-missing-equipment',
  statement: "A session's room has every piece of equipment its course day needs.",
  level: 'hard',
  fixedBy: ['room'],
  check(ctx) {
    const out: Violation[] = [];
    for (const { s, room } of roomed(ctx)) {
      const needed = ctx.templateOf(s)?.equipment ?? [];
      const missing = [...new Set(needed)].filter((tag) => !room.equipment.includes(tag));
      if (missing.length === 0) continue;
      out.push(violation(this, missing.length, { sessions: [s], roomIds: [room.id] }, `${roomName(ctx, room)} lacks ${listNames(missing)}, which ${sessionName(ctx, s)} needs.`));
    }
    return out;
  },
};

/** Penalty 1 per session in a room on a day the room is out of use. */
export const roomUnavailable: Rule = {
  name: 'room-unavailable',
  statement: 'A session is not in a room on a day the room is unavailable.',
  level: 'hard',
  fixedBy: ['date', 'room'],
  check(ctx) {
    const out: Violation[] = [];
    for (const { s, room } of roomed(ctx)) {
      if (s.date === null || !inAnyRange(s.date, room.unavailable)) continue;
      out.push(violation(this, 1, { sessions: [s], roomIds: [room.id] }, `${roomName(ctx, room)} is unavailable on ${ctx.formatDay(s.date)}, when ${sessionName(ctx, s)} is booked in it.`));
    }
    return out;
  },
};
