// Repair after a change (issue 4 item 7): start from the current plan, free what
// breaks a hard rule, re-solve in `fill` mode with the current plan as the
// baseline and stability ranked above every other soft goal, so that the plan
// changes in as few sessions as possible. Two passes: first only the value each
// broken rule points at (the blamed trainer, the room, the date); only if that
// leaves something broken, the broken sessions' every unlocked value plus a small
// neighbourhood (the cohort's neighbouring days, and the sessions that share a
// blamed trainer on those days). A locked value is never changed: repair says
// what it would do if the planner unlocked it.
import type { BrokenSession, LockedConflictProposal, RepairProposal, SolverScore } from '../../shared/contract/solverResults';
import type { Lockable, Plan, Session } from '../../shared/domain/schema';
import { checkPlan, compareScores } from '../../shared/rules/check';
import type { CheckResult } from '../../shared/rules/types';
import { ruleByName } from '../../shared/rules/registry';
import { DEFAULT_WEIGHTS, resolveWeights, type SoftWeights } from '../../shared/rules/weights';
import type { Violation } from '../../shared/rules/types';
import { plannedInWords, sessionChanges, withPlannedValuesOf } from './changes';
import { explainUnassigned, sessionLabel } from './explain';
import { solve } from './solve';
import type { SolveOptions } from './types';

const ALL: readonly Lockable[] = ['date', 'room', 'trainers'];

export interface RepairOptions {
  /** Time limit for each pass of the solver, a safety net: the move budget normally ends a pass first. */
  seconds?: number;
  seed?: number;
  /** Caps each pass's move budget (by default a few thousand moves per freed session). */
  maxMoves?: number;
  weights?: Partial<SoftWeights>;
  onProgress?: SolveOptions['onProgress'];
  shouldStop?: SolveOptions['shouldStop'];
  /** Told how many moves each pass of the solver evaluated. */
  onMoves?: (moves: number) => void;
}

/** The proposal the planner sees, before it has an id, with the plan it would lead to. */
export type RepairOutcome = Omit<RepairProposal, 'proposalId'> & {
  /** The plan with the proposed changes (the locked conflicts are left as they are). */
  plan: Plan;
};

/** Stability above every other goal: a changed value costs more than any other soft difference a change could buy. */
export function repairWeights(weights?: Partial<SoftWeights>): Partial<SoftWeights> {
  const w = resolveWeights(weights);
  const others = Math.max(w.continuity, w.travel, w.cost, w.spread, w.fairLoad, w.roomFit);
  return { ...w, stability: Math.max(w.stability, 5 * others, 5 * DEFAULT_WEIGHTS.continuity) };
}

