// The one index the rules share, built once per check: lookups by id, each
// cohort's sessions in day order, each trainer's and room's sessions per day,
// and memoised calendar facts (dates recur a lot, date-fns parsing is not free).
// A scope (a set of session ids) narrows what the rules walk to the sessions,
// cohorts, trainers and rooms those sessions touch.
import { daysBetween } from '../calendar/dates';
import { closedReason, type ClosedReason } from '../calendar/workingDays';
import {
  isCentreVenue,
  type Centre,
  type Cohort,
  type Course,
  type DayTemplate,
  type IsoDate,
  type Plan,
  type Region,
  type Room,
  type Session,
  type Trainer,
} from '../domain/schema';
import { formatDayIn } from './names';
import type { Language } from './types';
import type { SoftWeights } from './weights';

const EPOCH = '2000-01-01';

export interface RuleContext {
  readonly plan: Plan;
  readonly weights: SoftWeights;
  /** The language justifications are written in. */
  readonly language: Language;
  /** The plan the planner started from, by session id, when re-planning. */
  readonly baseline: ReadonlyMap<string, Session> | null;
  readonly centres: ReadonlyMap<string, Centre>;
  readonly rooms: ReadonlyMap<string, Room>;
  readonly trainers: ReadonlyMap<string, Trainer>;
  readonly courses: ReadonlyMap<string, Course>;
  readonly cohorts: ReadonlyMap<string, Cohort>;
  readonly sessions: ReadonlyMap<string, Session>;
  /** Each cohort's sessions sorted by dayIndex. */
  readonly sessionsByCohort: ReadonlyMap<string, readonly Session[]>;
  /** Sessions listing each trainer (each session once), and the same per date. */
  readonly sessionsByTrainer: ReadonlyMap<string, readonly Session[]>;
  readonly trainerDays: ReadonlyMap<string, ReadonlyMap<IsoDate, readonly Session[]>>;
  readonly roomDays: ReadonlyMap<string, ReadonlyMap<IsoDate, readonly Session[]>>;

  /** What the rules walk: everything, or what the scope touches. */
  readonly scope: ReadonlySet<string> | null;
  readonly scopedSessions: readonly Session[];
  readonly scopedCohortIds: readonly string[];
  readonly scopedTrainerIds: readonly string[];
  readonly scopedRoomIds: readonly string[];

  cohortOf(s: Session): Cohort | undefined;
  templateOf(s: Session): DayTemplate | undefined;
  /** Distinct trainer ids of a session, in the order first listed. */
  trainersOf(s: Session): readonly string[];
  /** Calendar day number, for differences between dates. */
  day(iso: IsoDate): number;
  formatDay(iso: IsoDate): string;
  closed(iso: IsoDate, centreId: string | null): ClosedReason | null;
  /** The region a cohort is taught in: its centre's, or its customer site's. */
  venueRegion(c: Cohort): Region | undefined;
  /** Belongs to a later term (DESIGN §3): neither assigned nor unassigned. */
  isDeferred(s: Session): boolean;
}

export interface ContextOptions {
  weights: SoftWeights;
  language?: Language | undefined;
  baseline?: Plan | undefined;
  scope?: Iterable<string> | undefined;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}

