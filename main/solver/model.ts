// The solver's packed working model (STYLE: fixed facts versus planning
// variables). Every entity is an integer index; a session's fixed facts, its
// current planned values and the candidate lists live in typed arrays, so the
// move loop never touches a string, a Map or the stored Plan. toPlan writes the
// planned values back into a copy of the Plan and leaves everything else alone.
import { REGIONS, isCentreVenue, type Plan, type Region, type Session } from '../../shared/domain/schema';
import { closedReason } from '../../shared/calendar/workingDays';
import { buildContext } from '../../shared/rules/context';
import { costUnits } from '../../shared/rules/soft/cost';
import { fairShares } from '../../shared/rules/soft/fairLoad';
import { spareSeatTolerance } from '../../shared/rules/soft/roomFit';
import { regionDistance } from '../../shared/rules/regions';
import { DEFAULT_WEIGHTS } from '../../shared/rules/weights';
import { dayNumber, isoOfDayNumber } from './days';

export const NONE = -1;
/** Baseline marks: the session is new (no baseline), or the baseline names something this plan lacks. */
export const NOT_IN_BASELINE = -2;
export const UNKNOWN_IN_BASELINE = -3;

export const SLOT_FULL = 0;
export const SLOT_AM = 1;
export const SLOT_PM = 2;

export const LOCK_DATE = 1;
export const LOCK_ROOM = 2;
export const LOCK_TRAINERS = 4;

/** Days indexed around the term so the outside-term and outside-window rules have room to show. */
const DAY_MARGIN = 14;

export interface Model {
  readonly sessionCount: number;
  readonly trainerCount: number;
  readonly roomCount: number;
  readonly cohortCount: number;
  readonly templateCount: number;
  readonly centreCount: number;
  /** Day index 0 is this absolute day number; every indexed date lies in [0, dayCount). */
  readonly dayBase: number;
  readonly dayCount: number;
  readonly termStart: number;
  readonly termEnd: number;

  readonly sessionIds: readonly string[];
  readonly trainerIds: readonly string[];
  readonly roomIds: readonly string[];
  readonly cohortIds: readonly string[];

  // Sessions: fixed facts.
  readonly sCohort: Int32Array;
  readonly sTemplate: Int32Array;
  readonly sDayIndex: Int32Array;
  readonly sSlot: Uint8Array;
  readonly sHalves: Uint8Array;
  readonly sRequired: Uint8Array;
  readonly sDeferred: Uint8Array;
  readonly sLocks: Uint8Array;
  /** Trainer slots of session s are slotStart[s] .. slotStart[s + 1] − 1. */
  readonly slotStart: Int32Array;
  readonly slotSession: Int32Array;

  // Sessions: planned values.
  readonly sDay: Int32Array;
  readonly sRoom: Int32Array;
  readonly slotTrainer: Int32Array;

  // Baseline (stability): NOT_IN_BASELINE when the session is new.
  readonly hasBaseline: boolean;
  readonly bDay: Int32Array;
  readonly bRoom: Int32Array;
  /** Distinct baseline trainers of s: bTrainers[bTrainerStart[s] .. bTrainerStart[s + 1]); bTrainersUnknown when one no longer exists. */
  readonly bTrainerStart: Int32Array;
  readonly bTrainers: Int32Array;
  readonly bTrainersUnknown: Uint8Array;

  // Cohorts.
  readonly cSessionStart: Int32Array;
  /** Sessions of each cohort in dayIndex order. */
  readonly cSessions: Int32Array;
  readonly cParticipants: Int32Array;
  readonly cWindowStart: Int32Array;
  readonly cWindowEnd: Int32Array;
  /** Centre index, or NONE at a customer's site. */
  readonly cCentre: Int32Array;
  /** Venue index: centres first, then each distinct customer site. */
  readonly cVenue: Int32Array;
  readonly cRegion: Uint8Array;
  /** Course days in the cohort's course (spread's n). */
  readonly cCourseDays: Int32Array;
  /** Most trainers any of its term's days asks for (continuity's allowance). */
  readonly cNeeded: Int32Array;
  /** 1 where the cohort cannot come, per cohort × day. */
  readonly cUnavailable: Uint8Array;
  readonly cLegalStart: Int32Array;
  /** Days a cohort's sessions may take: working day at its venue, in term, in window, not blocked by the cohort. */
  readonly cLegal: Int32Array;

