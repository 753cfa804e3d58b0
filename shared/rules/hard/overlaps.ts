// DESIGN §3 rules 5 and 6: nobody and no room is in two places at once.
import { isCentreVenue, type IsoDate, type Session } from '../../domain/schema';
import type { RuleContext } from '../context';
import { listNames, roomName, sessionName, venueName } from '../names';
import { slotsOverlap, violation, type Rule } from '../rule';
import type { Violation } from '../types';

function overlappingPairs(sessions: readonly Session[]): [Session, Session][] {
  const pairs: [Session, Session][] = [];
  for (let i = 0; i < sessions.length; i++) {
    for (let j = i + 1; j < sessions.length; j++) {
      const a = sessions[i]!;
      const b = sessions[j]!;
      if (slotsOverlap(a.slot, b.slot)) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** Each (id, date) group with two or more sessions among the ids in scope. */
function* crowdedDays(ids: readonly string[], index: ReadonlyMap<string, ReadonlyMap<IsoDate, readonly Session[]>>) {
  for (const id of ids) {
    for (const [date, sessions] of index.get(id) ?? []) {
      if (sessions.length > 1) yield { id, date, sessions };
    }
  }
}

/** Penalty 1 per pair of sessions in the same room whose slots overlap on one day. */
export const roomDoubleBooked: Rule = {
  name: 'room-double-booked',
  statement: 'No room holds two sessions whose times overlap on the same day.',
  statementDa: 'Intet lokale har to kursusdage, hvis tider overlapper, på samme dag.',
  level: 'hard',
  fixedBy: ['date', 'room'],
  check(ctx) {
    const out: Violation[] = [];
    for (const { id, date, sessions } of crowdedDays(ctx.scopedRoomIds, ctx.roomDays)) {
      const room = ctx.rooms.get(id);
      const da = ctx.language === 'da';
      const name = room ? roomName(ctx, room) : `${da ? 'Lokale' : 'Room'} ${id}`;
      for (const [a, b] of overlappingPairs(sessions)) {
        const why = da
          ? `${name} er booket til to kursusdage ${ctx.formatDay(date)}: ${sessionName(ctx, a)} og ${sessionName(ctx, b)}.`
          : `${name} is booked for two sessions on ${ctx.formatDay(date)}: ${sessionName(ctx, a)} and ${sessionName(ctx, b)}.`;
        out.push(violation(this, 1, { sessions: [a, b], roomIds: [id] }, why));
      }
    }
    return out;
  },
};

/** Penalty 1 per pair of a trainer's sessions whose slots overlap on one day. */
export const trainerDoubleBooked: Rule = {
  name: 'trainer-double-booked',
  statement: 'No trainer teaches two sessions whose times overlap on the same day.',
  statementDa: 'Ingen underviser har to kursusdage, hvis tider overlapper, på samme dag.',
  level: 'hard',
  fixedBy: ['date', 'trainers'],
  check(ctx) {
    const out: Violation[] = [];
    for (const { id, date, sessions } of crowdedDays(ctx.scopedTrainerIds, ctx.trainerDays)) {
      const da = ctx.language === 'da';
      const name = ctx.trainers.get(id)?.name ?? `${da ? 'Underviser' : 'Trainer'} ${id}`;
      for (const [a, b] of overlappingPairs(sessions)) {
        const why = da
          ? `${name} er sat på to kursusdage ${ctx.formatDay(date)}: ${sessionName(ctx, a)} og ${sessionName(ctx, b)}.`
          : `${name} is booked in two sessions on ${ctx.formatDay(date)}: ${sessionName(ctx, a)} and ${sessionName(ctx, b)}.`;
        out.push(violation(this, 1, { sessions: [a, b], trainerIds: [id] }, why));
      }
    }
    return out;
  },
};

function venueKey(ctx: RuleContext, s: Session): string | null {
  const cohort = ctx.cohortOf(s);
  if (!cohort) return null;
  return isCentreVenue(cohort.venue) ? `centre:${cohort.venue.centreId}` : `site:${cohort.venue.site}`;
}

/** Penalty: per trainer and day, the number of venues beyond the first. */
export const trainerTwoVenuesSameDay: Rule = {
  name: 'trainer-two-venues-same-day',
  statement: "A trainer's sessions on one day are all at the same venue.",
  statementDa: 'En undervisers kursusdage på samme dag er alle på samme sted.',
  level: 'hard',
  fixedBy: ['date', 'trainers'],
  check(ctx) {
    const out: Violation[] = [];
    for (const { id, date, sessions } of crowdedDays(ctx.scopedTrainerIds, ctx.trainerDays)) {
      const venues = new Map<string, string>();
      for (const s of sessions) {
        const key = venueKey(ctx, s);
        const cohort = ctx.cohortOf(s);
        if (key !== null && cohort && !venues.has(key)) venues.set(key, venueName(ctx, cohort));
      }
      if (venues.size < 2) continue;
      const da = ctx.language === 'da';
      const name = ctx.trainers.get(id)?.name ?? `${da ? 'Underviser' : 'Trainer'} ${id}`;
      const places = listNames([...venues.values()], ctx.language);
      const booked = listNames(sessions.map((s) => sessionName(ctx, s)), ctx.language);
      const why = da
        ? `${name} er sat på ${venues.size} steder ${ctx.formatDay(date)}: ${places} (${booked}).`
        : `${name} is booked at ${venues.size} places on ${ctx.formatDay(date)}: ${places} (${booked}).`;
      out.push(violation(this, venues.size - 1, { sessions, trainerIds: [id] }, why));
    }
    return out;
  },
};