/** What to clear in which session, and why it was cleared. */
class Freeing {
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

function hardViolations(plan: Plan): Violation[] {
  return checkPlan(plan).violations.filter((v) => v.level === 'hard');
}

function narrowFreeing(plan: Plan, broken: readonly Violation[]): Freeing {
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
function wideFreeing(plan: Plan, brokenSessions: ReadonlyMap<string, string>): Freeing {
  const byId = new Map(plan.sessions.map((s) => [s.id, s]));
  const f = new Freeing();
  for (const [id, why] of brokenSessions) {
    const s = byId.get(id);
    if (!s) continue;
    for (const value of ALL) f.free(s, value, why);
    const name = sessionLabel(plan, s);
    for (const o of plan.sessions) {
      if (o.id === s.id || brokenSessions.has(o.id)) continue;
      if (o.cohortId === s.cohortId && Math.abs(o.dayIndex - s.dayIndex) === 1) {
        for (const value of ALL) f.free(o, value, `it is the neighbouring day of ${name}, which had to move`);
      } else if (s.date !== null && o.date === s.date && o.trainerIds.some((t) => s.trainerIds.includes(t))) {
        f.free(o, 'trainers', `it shares a trainer with ${name} on the same day`);
      }
    }
  }
  return f;
}

/**
 * Move budgets per pass, per freed session and at least. The freed values are few,
 * so a pass settles long before its time limit (on the term demo 20,000 moves found
 * the same repair as 0.5 s of search); a budget also makes repair give the same
 * answer however loaded the machine is.
 */
const NARROW_MOVES = { perFreed: 2_000, least: 20_000 };
const WIDE_MOVES = { perFreed: 5_000, least: 50_000 };

function moveBudget(freeing: Freeing, budget: { perFreed: number; least: number }, cap: number | undefined): number {
  return Math.min(cap ?? Infinity, Math.max(budget.least, budget.perFreed * freeing.values.size));
}

interface Pass {
  plan: Plan;
  score: SolverScore;
  why: Map<string, string>;
  /** The pass's plan checked against the repair's baseline and weights. */
  check: CheckResult | null;
}

/** Re-solves what `freeing` clears in `plan`; stability counts against `baseline`, the plan the repair started from. */
function runPass(plan: Plan, freeing: Freeing, options: RepairOptions, baseline: Plan = plan, quick = false): Pass {
  const freed = freeing.apply(plan);
  const result = solve(freed, {
    mode: 'fill',
    seconds: options.seconds ?? 2,
    // The narrow pass only re-chooses the values the broken rules point at: the
    // construction, which already weighs stability, settles those; it stops as
    // soon as the plan is valid again.
    stopWhenFeasible: quick,
    seed: options.seed ?? 1,
    baseline,
    weights: repairWeights(options.weights),
    maxMoves: moveBudget(freeing, quick ? NARROW_MOVES : WIDE_MOVES, options.maxMoves),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
  });
  options.onMoves?.(result.movesEvaluated);
  // The run's locks were only a fence around what was freed: the planner's own locks stay as they were.
  const repaired = withPlannedValuesOf(plan, result.plan);
  // The solver's score equals the checker's (the property tests hold them together), so
  // a clean pass needs no check of its own; a pass that left something broken is checked for what.
  if (result.score.hard === 0 && result.score.unassigned === 0) return { plan: repaired, score: result.score, why: freeing.why, check: null };
  const check = checkPlan(repaired, { baseline, weights: repairWeights(options.weights) });
  return { plan: repaired, score: check.score, why: freeing.why, check };
}

/** What unlocking each locked conflict's values would let repair do. */
function lockedProposals(plan: Plan, locked: readonly Violation[], options: RepairOptions): LockedConflictProposal[] {
  if (locked.length === 0) return [];
  const byId = new Map(plan.sessions.map((s) => [s.id, s]));
  const unlocked = new Map<string, Lockable[]>();
  const justification = new Map<string, string>();
  for (const v of locked) {
    const fixedBy = ruleByName(v.rule)?.fixedBy ?? ALL;
    for (const id of v.sessionIds) {
      const s = byId.get(id);
      if (!s) continue;
      const values = fixedBy.filter((x) => s.locked.includes(x));
      if (values.length === 0) continue;
      unlocked.set(id, [...new Set([...(unlocked.get(id) ?? []), ...values])]);
      if (!justification.has(id)) justification.set(id, v.justification);
    }
  }
  const released: Plan = { ...plan, sessions: plan.sessions.map((s) => (unlocked.has(s.id) ? { ...s, locked: s.locked.filter((l) => !unlocked.get(s.id)!.includes(l)) } : s)) };
  const freeing = new Freeing();
  for (const s of released.sessions) {
    for (const value of unlocked.get(s.id) ?? []) {
      freeing.free(s, value, justification.get(s.id) ?? '');
      if (value === 'date') for (const other of ALL) freeing.free(s, other, justification.get(s.id) ?? '');
    }
  }
  const pass = runPass(released, freeing, options);
  const after = new Map(pass.plan.sessions.map((s) => [s.id, s]));
  const stillBroken = new Set(hardViolations(pass.plan).flatMap((v) => v.sessionIds));
  return [...unlocked].map(([id, values]) => {
    const before = byId.get(id)!;
    const proposed = after.get(id) ?? before;
    const ifUnlocked = stillBroken.has(id)
      ? `unlocking its ${values.join(' and ')} would not be enough: no valid replacement was found`
      : `if you unlock its ${values.join(' and ')}, repair would change it from ${plannedInWords(plan, before)} to ${plannedInWords(pass.plan, proposed)}`;
    return { sessionId: id, session: sessionLabel(plan, before), locked: values, justification: justification.get(id) ?? '', ifUnlocked };
  });
}

/** Proposes the fewest changes that make the plan keep every hard rule again; the plan given is not changed. */
export function repairPlan(plan: Plan, options: RepairOptions = {}): RepairOutcome {
  const before = checkPlan(plan);
  const hard = before.violations.filter((v) => v.level === 'hard');
  const fixable = hard.filter((v) => !v.locked);
  const locked = hard.filter((v) => v.locked === true);
  const broken: BrokenSession[] = [];
  const seen = new Set<string>();
  for (const v of hard) {
    for (const id of v.sessionIds) {
      if (seen.has(id)) continue;
      seen.add(id);
      const s = plan.sessions.find((x) => x.id === id);
      broken.push({ sessionId: id, session: s ? sessionLabel(plan, s) : id, rule: v.rule, justification: v.justification });
    }
  }

  // Against itself the plan has changed nothing, so its stability penalty is 0 and its score is the plain one.
  let best: Pass = { plan, score: before.score, why: new Map(), check: before };
  if (fixable.length > 0) {
    const narrow = runPass(plan, narrowFreeing(plan, fixable), options, plan, true);
    if (compareScores(narrow.score, best.score) < 0) best = narrow;
    // What the narrow pass could not mend: rules still broken, and sessions it had to leave unassigned.
    const left = new Map<string, string>();
    const clean = narrow.score.hard === 0 && narrow.score.unassigned === 0;
    const narrowCheck = clean ? { violations: [], unassignedSessionIds: [] } : (narrow.check ?? checkPlan(narrow.plan));
    for (const v of narrowCheck.violations) if (v.level === 'hard' && !v.locked) for (const id of v.sessionIds) if (!left.has(id)) left.set(id, v.justification);
    const unassignedBefore = new Set(before.unassignedSessionIds);
    const firstWhy = new Map<string, string>();
    for (const v of fixable) for (const id of v.sessionIds) if (!firstWhy.has(id)) firstWhy.set(id, v.justification);
    for (const id of narrowCheck.unassignedSessionIds) if (!unassignedBefore.has(id) && !left.has(id)) left.set(id, firstWhy.get(id) ?? 'it could not be planned again where it was');
    if (left.size > 0) {
      const wide = runPass(narrow.plan, wideFreeing(narrow.plan, left), options, plan);
      for (const [id, why] of narrow.why) if (!wide.why.has(id)) wide.why.set(id, why);
      if (compareScores(wide.score, best.score) < 0) best = wide;
    }
  }
  // Reported with the planner's own weights, not the repair's.
  const after = best.plan === plan ? before : checkPlan(best.plan);
  return {
    plan: best.plan,
    broken,
    changes: sessionChanges(plan, best.plan, (id) => best.why.get(id) ?? ''),
    lockedConflicts: lockedProposals(plan, locked, options),
    scoreBefore: before.score,
    scoreAfter: after.score,
    unassigned: explainUnassigned(best.plan, after.unassignedSessionIds),
  };
}
