// Repair after a change (issue 4 item 7): start from the current plan, free what
// breaks a hard rule, re-plan what was freed with the current plan as the
// baseline and stability ranked above every other soft goal, so that the plan
// changes in as few sessions as possible. The model is built once; each pass
// frees a little more (repairFreeing.ts) and searches only inside the fence
// (repairFence.ts): first the values the broken rules point at, then the broken
// sessions with their neighbourhood, and last, for a session no free trainer can
// take, the other bookings of the trainers qualified for it. A locked value is
// never changed: repair says what it would do if the planner unlocked it.
import type { BrokenSession, LockedConflictProposal, RepairProposal } from '../../shared/contract/solverResults';
import type { Lockable, Plan } from '../../shared/domain/schema';
import { checkPlan } from '../../shared/rules/check';
import { buildContext } from '../../shared/rules/context';
import { ruleByName } from '../../shared/rules/registry';
import type { Language, Violation } from '../../shared/rules/types';
import { DEFAULT_WEIGHTS, resolveWeights, type SoftWeights } from '../../shared/rules/weights';
import { ChangeLog } from './changeLog';
import { plannedInWords, sessionChanges, withPlannedValuesOf } from './changes';
import { explainUnassigned, sessionLabel } from './explain';
import { buildModel, toPlan } from './model';
import { hardViolations } from './repairBroken';
import { Fence } from './repairFence';
import { ALL, Freeing, narrowFreeing, wideFreeing } from './repairFreeing';
import { repairMessages } from './repairMessages';
import { repairSearch } from './repairSearch';
import { Scorer } from './score';
import { leastUnassigned } from './skillCapacity';
import { solve } from './solve';
import type { SolveOptions } from './types';
import { impossibleSessions } from './variables';

export interface RepairOptions {
  /** Time limit for each pass of the search, a safety net: the move budget and the early stop normally end a pass first. */
  seconds?: number;
  seed?: number;
  /** Caps each pass's move budget (by default a few thousand moves per freed session). */
  maxMoves?: number;
  weights?: Partial<SoftWeights>;
  /** The language of the reasons taken from the checker (why a session broke a rule); English when not given. */
  language?: Language;
  onProgress?: SolveOptions['onProgress'];
  shouldStop?: SolveOptions['shouldStop'];
  /** Told how many moves each pass of the search evaluated. */
  onMoves?: (moves: number) => void;
  /** Told how long each phase took, in ms (called once per phase and pass): for the benchmark. */
  onPhase?: (phase: RepairPhase, ms: number) => void;
}

/** The parts of a repair whose cost the benchmark shows. */
export type RepairPhase = 'check' | 'freeing' | 'model' | 'search' | 'explain';

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

function timed<T>(options: RepairOptions, phase: RepairPhase, work: () => T): T {
  if (!options.onPhase) return work();
  const started = performance.now();
  const out = work();
  options.onPhase(phase, performance.now() - started);
  return out;
}

/**
 * Move budgets per pass: per freed session and at least. The early stop (valid and
 * no better for a while) usually ends a pass long before; a budget also makes
 * repair give the same answer however loaded the machine is.
 */
const PASS_MOVES = { perFreed: 2_000, least: 20_000 };
const STALL_MOVES = { perFreed: 50, least: 1_000 };

/** The planner's own weights, and no stability: the score the checker reports without a baseline. */
function plannerWeights(weights?: Partial<SoftWeights>): Partial<SoftWeights> {
  return { ...resolveWeights(weights), stability: 0 };
}

