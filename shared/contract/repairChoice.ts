// What accepting an edited repair proposal does to the plan, in one place: the
// services apply it and the proposal dialog judges it, so the verdict the planner
// sees is about the very plan that will be saved. Left-out changes keep the plan's
// current values; edited values replace the proposed ones.
import type { Plan, Session } from '../domain/schema';
import type { PlannedValues } from './solverResults';

/** A planner's own values for one change, in the session's terms. */
export type PlannedPatch = Partial<Pick<Session, 'date' | 'roomId' | 'trainerIds'>>;

/** The values the accepted proposal sets: each change not left out, with the planner's patch over it. */
export function chosenValues(
  proposed: readonly PlannedValues[],
  leftOut: ReadonlySet<string>,
  patchOf: (sessionId: string) => PlannedPatch | undefined,
): PlannedValues[] {
  return proposed.filter((p) => !leftOut.has(p.sessionId)).map((p) => ({ ...p, ...patchOf(p.sessionId) }));
}

/** `plan` with the given sessions' date, room and trainers set; every other session as it was. */
export function withPlannedValues(plan: Plan, values: readonly PlannedValues[]): Plan {
  const byId = new Map(values.map((v) => [v.sessionId, v]));
  return {
    ...plan,
    sessions: plan.sessions.map((s) => {
      const v = byId.get(s.id);
      return v ? { ...s, date: v.date, roomId: v.roomId, trainerIds: [...v.trainerIds] } : s;
    }),
  };
}
