// Why a session is still unassigned, in a planner's words (English or Danish,
// explainMessages.ts) and built from counts
// (issue 4 item 4): which dates are legal for it, which rooms could hold it on
// them, and which qualified trainers are free then. Each step narrows the last,
// so the sentence names the first thing that runs out:
//   "14 trainers have skill dol-strategi; 9 are unavailable on every legal date, 5 are fully booked"
//   "no room at Center Odense holds 120 people (the largest holds 60)"
//   "no working day in the cohort's window fits the gaps to its other days"
import { eachDate, inAnyRange } from '../../shared/calendar/dates';
import type { UnassignedCause, UnassignedExplanation } from '../../shared/contract/solverResults';
import { isCentreVenue, type Cohort, type DayTemplate, type IsoDate, type Plan, type Room, type Session, type Trainer } from '../../shared/domain/schema';
import { buildContext, type RuleContext } from '../../shared/rules/context';
import { halvesOf, slotsOverlap } from '../../shared/rules/rule';
import type { Language, Text } from '../../shared/i18n/text';
import { DEFAULT_WEIGHTS } from '../../shared/rules/weights';
import { explainMessages as m } from './explainMessages';
import { skillShortfall } from './skillCapacity';

/** "GLU Odense hold 2 day 1" / "GLU Odense hold 2 dag 1". */
export function sessionLabel(plan: Pick<Plan, 'cohorts'>, s: Pick<Session, 'cohortId' | 'dayIndex'>, language: Language = 'en'): string {
  const cohort = plan.cohorts.find((c) => c.id === s.cohortId);
  return m.sessionLabel({ cohort: cohort?.name ?? null, cohortId: s.cohortId, day: s.dayIndex + 1 })[language];
}

interface Facts {
  ctx: RuleContext;
  s: Session;
  cohort: Cohort;
  template: DayTemplate;
  centreId: string | null;
}

/** Half days each trainer is booked for this term, as the max-days rule counts them. */
function trainerLoads(ctx: RuleContext): Map<string, number> {
  const loads = new Map<string, number>();
  for (const [id, sessions] of ctx.sessionsByTrainer) {
    let used = 0;
    for (const x of sessions) if (!ctx.isDeferred(x)) used += halvesOf(x.slot);
    loads.set(id, used);
  }
  return loads;
}

/**
 * The dates the session could take given its cohort's window, the term, working
 * days at its venue, the cohort's own blocked days and the gaps to the cohort's
 * other dated days. A session whose date is already set keeps it.
 */
function legalDates(f: Facts): { dates: IsoDate[]; workingInWindow: number } {
  const { ctx, s, cohort, centreId } = f;
  if (s.date !== null) return { dates: [s.date], workingInWindow: 1 };
  const term = ctx.plan.term;
  const start = cohort.window.start > term.start ? cohort.window.start : term.start;
  const end = cohort.window.end < term.end ? cohort.window.end : term.end;
  if (start > end) return { dates: [], workingInWindow: 0 };
  const working = eachDate(start, end).filter((d) => ctx.closed(d, centreId) === null && !inAnyRange(d, cohort.unavailable));
  const course = ctx.courses.get(cohort.courseId);
  const siblings = ctx.sessionsByCohort.get(cohort.id) ?? [];
  const fits = (d: IsoDate): boolean => {
    for (const o of siblings) {
      if (o.id === s.id || o.date === null) continue;
      const [a, b, da, db] = o.dayIndex < s.dayIndex ? [o.dayIndex, s.dayIndex, o.date, d] : [s.dayIndex, o.dayIndex, d, o.date];
      let minGap = 0;
      for (let i = a + 1; i <= b; i++) minGap += course?.days[i]?.minGapDays ?? 1;
      const gap = ctx.day(db) - ctx.day(da);
      if (gap < minGap) return false;
      const maxGap = b === a + 1 ? course?.days[b]?.maxGapDays : undefined;
      if (maxGap !== undefined && gap > maxGap) return false;
    }
    return true;
  };
  return { dates: working.filter(fits), workingInWindow: working.length };
}

function roomFree(ctx: RuleContext, room: Room, s: Session, d: IsoDate): boolean {
  if (inAnyRange(d, room.unavailable)) return false;
  return !(ctx.roomDays.get(room.id)?.get(d) ?? []).some((o) => o.id !== s.id && slotsOverlap(o.slot, s.slot));
}

function venueKey(cohort: Cohort | undefined): string {
  if (!cohort) return '';
  return isCentreVenue(cohort.venue) ? `centre:${cohort.venue.centreId}` : `site:${cohort.venue.site}`;
}

type TrainerDay = 'free' | 'unavailable' | 'busy';

function trainerOn(ctx: RuleContext, t: Trainer, f: Facts, d: IsoDate): TrainerDay {
  if (inAnyRange(d, t.unavailable)) return 'unavailable';
  const here = venueKey(f.cohort);
  for (const o of ctx.trainerDays.get(t.id)?.get(d) ?? []) {
    if (o.id === f.s.id) continue;
    if (slotsOverlap(o.slot, f.s.slot) || venueKey(ctx.cohortOf(o)) !== here) return 'busy';
  }
  return 'free';
}

/** What kind of obstacle a sentence names: a test or a report can tell them apart without reading the words. */
type Explained = { cause: UnassignedCause; text: Text };

const because = (cause: UnassignedCause, text: Text): Explained => ({ cause, text });