/** Proposes the fewest changes that make the plan keep every hard rule again; the plan given is not changed. */
export function repairPlan(plan: Plan, options: RepairOptions = {}): RepairOutcome {
  const language = options.language ?? 'en';
  const m = timed(options, 'model', () => buildModel(plan, { baseline: plan }));
  const planner = new ChangeLog(new Scorer(m, plannerWeights(options.weights)));
  const scoreBefore = planner.scorer.score();
  const unassignedBefore: string[] = [];
  for (let s = 0; s < m.sessionCount; s++) if (!m.sDeferred[s] && !planner.scorer.isAssigned(s)) unassignedBefore.push(m.sessionIds[s]!);
  const hard = timed(options, 'check', () => hardViolations(planner, plan, language));
  const fixable = hard.filter((v) => !v.locked);
  const locked = hard.filter((v) => v.locked === true);
  const byId = new Map(plan.sessions.map((s) => [s.id, s]));
  const broken: BrokenSession[] = [];
  const named = new Set<string>();
  for (const v of hard) {
    for (const id of v.sessionIds) {
      if (named.has(id)) continue;
      named.add(id);
      const s = byId.get(id);
      broken.push({ sessionId: id, session: s ? sessionLabel(plan, s, language) : id, rule: v.rule, justification: v.justification });
    }
  }

  let after = plan;
  const why = new Map<string, string>();
  if (fixable.length > 0) {
    const repaired = repairInModel(plan, m, fixable, locked, options, why);
    if (repaired) after = repaired;
  }

  // The model holds the repaired values when there is a repair (the search may have left others when there is none).
  const final = after === plan ? null : timed(options, 'check', () => new Scorer(m, plannerWeights(options.weights)));
  const unassignedIds: string[] = [];
  if (final) for (let s = 0; s < m.sessionCount; s++) if (!m.sDeferred[s] && !final.isAssigned(s)) unassignedIds.push(m.sessionIds[s]!);
  const scoreAfter = final ? final.score() : scoreBefore;
  const changes = timed(options, 'explain', () => sessionChanges(plan, after, (id) => why.get(id) ?? '', language));
  const lockedConflicts = timed(options, 'explain', () => lockedProposals(plan, locked, options));
  const unexplained = final ? unassignedIds : unassignedBefore;
  const unassigned = unexplained.length === 0 ? [] : timed(options, 'explain', () => explainUnassigned(after, unexplained, language));
  return { plan: after, broken, changes, lockedConflicts, scoreBefore, scoreAfter, unassigned };
}

/**
 * The passes, in the one model (whose values are `plan`'s): each frees a little more
 * and searches inside the fence. Fills `why` for every freed session. Returns the
 * repaired plan, or null when nothing better than `plan` was found.
 */
