// What the solver's worker thread does with one job, kept apart from the thread
// plumbing so it can be tested and reused in-process: solve or repair, then the
// summary a planner reads (computed here, off the main thread, because checking
// and explaining a full term takes a noticeable moment).
import type { SessionChange, SolverScore, UnassignedExplanation } from '../../shared/contract/solverResults';
import type { Plan } from '../../shared/domain/schema';
import type { Language } from '../../shared/i18n/text';
import { checkPlan } from '../../shared/rules/check';
import type { SoftWeights } from '../../shared/rules/weights';
import { sessionChanges } from './changes';
import { explainUnassigned } from './explain';
import { repairPlan, type RepairOutcome } from './repair';
import { solve } from './solve';
import type { SolveMode, SolveProgress } from './types';

export interface SolveJob {
  kind: 'solve';
  plan: Plan;
  mode: SolveMode;
  seconds: number;
  seed: number;
  stopWhenFeasible?: boolean;
  maxMoves?: number;
  weights?: Partial<SoftWeights>;
  /** The language of the summary's explanations and changes; English when not given. */
  language?: Language;
}

export interface RepairJob {
  kind: 'repair';
  plan: Plan;
  seconds: number;
  seed: number;
  maxMoves?: number;
  weights?: Partial<SoftWeights>;
  language?: Language;
}

export type SolverJob = SolveJob | RepairJob;

/** What a finished run found, before anyone decides whether to apply it. */
export interface RunOutcome {
  /** The input plan with new planned values; nothing else differs. */
  plan: Plan;
  score: SolverScore;
  assigned: number;
  unassigned: UnassignedExplanation[];
  deferred: number;
  soft: { rule: string; penalty: number }[];
  movesEvaluated: number;
  movesPerSecond: number;
  elapsedMs: number;
  changes: SessionChange[];
  /** Set for a repair job. */
  repair: Omit<RepairOutcome, 'plan'> | null;
}

export interface JobControls {
  onProgress?: (p: SolveProgress) => void;
  shouldStop?: () => boolean;
}

function summarise(before: Plan, after: Plan, language: Language, why?: (id: string) => string) {
  const check = checkPlan(after);
  return {
    score: check.score,
    assigned: check.assignedSessionIds.length,
    unassigned: explainUnassigned(after, check.unassignedSessionIds, language),
    deferred: check.deferredSessionIds.length,
    soft: check.totals.filter((t) => t.level === 'soft').map((t) => ({ rule: t.rule, penalty: t.penalty })),
    changes: sessionChanges(before, after, why, language),
  };
}

export function runJob(job: SolverJob, controls: JobControls = {}): RunOutcome {
  const started = performance.now();
  const language = job.language ?? 'en';
  const limits = { ...(job.maxMoves !== undefined ? { maxMoves: job.maxMoves } : {}), ...(job.weights ? { weights: job.weights } : {}) };
  if (job.kind === 'solve') {
    const result = solve(job.plan, {
      mode: job.mode,
      seconds: job.seconds,
      seed: job.seed,
      stopWhenFeasible: job.stopWhenFeasible === true,
      ...limits,
      ...controls,
    });
    return { plan: result.plan, ...summarise(job.plan, result.plan, language), movesEvaluated: result.movesEvaluated, movesPerSecond: result.movesPerSecond, elapsedMs: result.elapsedMs, repair: null };
  }
  let moves = 0;
  const outcome = repairPlan(job.plan, {
    seconds: job.seconds,
    seed: job.seed,
    language,
    ...limits,
    ...controls,
    onMoves: (n) => (moves += n),
  });
  const elapsedMs = performance.now() - started;
  const { plan, ...repair } = outcome;
  const why = new Map(repair.changes.map((c) => [c.sessionId, c.why]));
  return {
    plan,
    ...summarise(job.plan, plan, language, (id) => why.get(id) ?? ''),
    movesEvaluated: moves,
    movesPerSecond: elapsedMs > 0 ? Math.round((moves * 1000) / elapsedMs) : 0,
    elapsedMs,
    repair,
  };
}
