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
  statementDa: 'En kursusdag på et center ligger i et af centrets lokaler.',
  level: 'hard',
  fixedBy: ['room'],
  check(ctx) {
    const out: Violation[] = [];
    for (const { s, cohort, room } of roomed(ctx)) {
      if (!isCentreVenue(cohort.venue) || room.centreId === cohort.venue.centreId) continue;
      const why =
        ctx.language === 'da'
          ? `${sessionName(ctx, s)} ligger i ${roomName(ctx, room)}, men ${cohort.name} undervises på ${centreName(ctx, cohort.venue.centreId)}.`
          : `${sessionName(ctx, s)} is in ${roomName(ctx, room)}, but ${cohort.name} is taught at ${centreName(ctx, cohort.venue.centreId)}.`;
      out.push(violation(this, 1, { sessions: [s], roomIds: [room.id] }, why));
    }
    return out;
  },
};

/** Penalty 1 per session at a customer's site that has a room. */
export const roomAtCustomerSite: Rule = {
  name: 'room-at-customer-site',
  statement: "A session at a customer's own site has no room.",
  statementDa: 'En kursusdag på kundens egen adresse har intet lokale.',
  level: 'hard',
  fixedBy: ['room'],
  check(ctx) {
    const out: Violation[] = [];
    for (const { s, cohort, room } of roomed(ctx)) {
      if (isCentreVenue(cohort.venue)) continue;
      const why =
        ctx.language === 'da'
          ? `${sessionName(ctx, s)} undervises på ${venueName(ctx, cohort)}, men har ${roomName(ctx, room)} booket.`
          : `${sessionName(ctx, s)} is taught at ${venueName(ctx, cohort)} but has ${roomName(ctx, room)} booked.`;
      out.push(violation(this, 1, { sessions: [s], roomIds: [room.id] }, why));
    }
    return out;
  },
};

/** Penalty: seats short. */
export const roomTooSmall: Rule = {
  name: 'room-too-small',
  statement: "A session's room holds all of its cohort's participants.",
  statementDa: 'En kursusdags lokale har plads til alle holdets deltagere.',
  level: 'hard',
  fixedBy: ['room'],
  check(ctx) {
    const out: Violation[] = [];
    for (const { s, cohort, room } of roomed(ctx)) {
      const short = cohort.participants - room.capacity;
      if (short <= 0) continue;
      const why =
        ctx.language === 'da'
          ? `${roomName(ctx, room)} har ${room.capacity} pladser, men ${sessionName(ctx, s)} har ${cohort.participants} deltagere: ${plural(short, 'plads', 'pladser')} for lidt.`
          : `${roomName(ctx, room)} seats ${room.capacity}, but ${sessionName(ctx, s)} has ${cohort.participants} participants: ${plural(short, 'seat')} short.`;
      out.push(violation(this, short, { sessions: [s], roomIds: [room.id] }, why));
    }
    return out;
  },
};

/** Penalty: number of required equipment tags the room lacks. */
export const roomMissingEquipment: Rule = {
  name: 'room-missing-equipment',
  statement: "A session's room has every piece of equipment its course day needs.",
  statementDa: 'En kursusdags lokale har alt det udstyr, kursusdagen kræver.',
  level: 'hard',
  fixedBy: ['room'],
  check(ctx) {
    const out: Violation[] = [];
    for (const { s, room } of roomed(ctx)) {
      const needed = ctx.templateOf(s)?.equipment ?? [];
      const missing = [...new Set(needed)].filter((tag) => !room.equipment.includes(tag));
      if (missing.length === 0) continue;
      const why =
        ctx.language === 'da'
          ? `${roomName(ctx, room)} mangler ${listNames(missing, 'da')}, som ${sessionName(ctx, s)} kræver.`
          : `${roomName(ctx, room)} lacks ${listNames(missing)}, which ${sessionName(ctx, s)} needs.`;
      out.push(violation(this, missing.length, { sessions: [s], roomIds: [room.id] }, why));
    }
    return out;
  },
};

/** Penalty 1 per session in a room on a day the room is out of use. */
export const roomUnavailable: Rule = {
  name: 'room-unavailable',
  statement: 'A session is not in a room on a day the room is unavailable.',
  statementDa: 'En kursusdag ligger ikke i et lokale på en dag, hvor lokalet er utilgængeligt.',
  level: 'hard',
  fixedBy: ['date', 'room'],
  check(ctx) {
    const out: Violation[] = [];
    for (const { s, room } of roomed(ctx)) {
      if (s.date === null || !inAnyRange(s.date, room.unavailable)) continue;
      const why =
        ctx.language === 'da'
          ? `${roomName(ctx, room)} er utilgængeligt ${ctx.formatDay(s.date)}, hvor ${sessionName(ctx, s)} er booket i det.`
          : `${roomName(ctx, room)} is unavailable on ${ctx.formatDay(s.date)}, when ${sessionName(ctx, s)} is booked in it.`;
      out.push(violation(this, 1, { sessions: [s], roomIds: [room.id] }, why));
    }
    return out;
  },
};