  // Day templates (course × dayIndex).
  readonly tplRequired: Uint8Array;
  /** Cumulative over a course's days: Σ minGapDays, Σ maxGapDays, and how many lack a maxGapDays. */
  readonly tplMinPrefix: Int32Array;
  readonly tplMaxPrefix: Int32Array;
  readonly tplMaxMissingPrefix: Int32Array;
  /** Required skills trainer t lacks for template p: [p * trainerCount + t]. */
  readonly tplSkillMissing: Uint8Array;
  /** Required equipment room r lacks for template p: [p * roomCount + r]. */
  readonly tplEquipMissing: Uint8Array;
  readonly tplQualifiedStart: Int32Array;
  readonly tplQualified: Int32Array;

  // Rooms.
  readonly rCentre: Int32Array;
  readonly rCapacity: Int32Array;
  readonly rUnavailable: Uint8Array;
  /** Rooms that fit session s (its centre, seats, equipment), smallest first. */
  readonly sRoomCandStart: Int32Array;
  readonly sRoomCands: Int32Array;

  // Trainers.
  readonly tAllowedHalves: Int32Array;
  readonly tFairHalves: Int32Array;
  /** round(dayRate / 1000) for external trainers, 0 for internal ones. */
  readonly tCostUnits: Int32Array;
  readonly tRegion: Uint8Array;
  readonly tUnavailable: Uint8Array;

  /** 1 where the venue is closed, per (centre index, or centreCount for a customer's site) × day. */
  readonly closed: Uint8Array;
  /** regionDistance between region indexes a and b: [a * REGIONS.length + b]. */
  readonly regionDistance: Uint8Array;
  /** Empty seats a cohort may have in room r before room-fit counts them: [c * roomCount + r]. */
  readonly roomFitExcess: Int32Array;

  // Occupancy, kept by the scorer: linked lists of trainer slots per trainer × day
  // and of sessions per room × day, loads in half days, trainer counts per cohort.
  readonly tdHead: Int32Array;
  readonly slotNext: Int32Array;
  readonly slotPrev: Int32Array;
  readonly slotLinked: Uint8Array;
  readonly rdHead: Int32Array;
  readonly sNext: Int32Array;
  readonly sPrev: Int32Array;
  readonly sRoomLinked: Uint8Array;
  readonly tLoad: Int32Array;
  readonly cTrainerCount: Uint16Array;
  readonly cDistinctTrainers: Int32Array;
}

export interface ModelOptions {
  baseline?: Plan;
  /** Extra empty trainer slots per session (tests use them to list too many trainers). */
  spareTrainerSlots?: number;
}

