// The benchmark's side-by-side exact reference (issue 4, item 8): take the solver's
// own dates, lock them, and let both the solver (optimise mode) and a MIP engine decide
// rooms and trainers over those same dates. Both plans are re-scored with the
// reference checker; the gap is on the soft penalty itself, less the goals that are
// constant once dates are fixed (spread; stability, which has no baseline here).
import type { Plan } from '../../shared/domain/schema';
import { checkPlan } from '../../shared/rules/check';
import type { CheckResult } from '../../shared/rules/types';
import { ENGINE_NAME, type MipEngine } from '../../main/solver/mip/engine';
import { solveAssignmentReference, type ReferenceResult } from '../../main/solver/mip/reference';
import { solve } from '../../main/solver/solve';
import type { SolveResult } from '../../main/solver/types';

/** Goals the MIP leaves out because they do not change when dates are fixed. */
const CONSTANT_GOALS = new Set(['spread', 'stability']);

export interface TrajectoryPoint {
  ms: number;
  /** This process's CPU time since the run began (the machine is shared). */
  cpuMs: number;
  hard: number;
  unassigned: number;
  /** Checker-equal soft penalty less the constant goals. */
  soft: number;
}

export interface ReferenceComparison {
  sessionsDated: number;
  /** Sessions without a date in the solver's plan: unassigned on both sides, by construction. */
  undated: number;
  solver: SolveResult;
  solverCheck: CheckResult;
  solverSoft: number;
  trajectory: TrajectoryPoint[];
  mip: ReferenceResult;
  /** The engine that solved the MIP. */
  engine: MipEngine;
  /** CPU time of the whole reference call (model build, the engine's own process included, decoding, checking). */
  mipCpuMs: number;
  /** The constant goals' penalty on the solver's plan and on the MIP's (must agree). */
  constantSolver: number;
  constantMip: number;
  /** Proven lower bound on the modelled soft penalty of a plan with every session assigned. */
  bound: number;
  /** What the solver is measured against: the optimum when proven, otherwise the bound. */
  reference: number;
  referenceKind: 'optimum' | 'bound';
  /** Per soft goal: the solver's and the MIP's penalty (constant goals included, marked). */
  goals: { rule: string; solver: number; mip: number; constant: boolean }[];
  /**
   * Runs given a tenth of the engine's solve time as their limit, one per seed:
   * what a planner gets who gives the solver that long (its last stretch, the
   * descent and the exact rooms, belong to the run). Null for a run that ended
   * with a hard violation or an assignable session unassigned.
   */
  tenth: { seconds: number; soft: (number | null)[] };
}

/**
 * The plan with every session's date locked (an undated one stays undated, as in
 * the MIP, which leaves it out) and each unlocked room and trainer list cleared, so
 * that both sides start from nothing but the dates.
 */
export function lockDates(plan: Plan): Plan {
  return {
    ...plan,
    sessions: plan.sessions.map((s) => ({
      ...s,
      locked: s.locked.includes('date') ? s.locked : [...s.locked, 'date' as const],
      roomId: s.locked.includes('room') || s.date === null ? s.roomId : null,
      trainerIds: s.locked.includes('trainers') || s.date === null ? s.trainerIds : [],
    })),
  };
}

export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
}

function constantPenalty(c: CheckResult): number {
  return c.totals.filter((t) => t.level === 'soft' && CONSTANT_GOALS.has(t.rule)).reduce((sum, t) => sum + t.penalty, 0);
}

export interface CompareOptions {
  seed: number;
  solverSeconds: number;
  mipSeconds: number;
  /** Default HiGHS. */
  engine?: MipEngine | undefined;
  /** Threads for an engine that uses more than one (CBC). */
  threads?: number | undefined;
  /** Give the MIP engine this plan (same dates) as its starting solution. */
  mipStart?: Plan | undefined;
  /** Seeds of the runs limited to a tenth of the engine's time (default: `seed` alone). */
  tenthSeeds?: readonly number[] | undefined;
  /** Told before each long step. */
  say?: (text: string) => void;
}