function repairInModel(plan: Plan, m: ReturnType<typeof buildModel>, fixable: Violation[], locked: Violation[], options: RepairOptions, why: Map<string, string>): Plan | null {
  const language = options.language ?? 'en';
  const log = new ChangeLog(new Scorer(m, repairWeights(options.weights)));
  const scorer = log.scorer;
  const start = { ...scorer.score() };
  const startCost = scorer.cost();
  const assignedBefore = new Uint8Array(m.sessionCount);
  for (let s = 0; s < m.sessionCount; s++) assignedBefore[s] = scorer.isAssigned(s) ? 1 : 0;
  const fence = new Fence(log, impossibleSessions(m));
  let hardFloor = 0;
  for (const v of locked) hardFloor += v.penalty;
  // No plan assigns more than the trainers' days allow (skillCapacity): once repair
  // is down to that many unassigned sessions, freeing more cannot help.
  const unassignedFloor = Math.max(start.unassigned, leastUnassigned(buildContext(plan, { weights: DEFAULT_WEIGHTS })));
  let freedCount = 0;
  // The best plan over all passes: a pass starts by clearing more, and may end worse than the one before.
  const best = { cost: Infinity, day: Int32Array.from(m.sDay), room: Int32Array.from(m.sRoom), slot: Int32Array.from(m.slotTrainer) };
  const keepBest = (): void => {
    if (scorer.cost() >= best.cost) return;
    best.cost = scorer.cost();
    best.day.set(m.sDay);
    best.room.set(m.sRoom);
    best.slot.set(m.slotTrainer);
  };
  const restoreBest = (): void => {
    if (scorer.cost() <= best.cost) return;
    m.sDay.set(best.day);
    m.sRoom.set(best.room);
    m.slotTrainer.set(best.slot);
    scorer.rescore();
  };

  const pass = (freeing: Freeing | null): void => {
    if (freeing) {
      timed(options, 'freeing', () => fence.free(freeing));
      for (const [id, text] of freeing.why) why.set(id, text);
      freedCount += freeing.values.size;
    }
    const vars = fence.variables();
    const result = timed(options, 'search', () =>
      repairSearch(log, vars, {
        seed: options.seed ?? 1,
        maxMoves: Math.min(options.maxMoves ?? Infinity, Math.max(PASS_MOVES.least, PASS_MOVES.perFreed * freedCount)),
        stallMoves: Math.max(STALL_MOVES.least, STALL_MOVES.perFreed * freedCount),
        deadlineMs: (options.seconds ?? 2) * 1000,
        hardFloor,
        unassignedFloor,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
      }),
    );
    options.onMoves?.(result.moves);
    keepBest();
  };
  const valid = () => scorer.hard <= hardFloor && scorer.unassigned <= unassignedFloor;
  const newlyUnassigned = (): number[] => {
    const out: number[] = [];
    for (let s = 0; s < m.sessionCount; s++) if (assignedBefore[s] && !scorer.isAssigned(s)) out.push(s);
    return out;
  };

  pass(timed(options, 'freeing', () => narrowFreeing(plan, fixable)));
  if (scorer.hard <= hardFloor && scorer.unassigned > unassignedFloor) {
    // No free trainer can take some session: the trainers qualified for it may hand over other bookings.
    fence.openQualifiedSeats(newlyUnassigned());
    pass(null);
  }
  if (!valid()) {
    // What the first passes could not mend: rules still broken, and sessions left unassigned.
    const now = toPlan(m, plan);
    const left = new Map<string, string>();
    const stillBroken = timed(options, 'check', () => hardViolations(log, now, language));
    for (const v of stillBroken) if (!v.locked) for (const id of v.sessionIds) if (!left.has(id)) left.set(id, v.justification);
    for (const s of newlyUnassigned()) {
      const id = m.sessionIds[s]!;
      if (!left.has(id)) left.set(id, why.get(id) ?? repairMessages.couldNotStay()[language]);
    }
    if (left.size > 0) {
      pass(timed(options, 'freeing', () => wideFreeing(now, left, language)));
      // With its dates free too, a session may find a day on which a qualified trainer can hand over a booking.
      if (scorer.hard <= hardFloor && scorer.unassigned > unassignedFloor) {
        fence.openQualifiedSeats(newlyUnassigned());
        pass(null);
      }
    }
  }
  restoreBest();
  if (scorer.cost() >= startCost && scorer.hard >= start.hard) return null;
  const out = toPlan(m, plan);
  // toPlan keeps the objects of sessions it did not change.
  out.sessions.forEach((s, i) => {
    if (s !== plan.sessions[i] && !why.has(s.id)) why.set(s.id, repairMessages.handedOver()[language]);
  });
  return out;
}

/** Re-solves what `freeing` clears in `plan` with the solver; stability counts against `plan`. */
function solvePass(plan: Plan, freeing: Freeing, options: RepairOptions): Plan {
  const result = solve(freeing.apply(plan), {
    mode: 'fill',
    seconds: options.seconds ?? 2,
    seed: options.seed ?? 1,
    baseline: plan,
    weights: repairWeights(options.weights),
    maxMoves: Math.min(options.maxMoves ?? Infinity, Math.max(PASS_MOVES.least, PASS_MOVES.perFreed * freeing.values.size)),
    ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
  });
  options.onMoves?.(result.movesEvaluated);
  // The run's locks were only a fence around what was freed: the planner's own locks stay as they were.
  return withPlannedValuesOf(plan, result.plan);
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
  const proposed = solvePass(released, freeing, options);
  const after = new Map(proposed.sessions.map((s) => [s.id, s]));
  const language = options.language ?? 'en';
  const stillBroken = new Set(
    checkPlan(proposed)
      .violations.filter((v) => v.level === 'hard')
      .flatMap((v) => v.sessionIds),
  );
  return [...unlocked].map(([id, values]) => {
    const before = byId.get(id)!;
    const then = after.get(id) ?? before;
    const words = (p: Plan, x: typeof before) => ({ en: plannedInWords(p, x, 'en'), da: plannedInWords(p, x, 'da') });
    const ifUnlocked = stillBroken.has(id) ? repairMessages.unlockNotEnough(values) : repairMessages.unlockWould(values, words(plan, before), words(proposed, then));
    return { sessionId: id, session: sessionLabel(plan, before, language), locked: values, justification: justification.get(id) ?? '', ifUnlocked: ifUnlocked[language] };
  });
}