function indexOf(list: readonly { id: string }[]): Map<string, number> {
  return new Map(list.map((x, i) => [x.id, i]));
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the plan refers to ${what}, which does not exist`);
  return value;
}

export function buildModel(plan: Plan, options: ModelOptions = {}): Model {
  const ctx = buildContext(plan, { weights: { ...DEFAULT_WEIGHTS } });
  const centreIx = indexOf(plan.centres);
  const roomIx = indexOf(plan.rooms);
  const trainerIx = indexOf(plan.trainers);
  const cohortIx = indexOf(plan.cohorts);
  const regionIx = new Map<Region, number>(REGIONS.map((r, i) => [r, i]));
  const S = plan.sessions.length;
  const T = plan.trainers.length;
  const R = plan.rooms.length;
  const C = plan.cohorts.length;
  const centreCount = plan.centres.length;
  const baselineById = options.baseline ? new Map(options.baseline.sessions.map((s) => [s.id, s])) : null;

  // The day range covers the term with a margin and every date the data names.
  let lo = dayNumber(plan.term.start) - DAY_MARGIN;
  let hi = dayNumber(plan.term.end) + DAY_MARGIN;
  const widen = (iso: string | null | undefined) => {
    if (!iso) return;
    const n = dayNumber(iso);
    if (n < lo) lo = n;
    if (n > hi) hi = n;
  };
  for (const c of plan.cohorts) {
    widen(c.window.start);
    widen(c.window.end);
  }
  for (const s of plan.sessions) widen(s.date);
  if (baselineById) for (const s of baselineById.values()) widen(s.date);
  const dayBase = lo;
  const D = hi - lo + 1;
  const dayOf = (iso: string) => dayNumber(iso) - dayBase;
  const markRanges = (target: Uint8Array, row: number, ranges: readonly { start: string; end: string }[] | undefined) => {
    for (const r of ranges ?? []) {
      const a = Math.max(0, dayOf(r.start));
      const b = Math.min(D - 1, dayOf(r.end));
      for (let d = a; d <= b; d++) target[row * D + d] = 1;
    }
  };

  // Day templates, numbered course by course.
  const courseTplStart = new Map<string, number>();
  let P = 0;
  for (const course of plan.courses) {
    courseTplStart.set(course.id, P);
    P += course.days.length;
  }
  const tplRequired = new Uint8Array(P);
  const tplMinPrefix = new Int32Array(P);
  const tplMaxPrefix = new Int32Array(P);
  const tplMaxMissingPrefix = new Int32Array(P);
  const tplSkillMissing = new Uint8Array(P * T);
  const tplEquipMissing = new Uint8Array(P * R);
  const qualified: number[][] = [];
  for (const course of plan.courses) {
    const start = courseTplStart.get(course.id)!;
    let minSum = 0;
    let maxSum = 0;
    let missing = 0;
    course.days.forEach((day, i) => {
      const p = start + i;
      if (i > 0) {
        minSum += day.minGapDays;
        if (day.maxGapDays === undefined) missing++;
        else maxSum += day.maxGapDays;
      }
      tplRequired[p] = day.trainers;
      tplMinPrefix[p] = minSum;
      tplMaxPrefix[p] = maxSum;
      tplMaxMissingPrefix[p] = missing;
      const skills = [...new Set(day.skills)];
      const q: number[] = [];
      plan.trainers.forEach((t, ti) => {
        const lacks = skills.filter((k) => !t.skills.includes(k)).length;
        tplSkillMissing[p * T + ti] = lacks;
        if (lacks === 0) q.push(ti);
      });
      qualified.push(q);
      const equipment = [...new Set(day.equipment)];
      plan.rooms.forEach((room, ri) => {
        tplEquipMissing[p * R + ri] = equipment.filter((tag) => !room.equipment.includes(tag)).length;
      });
    });
  }
  const [tplQualifiedStart, tplQualified] = flatten(qualified);

  // Closed days per centre and for customers' sites (only closures of all centres).
  // Weekends and holidays asked once per day, then only the closures that cover it (repair builds a model per pass).
  const closed = new Uint8Array((centreCount + 1) * D);
  for (let d = 0; d < D; d++) {
    const iso = isoOfDayNumber(dayBase + d);
    const everywhere = closedReason(iso, [], null) !== null;
    const covering = plan.closures.filter((cl) => cl.start <= iso && iso <= cl.end);
    if (!everywhere && covering.length === 0) continue;
    for (let c = 0; c <= centreCount; c++) {
      const centreId = c < centreCount ? plan.centres[c]!.id : null;
      if (everywhere || closedReason(iso, covering, centreId) !== null) closed[c * D + d] = 1;
    }
  }

  // Rooms.
  const rCentre = new Int32Array(R);
  const rCapacity = new Int32Array(R);
  const rUnavailable = new Uint8Array(R * D);
  plan.rooms.forEach((room, r) => {
    rCentre[r] = need(centreIx.get(room.centreId), `centre "${room.centreId}"`);
    rCapacity[r] = room.capacity;
    markRanges(rUnavailable, r, room.unavailable);
  });

  // Trainers.
  const shares = fairShares(ctx);
  const tAllowedHalves = new Int32Array(T);
  const tFairHalves = new Int32Array(T);
  const tCostUnits = new Int32Array(T);
  const tRegion = new Uint8Array(T);
  const tUnavailable = new Uint8Array(T * D);
  plan.trainers.forEach((t, i) => {
    tAllowedHalves[i] = Math.floor(2 * t.maxDays);
    tFairHalves[i] = shares.get(t.id) ?? 0;
    tCostUnits[i] = t.kind === 'external' ? costUnits(t.dayRate) : 0;
    tRegion[i] = regionIx.get(t.homeRegion)!;
    markRanges(tUnavailable, i, t.unavailable);
  });
  const regionDist = new Uint8Array(REGIONS.length * REGIONS.length);
  REGIONS.forEach((a, i) => REGIONS.forEach((b, j) => (regionDist[i * REGIONS.length + j] = regionDistance(a, b))));

  // Cohorts.
  const termStart = dayOf(plan.term.start);
  const termEnd = dayOf(plan.term.end);
  const siteIx = new Map<string, number>();
  const cParticipants = new Int32Array(C);
  const cWindowStart = new Int32Array(C);
  const cWindowEnd = new Int32Array(C);
  const cCentre = new Int32Array(C);
  const cVenue = new Int32Array(C);
  const cRegion = new Uint8Array(C);
  const cCourseDays = new Int32Array(C);
  const cNeeded = new Int32Array(C);
  const cUnavailable = new Uint8Array(C * D);
  const roomFitExcess = new Int32Array(C * R);
  const legal: number[][] = [];
  const cohortTplStart = new Int32Array(C);
  plan.cohorts.forEach((cohort, c) => {
    const course = need(plan.courses.find((k) => k.id === cohort.courseId), `course "${cohort.courseId}"`);
    cohortTplStart[c] = courseTplStart.get(course.id)!;
    cParticipants[c] = cohort.participants;
    cWindowStart[c] = dayOf(cohort.window.start);
    cWindowEnd[c] = dayOf(cohort.window.end);
    cCourseDays[c] = course.days.length;
    if (isCentreVenue(cohort.venue)) {
      const centre = need(centreIx.get(cohort.venue.centreId), `centre "${cohort.venue.centreId}"`);
      cCentre[c] = centre;
      cVenue[c] = centre;
      cRegion[c] = regionIx.get(plan.centres[centre]!.region)!;
    } else {
      cCentre[c] = NONE;
      let v = siteIx.get(cohort.venue.site);
      if (v === undefined) siteIx.set(cohort.venue.site, (v = centreCount + siteIx.size));
      cVenue[c] = v;
      cRegion[c] = regionIx.get(cohort.venue.region)!;
    }
    markRanges(cUnavailable, c, cohort.unavailable);
    const tolerance = spareSeatTolerance(cohort.participants);
    for (let r = 0; r < R; r++) roomFitExcess[c * R + r] = Math.max(0, rCapacity[r]! - cohort.participants - tolerance);
    const closedRow = (cCentre[c]! >= 0 ? cCentre[c]! : centreCount) * D;
    const days: number[] = [];
    const from = Math.max(0, termStart, cWindowStart[c]!);
    const to = Math.min(D - 1, termEnd, cWindowEnd[c]!);
    for (let d = from; d <= to; d++) if (!closed[closedRow + d] && !cUnavailable[c * D + d]) days.push(d);
    legal.push(days);
  });
  const [cLegalStart, cLegal] = flatten(legal);

  // Sessions.
  const sCohort = new Int32Array(S);
  const sTemplate = new Int32Array(S);
  const sDayIndex = new Int32Array(S);
  const sSlot = new Uint8Array(S);
  const sHalves = new Uint8Array(S);
  const sRequired = new Uint8Array(S);
  const sDeferred = new Uint8Array(S);
  const sLocks = new Uint8Array(S);
  const sDay = new Int32Array(S).fill(NONE);
  const sRoom = new Int32Array(S).fill(NONE);
  const slotStart = new Int32Array(S + 1);
  const spare = options.spareTrainerSlots ?? 0;
  const bySession: number[][] = [];
  const roomCands: number[][] = [];
  const cohortSessions: number[][] = plan.cohorts.map(() => []);
  plan.sessions.forEach((s, i) => {
    const c = need(cohortIx.get(s.cohortId), `cohort "${s.cohortId}"`);
    const course = plan.courses.find((k) => k.id === plan.cohorts[c]!.courseId)!;
    if (s.dayIndex >= course.days.length) throw new Error(`session "${s.id}" is day ${s.dayIndex + 1} of a course with ${course.days.length} days`);
    const p = cohortTplStart[c]! + s.dayIndex;
    sCohort[i] = c;
    sTemplate[i] = p;
    sDayIndex[i] = s.dayIndex;
    sSlot[i] = s.slot === 'full' ? SLOT_FULL : s.slot === 'am' ? SLOT_AM : SLOT_PM;
    sHalves[i] = s.slot === 'full' ? 2 : 1;
    sRequired[i] = tplRequired[p]!;
    sDeferred[i] = ctx.isDeferred(s) ? 1 : 0;
    sLocks[i] = (s.locked.includes('date') ? LOCK_DATE : 0) | (s.locked.includes('room') ? LOCK_ROOM : 0) | (s.locked.includes('trainers') ? LOCK_TRAINERS : 0);
    if (s.date !== null) sDay[i] = dayOf(s.date);
    if (s.roomId !== null) sRoom[i] = need(roomIx.get(s.roomId), `room "${s.roomId}"`);
    const trainers = s.trainerIds.map((id) => need(trainerIx.get(id), `trainer "${id}"`));
    while (trainers.length < sRequired[i]! + spare || trainers.length < 1) trainers.push(NONE);
    bySession.push(trainers);
    cohortSessions[c]!.push(i);
    const fits: number[] = [];
    const centre = cCentre[c]!;
    if (centre >= 0) {
      for (let r = 0; r < R; r++) {
        if (rCentre[r] === centre && rCapacity[r]! >= cParticipants[c]! && tplEquipMissing[p * R + r] === 0) fits.push(r);
      }
      fits.sort((a, b) => rCapacity[a]! - rCapacity[b]! || a - b);
    }
    roomCands.push(fits);
  });
  const [slotStartFlat, slotTrainer] = flatten(bySession);
  slotStart.set(slotStartFlat);
  const slotSession = new Int32Array(slotTrainer.length);
  for (let s = 0; s < S; s++) for (let k = slotStart[s]!; k < slotStart[s + 1]!; k++) slotSession[k] = s;
  for (const list of cohortSessions) list.sort((a, b) => sDayIndex[a]! - sDayIndex[b]!);
  const [cSessionStart, cSessions] = flatten(cohortSessions);
  const [sRoomCandStart, sRoomCands] = flatten(roomCands);
  for (let c = 0; c < C; c++) {
    let needed = 0;
    for (let k = cSessionStart[c]!; k < cSessionStart[c + 1]!; k++) {
      const s = cSessions[k]!;
      if (!sDeferred[s]) needed = Math.max(needed, sRequired[s]!);
    }
    cNeeded[c] = needed;
  }

  // Baseline.
  const bDay = new Int32Array(S).fill(NOT_IN_BASELINE);
  const bRoom = new Int32Array(S).fill(NOT_IN_BASELINE);
  const bTrainersUnknown = new Uint8Array(S);
  const baseTrainers: number[][] = [];
  plan.sessions.forEach((s, i) => {
    const before: Session | undefined = baselineById?.get(s.id);
    const list: number[] = [];
    if (before) {
      bDay[i] = before.date === null ? NONE : dayOf(before.date);
      bRoom[i] = before.roomId === null ? NONE : (roomIx.get(before.roomId) ?? UNKNOWN_IN_BASELINE);
      for (const id of new Set(before.trainerIds)) {
        const t = trainerIx.get(id);
        if (t === undefined) bTrainersUnknown[i] = 1;
        else list.push(t);
      }
    }
    baseTrainers.push(list);
  });
  const [bTrainerStart, bTrainers] = flatten(baseTrainers);

  const slots = slotTrainer.length;
  return {
    sessionCount: S,
    trainerCount: T,
    roomCount: R,
    cohortCount: C,
    templateCount: P,
    centreCount,
    dayBase,
    dayCount: D,
    termStart,
    termEnd,
    sessionIds: plan.sessions.map((s) => s.id),
    trainerIds: plan.trainers.map((t) => t.id),
    roomIds: plan.rooms.map((r) => r.id),
    cohortIds: plan.cohorts.map((c) => c.id),
    sCohort,
    sTemplate,
    sDayIndex,
    sSlot,
    sHalves,
    sRequired,
    sDeferred,
    sLocks,
    slotStart,
    slotSession,
    sDay,
    sRoom,
    slotTrainer,
    hasBaseline: baselineById !== null,
    bDay,
    bRoom,
    bTrainerStart,
    bTrainers,
    bTrainersUnknown,
    cSessionStart,
    cSessions,
    cParticipants,
    cWindowStart,
    cWindowEnd,
    cCentre,
    cVenue,
    cRegion,
    cCourseDays,
    cNeeded,
    cUnavailable,
    cLegalStart,
    cLegal,
    tplRequired,
    tplMinPrefix,
    tplMaxPrefix,
    tplMaxMissingPrefix,
    tplSkillMissing,
    tplEquipMissing,
    tplQualifiedStart,
    tplQualified,
    rCentre,
    rCapacity,
    rUnavailable,
    sRoomCandStart,
    sRoomCands,
    tAllowedHalves,
    tFairHalves,
    tCostUnits,
    tRegion,
    tUnavailable,
    closed,
    regionDistance: regionDist,
    roomFitExcess,
    tdHead: new Int32Array(T * D).fill(NONE),
    slotNext: new Int32Array(slots).fill(NONE),
    slotPrev: new Int32Array(slots).fill(NONE),
    slotLinked: new Uint8Array(slots),
    rdHead: new Int32Array(R * D).fill(NONE),
    sNext: new Int32Array(S).fill(NONE),
    sPrev: new Int32Array(S).fill(NONE),
    sRoomLinked: new Uint8Array(S),
    tLoad: new Int32Array(T),
    cTrainerCount: new Uint16Array(C * T),
    cDistinctTrainers: new Int32Array(C),
  };
}

/** Lists of lists as one flat array with offsets: list i is flat[start[i] .. start[i + 1]). */
function flatten(lists: readonly (readonly number[])[]): [Int32Array, Int32Array] {
  const start = new Int32Array(lists.length + 1);
  let n = 0;
  lists.forEach((l, i) => {
    start[i] = n;
    n += l.length;
  });
  start[lists.length] = n;
  const flat = new Int32Array(n);
  lists.forEach((l, i) => flat.set(l, start[i]!));
  return [start, flat];
}

/** The model's trainers of session s in slot order, without empty slots. */
export function trainersOfSession(model: Model, s: number): number[] {
  const out: number[] = [];
  for (let k = model.slotStart[s]!; k < model.slotStart[s + 1]!; k++) if (model.slotTrainer[k]! >= 0) out.push(model.slotTrainer[k]!);
  return out;
}

export function isoOfDay(model: Model, day: number): string {
  return isoOfDayNumber(model.dayBase + day);
}

/**
 * The plan with the model's planned values written back. Sessions whose values did
 * not change are the original objects; every other field, known or not, is kept.
 */
export function toPlan(model: Model, plan: Plan): Plan {
  const sessions = plan.sessions.map((s, i) => {
    const day = model.sDay[i]!;
    const date = day === NONE ? null : isoOfDay(model, day);
    const room = model.sRoom[i]!;
    const roomId = room === NONE ? null : model.roomIds[room]!;
    const ids = trainersOfSession(model, i).map((t) => model.trainerIds[t]!);
    const sameTrainers = ids.length === s.trainerIds.length && ids.every((id, k) => id === s.trainerIds[k]);
    if (date === s.date && roomId === s.roomId && sameTrainers) return s;
    return { ...s, date, roomId, trainerIds: sameTrainers ? s.trainerIds : ids };
  });
  return { ...plan, sessions };
}