/** Explains one unassigned session; the facts must exist (checked by the caller). */
function explainOne(f: Facts, loads: ReadonlyMap<string, number>): Explained {
  const { ctx, s, cohort, template, centreId } = f;
  const locks = s.locked;

  const { dates, workingInWindow } = legalDates(f);
  if (dates.length === 0) {
    if (workingInWindow === 0) return because('no-legal-date', m.windowOutsideTerm({ start: cohort.window.start, end: cohort.window.end }));
    return because('no-legal-date', m.gapsDoNotFit({ working: workingInWindow }));
  }
  const onDates = m.onDates(s.date === null ? { dates: dates.length } : { date: s.date });

  // Rooms: only when the venue is a centre and no room is set yet.
  let roomDates = dates;
  if (centreId !== null && s.roomId === null) {
    if (locks.includes('room')) return because('locked', m.roomLockedEmpty());
    const centre = ctx.centres.get(centreId)?.name ?? centreId;
    const atCentre = [...ctx.rooms.values()].filter((r) => r.centreId === centreId);
    if (atCentre.length === 0) return because('no-room-fits', m.centreHasNoRooms({ centre }));
    const big = atCentre.filter((r) => r.capacity >= cohort.participants);
    if (big.length === 0) {
      const largest = Math.max(...atCentre.map((r) => r.capacity));
      return because('no-room-fits', m.noRoomBigEnough({ centre, participants: cohort.participants, largest }));
    }
    const equipped = big.filter((r) => template.equipment.every((tag) => r.equipment.includes(tag)));
    if (equipped.length === 0) return because('no-room-fits', m.noRoomEquipped({ rooms: big.length, centre, participants: cohort.participants, equipment: template.equipment }));
    roomDates = dates.filter((d) => equipped.some((r) => roomFree(ctx, r, s, d)));
    if (roomDates.length === 0) {
      const blocked = equipped.filter((r) => dates.every((d) => inAnyRange(d, r.unavailable))).length;
      const booked = equipped.length - blocked;
      return because('rooms-taken', m.roomsTaken({ rooms: equipped.length, centre, blocked, booked, onDates }));
    }
  }

  // Trainers: how many more the session needs, and who could be one.
  const have = new Set(s.trainerIds);
  const needed = template.trainers - have.size;
  if (needed <= 0) return because('other', m.mayExist());
  if (locks.includes('trainers')) return because('locked', m.trainersLocked({ have: have.size, needed: template.trainers }));
  const qualified = [...ctx.trainers.values()].filter((t) => !have.has(t.id) && template.skills.every((k) => t.skills.includes(k)));
  const who = m.qualified({ trainers: qualified.length, skills: template.skills });
  if (qualified.length === 0) return because('no-qualified-trainer', m.noQualifiedTrainer({ skills: template.skills }));
  if (qualified.length < needed) return because('no-qualified-trainer', m.tooFewQualified({ who, needed }));

  let unavailable = 0;
  let atMaximum = 0;
  let busy = 0;
  const freeOn = new Map<IsoDate, number>();
  for (const t of qualified) {
    const states = roomDates.map((d) => trainerOn(ctx, t, f, d));
    if (states.every((x) => x === 'unavailable')) {
      unavailable++;
      continue;
    }
    if ((loads.get(t.id) ?? 0) + halvesOf(s.slot) > Math.floor(2 * t.maxDays)) {
      atMaximum++;
      continue;
    }
    if (!states.includes('free')) {
      busy++;
      continue;
    }
    roomDates.forEach((d, i) => {
      if (states[i] === 'free') freeOn.set(d, (freeOn.get(d) ?? 0) + 1);
    });
  }
  const full = atMaximum + busy;
  const free = qualified.length - unavailable - full;
  const where = s.date !== null ? 'thatDay' : roomDates.length === dates.length ? 'everyLegalDate' : 'everyDateWithRoom';
  const parts: Text[] = [];
  if (unavailable > 0) parts.push(m.trainersUnavailable({ trainers: unavailable, where }));
  if (full > 0) parts.push(m.trainersFull({ trainers: full, atMaximum, busy }));
  const short = atMaximum > 0 ? skillShortfall(ctx, qualified) : null;
  if (short) parts.push(m.skillCapacityShort(short));
  if (free < needed) {
    if (free > 0) parts.push(m.trainersFreeTooFew({ free, needed }));
    return because('trainers-busy', m.trainersRunOut({ who, parts }));
  }
  if (needed > 1 && ![...freeOn.values()].some((n) => n >= needed)) return because('trainers-busy', m.neverTogether({ who, parts, needed }));
  if (roomDates.length < dates.length) return because('rooms-taken', m.roomAndTrainersApart({ dates: roomDates.length }));
  return because('other', m.mayExist());
}

/** One explanation per given session that is unassigned (deferred and unknown ids are left out), in `language`. */
export function explainUnassigned(plan: Plan, sessionIds: Iterable<string>, language: Language = 'en'): UnassignedExplanation[] {
  const ctx = buildContext(plan, { weights: { ...DEFAULT_WEIGHTS } });
  const loads = trainerLoads(ctx);
  const out: UnassignedExplanation[] = [];
  for (const id of sessionIds) {
    const s = ctx.sessions.get(id);
    const cohort = s ? ctx.cohortOf(s) : undefined;
    const template = s ? ctx.templateOf(s) : undefined;
    if (!s || ctx.isDeferred(s)) continue;
    const session = sessionLabel(plan, s, language);
    if (!cohort || !template) {
      out.push({ sessionId: id, session, reason: (cohort ? m.noSuchDay() : m.noCohort())[language], cause: 'other' });
      continue;
    }
    const centreId = isCentreVenue(cohort.venue) ? cohort.venue.centreId : null;
    const { cause, text } = explainOne({ ctx, s, cohort, template, centreId }, loads);
    out.push({ sessionId: id, session, reason: text[language], cause });
  }
  return out;
}