export async function compareWithReference(datedPlan: Plan, options: CompareOptions): Promise<ReferenceComparison> {
  const say = options.say ?? (() => undefined);
  const dated = lockDates(datedPlan);
  const sessionsDated = dated.sessions.filter((s) => s.date !== null).length;
  const undatedIds = new Set(dated.sessions.filter((s) => s.date === null).map((s) => s.id));
  const undated = checkPlan(dated).unassignedSessionIds.filter((id) => undatedIds.has(id)).length;

  say(`  solver, optimise mode, dates locked, ${options.solverSeconds} s …`);
  const raw: TrajectoryPoint[] = [];
  const cpuStart = process.cpuUsage();
  const solver = solve(dated, {
    mode: 'optimise',
    seconds: options.solverSeconds,
    seed: options.seed,
    onProgress: (p) => raw.push({ ms: p.elapsedMs, cpuMs: cpuMsSince(cpuStart), ...p.best }),
  });
  raw.push({ ms: solver.elapsedMs, cpuMs: cpuMsSince(cpuStart), ...solver.score });
  const solverCheck = checkPlan(solver.plan);
  if (solverCheck.score.soft !== solver.score.soft || solverCheck.score.hard !== solver.score.hard) {
    throw new Error(`the solver's score ${JSON.stringify(solver.score)} disagrees with the checker's ${JSON.stringify(solverCheck.score)}`);
  }
  // With dates locked the constant goals cannot change during the run, so one
  // subtraction puts every progress point on the MIP's scale.
  const constantSolver = constantPenalty(solverCheck);
  const trajectory = raw.map((p) => ({ ...p, soft: p.soft - constantSolver }));

  const engine = options.engine ?? 'highs';
  say(`  ${ENGINE_NAME[engine]}, same dates, up to ${options.mipSeconds} s${options.mipStart ? ', started from the solver’s 10 s plan' : ', cold start'} …`);
  const mipCpuStart = process.cpuUsage();
  const mip = await solveAssignmentReference(dated, { timeLimitSeconds: options.mipSeconds, start: options.mipStart, engine, threads: options.threads });
  const mipCpuMs = cpuMsSince(mipCpuStart) + mip.mip.externalCpuSeconds * 1000;
  const constantMip = mip.constantSoft;
  // The objective counts each unassigned session at more than any soft total, so its
  // bound is also a bound on the soft penalty of every fully assigned plan.
  const bound = Math.max(0, Math.ceil(mip.mip.bound - 1e-6));
  const proven = mip.mip.status === 'optimal' && mip.unassigned === 0;
  const reference = proven ? mip.modelledSoft : bound;

  const tenthSeconds = mip.mip.seconds / 10;
  const tenthSeeds = options.tenthSeeds ?? [options.seed];
  say(`  solver, dates locked, limited to ${tenthSeconds.toFixed(2)} s (a tenth of ${ENGINE_NAME[engine]}'s time), seeds ${tenthSeeds.join(', ')} …`);
  const tenth = { seconds: tenthSeconds, soft: tenthSeeds.map((seed) => limitedRun(dated, tenthSeconds, seed, undated)) };

  const mipTotals = new Map(mip.check.totals.filter((t) => t.level === 'soft').map((t) => [t.rule, t.penalty]));
  const goals = solverCheck.totals
    .filter((t) => t.level === 'soft')
    .map((t) => ({ rule: t.rule, solver: t.penalty, mip: mipTotals.get(t.rule) ?? 0, constant: CONSTANT_GOALS.has(t.rule) }));

  return {
    sessionsDated,
    undated,
    solver,
    solverCheck,
    solverSoft: solverCheck.score.soft - constantSolver,
    trajectory,
    mip,
    engine,
    mipCpuMs,
    constantSolver,
    constantMip,
    bound,
    reference,
    referenceKind: proven ? 'optimum' : 'bound',
    goals,
    tenth,
  };
}

/** The modelled soft of one run of the solver on the dated plan with this time limit, or null when it is not complete. */
function limitedRun(dated: Plan, seconds: number, seed: number, undated: number): number | null {
  const run = solve(dated, { mode: 'optimise', seconds, seed });
  const check = checkPlan(run.plan);
  if (check.score.hard > 0 || check.score.unassigned > undated) return null;
  return check.score.soft - constantPenalty(check);
}

/** Whether a point counts: no hard violation and nothing assignable left unassigned. */
function complete(p: TrajectoryPoint, unassignedAllowed: number): boolean {
  return p.hard === 0 && p.unassigned <= unassignedAllowed;
}

/** First point at which the solver's best came within `fraction` of `target` (null if never). */
export function firstWithin(trajectory: readonly TrajectoryPoint[], target: number, fraction: number, unassignedAllowed = 0): TrajectoryPoint | null {
  for (const p of trajectory) if (complete(p, unassignedAllowed) && p.soft <= target * (1 + fraction) + 1e-9) return p;
  return null;
}

/** The solver's best at a given wall or CPU time (the last progress report at or before it), or null. */
export function softAt(trajectory: readonly TrajectoryPoint[], ms: number, unassignedAllowed = 0, clock: 'ms' | 'cpuMs' = 'ms'): number | null {
  let out: number | null = null;
  for (const p of trajectory) {
    if (p[clock] > ms) break;
    out = complete(p, unassignedAllowed) ? p.soft : null;
  }
  return out;
}

export function relativeGap(value: number, reference: number): number {
  return reference === 0 ? (value === 0 ? 0 : Infinity) : (value - reference) / reference;
}
