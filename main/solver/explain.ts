// Why a session is still unassigned, in a planner's words and built from counts
// (issue 4 item 4): which dates are legal for it, which rooms could hold it on
// them, and which qualified trainers are free then. Each step narrows the last,
// so the sentence names the first thing that runs out:
//   "14 trainers have skill dol-strategi; 9 are unavailable on every legal date, 5 are fully booked"
//   "no room at Center Odense holds 120 people (the largest holds 60)"
//   "no working day in the cohort's window fits the gaps to its other days"
import { eachDate, inAnyRange } from '../../shared/calendar/dates';
import type { UnassignedExplanation } from '../../shared/contract/solverResults';
import { isCentreVenue, type Cohort, type DayTemplate, type IsoDate, type Plan, type Room, type Session, type Trainer } from '../../shared/domain/schema';
import { buildContext, type RuleContext } from '../../shared/rules/context';
import { halvesOf, slotsOverlap } from '../../shared/rules/rule';
import { DEFAULT_WEIGHTS } from '../../shared/rules/weights';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function sessionLabel(plan: Pick<Plan, 'cohorts'>, s: Pick<Session, 'cohortId' | 'dayIndex'>): string {
  const cohort = plan.cohorts.find((c) => c.id === s.cohortId);
  return `${cohort?.name ?? `cohort ${s.cohortId}`} day ${s.dayIndex + 1}`;
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

function skillWords(skills: readonly string[]): string {
  return skills.length === 0 ? '' : ` ${skills.length === 1 ? 'skill' : 'skills'} ${listWords(skills)}`;
}

/** Explains one unassigned session; the facts must exist (checked by the caller). */
function explainOne(f: Facts, loads: ReadonlyMap<string, number>): string {
  const { ctx, s, cohort, template, centreId } = f;
  const locks = s.locked;

  const { dates, workingInWindow } = legalDates(f);
  if (dates.length === 0) {
    if (workingInWindow === 0) return `the cohort's window (${cohort.window.start} to ${cohort.window.end}) has no working day inside the term`;
    return `no working day in the cohort's window fits the gaps to its other days (${plural(workingInWindow, 'working day')} in the window, none at the required distance)`;
  }
  const onDates = s.date === null ? `on every one of its ${plural(dates.length, 'legal date')}` : `on ${ctx.formatDay(s.date)}`;

  // Rooms: only when the venue is a centre and no room is set yet.
  let roomDates = dates;
  if (centreId !== null && s.roomId === null) {
    if (locks.includes('room')) return 'its room is locked empty';
    const centre = ctx.centres.get(centreId)?.name ?? `centre ${centreId}`;
    const atCentre = [...ctx.rooms.values()].filter((r) => r.centreId === centreId);
    if (atCentre.length === 0) return `${centre} has no rooms`;
    const big = atCentre.filter((r) => r.capacity >= cohort.participants);
    if (big.length === 0) {
      const largest = Math.max(...atCentre.map((r) => r.capacity));
      return `no room at ${centre} holds ${cohort.participants} people (the largest holds ${largest})`;
    }
    const equipped = big.filter((r) => template.equipment.every((tag) => r.equipment.includes(tag)));
    if (equipped.length === 0) return `${plural(big.length, 'room')} at ${centre} ${big.length === 1 ? 'holds' : 'hold'} ${cohort.participants} people, but none has ${listWords(template.equipment)}`;
    roomDates = dates.filter((d) => equipped.some((r) => roomFree(ctx, r, s, d)));
    if (roomDates.length === 0) {
      const blocked = equipped.filter((r) => dates.every((d) => inAnyRange(d, r.unavailable))).length;
      const booked = equipped.length - blocked;
      const parts = [blocked > 0 ? `${blocked} ${blocked === 1 ? 'is' : 'are'} unavailable` : '', booked > 0 ? `${booked} ${booked === 1 ? 'is' : 'are'} booked` : ''].filter(Boolean);
      return `${plural(equipped.length, 'room')} at ${centre} ${equipped.length === 1 ? 'fits' : 'fit'} the cohort; ${listWords(parts)} ${onDates}`;
    }
  }

  // Trainers: how many more the session needs, and who could be one.
  const have = new Set(s.trainerIds);
  const needed = template.trainers - have.size;
  if (needed <= 0) return 'a valid assignment may exist; the solver did not find one in the time it had (try a longer run, or optimise)';
  if (locks.includes('trainers')) return `its trainers are locked with ${have.size} of the ${template.trainers} it needs`;
  const qualified = [...ctx.trainers.values()].filter((t) => !have.has(t.id) && template.skills.every((k) => t.skills.includes(k)));
  const who = `${plural(qualified.length, 'trainer')} ${qualified.length === 1 ? 'has' : 'have'}${skillWords(template.skills)}`;
  if (qualified.length === 0) return template.skills.length > 0 ? `no trainer has${skillWords(template.skills)}` : 'there are no trainers';
  if (qualified.length < needed) return `${who}, and the session needs ${needed}`;

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
  const where = roomDates.length === dates.length ? 'every legal date' : 'every legal date with a free room';
  const parts: string[] = [];
  if (unavailable > 0) parts.push(`${unavailable} ${unavailable === 1 ? 'is' : 'are'} unavailable on ${s.date === null ? where : 'that day'}`);
  if (full > 0) {
    const detail = atMaximum > 0 && busy > 0 ? ` (${atMaximum} at their maximum days, ${busy} booked elsewhere whenever they are free)` : atMaximum > 0 ? ' (at their maximum days)' : '';
    parts.push(`${full} ${full === 1 ? 'is' : 'are'} fully booked${detail}`);
  }
  if (free < needed) {
    if (free > 0) parts.push(`${free} ${free === 1 ? 'is' : 'are'} free, and the session needs ${needed}`);
    return `${who}; ${listWords(parts)}`;
  }
  if (needed > 1 && ![...freeOn.values()].some((n) => n >= needed)) {
    return `${who}; ${parts.length > 0 ? `${listWords(parts)}; ` : ''}the others are never ${needed} free on the same date`;
  }
  if (roomDates.length < dates.length) return `a room is free on ${plural(roomDates.length, 'date')} and trainers on others, but never both on one date the solver could reach`;
  return 'a valid assignment may exist; the solver did not find one in the time it had (try a longer run, or optimise)';
}

/** One explanation per given session that is unassigned (deferred and unknown ids are left out). */
export function explainUnassigned(plan: Plan, sessionIds: Iterable<string>): UnassignedExplanation[] {
  const ctx = buildContext(plan, { weights: { ...DEFAULT_WEIGHTS } });
  const loads = trainerLoads(ctx);
  const out: UnassignedExplanation[] = [];
  for (const id of sessionIds) {
    const s = ctx.sessions.get(id);
    const cohort = s ? ctx.cohortOf(s) : undefined;
    const template = s ? ctx.templateOf(s) : undefined;
    if (!s || ctx.isDeferred(s)) continue;
    const session = sessionLabel(plan, s);
    if (!cohort || !template) {
      out.push({ sessionId: id, session, reason: cohort ? "its course has no such day" : "its cohort does not exist" });
      continue;
    }
    const centreId = isCentreVenue(cohort.venue) ? cohort.venue.centreId : null;
    out.push({ sessionId: id, session, reason: explainOne({ ctx, s, cohort, template, centreId }, loads) });
  }
  return out;
}