export function buildContext(plan: Plan, options: ContextOptions): RuleContext {
  const language = options.language ?? 'en';
  const centres = byId(plan.centres);
  const rooms = byId(plan.rooms);
  const trainers = byId(plan.trainers);
  const courses = byId(plan.courses);
  const cohorts = byId(plan.cohorts);
  const sessions = byId(plan.sessions);

  const dayMemo = new Map<IsoDate, number>();
  const day = (iso: IsoDate): number => {
    let n = dayMemo.get(iso);
    if (n === undefined) {
      n = daysBetween(EPOCH, iso);
      dayMemo.set(iso, n);
    }
    return n;
  };
  const formatMemo = new Map<IsoDate, string>();
  const fmt = (iso: IsoDate): string => {
    let s = formatMemo.get(iso);
    if (s === undefined) {
      s = formatDayIn(iso, language);
      formatMemo.set(iso, s);
    }
    return s;
  };
  const closedMemo = new Map<string, ClosedReason | null>();
  const closed = (iso: IsoDate, centreId: string | null): ClosedReason | null => {
    const key = `${iso}|${centreId ?? ''}`;
    let r = closedMemo.get(key);
    if (r === undefined) {
      r = closedReason(iso, plan.closures, centreId);
      closedMemo.set(key, r);
    }
    return r;
  };

  // Most sessions list distinct trainers: only a duplicate costs a new array.
  const trainersOf = (s: Session): readonly string[] => {
    const ids = s.trainerIds;
    for (let i = 1; i < ids.length; i++) {
      if (ids.lastIndexOf(ids[i - 1]!) !== i - 1) return [...new Set(ids)];
    }
    return ids;
  };

  const cohortOf = (s: Session) => cohorts.get(s.cohortId);
  const templateOf = (s: Session) => {
    const cohort = cohorts.get(s.cohortId);
    return cohort ? courses.get(cohort.courseId)?.days[s.dayIndex] : undefined;
  };

  // Deferred (DESIGN §3): window start plus the minimum gaps up to this day lies
  // after the term's end, so the day belongs to a later term. Worked out per
  // cohort on first use.
  const termEnd = day(plan.term.end);
  const firstDeferredDay = new Map<string, number>();
  const isDeferred = (s: Session): boolean => {
    let first = firstDeferredDay.get(s.cohortId);
    if (first === undefined) {
      first = Infinity;
      const cohort = cohorts.get(s.cohortId);
      const days = cohort ? courses.get(cohort.courseId)?.days : undefined;
      if (cohort && days) {
        let at = day(cohort.window.start);
        for (let i = 0; i < days.length; i++) {
          if (i > 0) at += days[i]!.minGapDays;
          if (at > termEnd) {
            first = i;
            break;
          }
        }
      }
      firstDeferredDay.set(s.cohortId, first);
    }
    return s.dayIndex >= first;
  };

  // With a scope, only the cohorts, trainers and rooms it touches are indexed.
  const scope = options.scope === undefined ? null : new Set(options.scope);
  const scopedSessions = scope ? plan.sessions.filter((s) => scope.has(s.id)) : plan.sessions;
  const touchedCohorts = scope ? new Set(scopedSessions.map((s) => s.cohortId)) : null;
  const touchedTrainers = scope ? new Set(scopedSessions.flatMap((s) => s.trainerIds)) : null;
  const touchedRooms = scope ? new Set(scopedSessions.flatMap((s) => (s.roomId === null ? [] : [s.roomId]))) : null;

  const sessionsByCohort = new Map<string, Session[]>();
  const sessionsByTrainer = new Map<string, Session[]>();
  const trainerDays = new Map<string, Map<IsoDate, Session[]>>();
  const roomDays = new Map<string, Map<IsoDate, Session[]>>();
  for (const s of plan.sessions) {
    if (!touchedCohorts || touchedCohorts.has(s.cohortId)) pushTo(sessionsByCohort, s.cohortId, s);
    for (const t of trainersOf(s)) {
      if (touchedTrainers && !touchedTrainers.has(t)) continue;
      pushTo(sessionsByTrainer, t, s);
      if (s.date !== null) {
        let days = trainerDays.get(t);
        if (!days) trainerDays.set(t, (days = new Map()));
        pushTo(days, s.date, s);
      }
    }
    if (s.roomId !== null && s.date !== null && (!touchedRooms || touchedRooms.has(s.roomId))) {
      let days = roomDays.get(s.roomId);
      if (!days) roomDays.set(s.roomId, (days = new Map()));
      pushTo(days, s.date, s);
    }
  }
  for (const list of sessionsByCohort.values()) list.sort((a, b) => a.dayIndex - b.dayIndex);

  // Kept in the whole check's order, so a scoped answer is a part of the full one.
  const scopedCohortIds = plan.cohorts.filter((c) => !touchedCohorts || touchedCohorts.has(c.id)).map((c) => c.id);
  const scopedTrainerIds = [...sessionsByTrainer.keys()];
  const scopedRoomIds = [...roomDays.keys()];

  return {
    plan,
    weights: options.weights,
    language,
    baseline: options.baseline ? byId(options.baseline.sessions) : null,
    centres,
    rooms,
    trainers,
    courses,
    cohorts,
    sessions,
    sessionsByCohort,
    sessionsByTrainer,
    trainerDays,
    roomDays,
    isDeferred,
    scope,
    scopedSessions,
    scopedCohortIds,
    scopedTrainerIds,
    scopedRoomIds,
    cohortOf,
    templateOf,
    trainersOf,
    day,
    formatDay: fmt,
    closed,
    venueRegion: (c) => (isCentreVenue(c.venue) ? centres.get(c.venue.centreId)?.region : c.venue.region),
  };
}
