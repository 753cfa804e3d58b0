// What repair frees, and why, in the plan's own terms: first only the value each
// broken rule points at (the blamed trainer, the room, the date); if that leaves
// something broken, the broken sessions' every unlocked value plus a small
// neighbourhood (the cohort's neighbouring days, and the sessions that share a
// blamed trainer on those days). A locked value is never freed.
import type { Lockable, Plan, Session } from '../../shared/domain/schema';
import { ruleByName } from '../../shared/rules/registry';
import type { Language, Violation } from '../../shared/rules/types';
import { sessionLabel } from './explain';
import { repairMessages } from './repairMessages';

export const ALL: readonly Lockable[] = ['date', 'room', 'trainers'];

/** What to clear in which session, and why it was cleared. */
export class Freeing {
  readonly values = new Map<string, Set<Lockable>>();
  /** Only these trainers leave the session when its trainers are freed narrowly. */
  readonly trainers = new Map<string, Set<string>>();
  readonly why = new Map<string, string>();

  free(s: Session, value: Lockable, why: string, onlyTrainers?: readonly string[]): void {
    if (s.locked.includes(value)) return;
    const set = this.values.get(s.id) ?? new Set<Lockable>();
    set.add(value);
    this.values.set(s.id, set);
    if (value === 'trainers') {
      const previous = this.trainers.get(s.id);
      if (onlyTrainers && onlyTrainers.length > 0 && (previous === undefined || previous.size > 0)) {
        this.trainers.set(s.id, new Set([...(previous ?? []), ...onlyTrainers]));
      } else this.trainers.set(s.id, new Set());
    }
    if (!this.why.has(s.id)) this.why.set(s.id, why);
  }

  /**
   * The plan with the freed values cleared. The values of every other session
   * that is unset are locked for the run, so repair plans only what it freed.
   */
  apply(plan: Plan): Plan {
    return {
      ...plan,
      sessions: plan.sessions.map((s) => {
        const values = this.values.get(s.id);
        if (!values) return { ...s, locked: [...ALL] };
        const only = this.trainers.get(s.id);
        return {
          ...s,
          date: values.has('date') ? null : s.date,
          roomId: values.has('room') ? null : s.roomId,
          trainerIds: !values.has('trainers') ? s.trainerIds : only && only.size > 0 ? s.trainerIds.filter((t) => !only.has(t)) : [],
        };
      }),
    };
  }
}

/** The one value a rule points at first: the trainer for trainer rules, the room for room rules, else the date. */
function narrowValue(fixedBy: readonly Lockable[], s: Session): Lockable | null {
  const order: Lockable[] = fixedBy.includes('trainers') ? ['trainers', 'date'] : fixedBy.includes('room') ? ['room', 'date'] : ['date'];
  return order.find((v) => fixedBy.includes(v) && !s.locked.includes(v)) ?? null;
}

export function narrowFreeing(plan: Plan, broken: readonly Violation[]): Freeing {
  const byId = new Map(plan.sessions.map((s) => [s.id, s]));
  const f = new Freeing();
  for (const v of broken) {
    const fixedBy = ruleByName(v.rule)?.fixedBy ?? ALL;
    for (const id of v.sessionIds) {
      const s = byId.get(id);
      if (!s) continue;
      const value = narrowValue(fixedBy, s);
      if (value === null) continue;
      // A trainer over their maximum days is blamed on all their sessions: only their own seat is freed.
      f.free(s, value, v.justification, value === 'trainers' ? v.trainerIds : undefined);
      if (value === 'date') {
        f.free(s, 'room', v.justification);
        f.free(s, 'trainers', v.justification);
      }
    }
  }
  return f;
}

/** `brokenSessions`: each session still broken (or newly unassigned) after the narrow pass, with why. */
export function wideFreeing(plan: Plan, brokenSessions: ReadonlyMap<string, string>, language: Language = 'en'): Freeing {
  const byId = new Map(plan.sessions.map((s) => [s.id, s]));
  const byCohort = new Map<string, Session[]>();
  const byDate = new Map<string, Session[]>();
  for (const s of plan.sessions) {
    byCohort.set(s.cohortId, [...(byCohort.get(s.cohortId) ?? []), s]);
    if (s.date !== null) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
  }
  const f = new Freeing();
  for (const [id, why] of brokenSessions) {
    const s = byId.get(id);
    if (!s) continue;
    for (const value of ALL) f.free(s, value, why);
    const name = { en: sessionLabel(plan, s, 'en'), da: sessionLabel(plan, s, 'da') };
    for (const o of byCohort.get(s.cohortId) ?? []) {
      if (o.id === s.id || brokenSessions.has(o.id) || Math.abs(o.dayIndex - s.dayIndex) !== 1) continue;
      for (const value of ALL) f.free(o, value, repairMessages.neighbouringDay(name)[language]);
    }
    for (const o of s.date === null ? [] : (byDate.get(s.date) ?? [])) {
      if (o.id === s.id || brokenSessions.has(o.id) || o.cohortId === s.cohortId) continue;
      if (o.trainerIds.some((t) => s.trainerIds.includes(t))) f.free(o, 'trainers', repairMessages.sharesTrainer(name)[language]);
    }
  }
  return f;
}
