// The renderer's own index of the plan, built once per loaded plan (linear, a few
// ms for a term), so that the verdict on one move needs to look only at the
// sessions that move can touch: its cohort's days, its trainers' days and its
// room's day.
import type { Cohort, Course, Plan, Room, Session, Trainer } from '../../../../shared/domain/schema';

export interface PlanIndex {
  readonly plan: Plan;
  readonly sessions: ReadonlyMap<string, Session>;
  /** Each session's place in plan.sessions: the checker reports in that order. */
  readonly position: ReadonlyMap<string, number>;
  readonly cohorts: ReadonlyMap<string, Cohort>;
  readonly courses: ReadonlyMap<string, Course>;
  readonly rooms: ReadonlyMap<string, Room>;
  readonly trainers: ReadonlyMap<string, Trainer>;
  readonly byCohort: ReadonlyMap<string, readonly Session[]>;
  readonly byTrainer: ReadonlyMap<string, readonly Session[]>;
  /** Keyed `roomId|date`. */
  readonly byRoomDay: ReadonlyMap<string, readonly Session[]>;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}

export function buildPlanIndex(plan: Plan): PlanIndex {
  const byCohort = new Map<string, Session[]>();
  const byTrainer = new Map<string, Session[]>();
  const byRoomDay = new Map<string, Session[]>();
  for (const s of plan.sessions) {
    push(byCohort, s.cohortId, s);
    for (const t of new Set(s.trainerIds)) push(byTrainer, t, s);
    if (s.roomId !== null && s.date !== null) push(byRoomDay, `${s.roomId}|${s.date}`, s);
  }
  return {
    plan,
    sessions: byId(plan.sessions),
    position: new Map(plan.sessions.map((s, i) => [s.id, i])),
    cohorts: byId(plan.cohorts),
    courses: byId(plan.courses),
    rooms: byId(plan.rooms),
    trainers: byId(plan.trainers),
    byCohort,
    byTrainer,
    byRoomDay,
  };
}

/** The day template a session follows. */
export function templateOf(index: PlanIndex, s: Session) {
  const cohort = index.cohorts.get(s.cohortId);
  return cohort ? index.courses.get(cohort.courseId)?.days[s.dayIndex] : undefined;
}
