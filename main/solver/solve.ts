// The solver's entry point: build the packed model, construct, then improve by
// late-acceptance local search until the time is up, the caller stops it, or
// (if asked) the plan is feasible. Deterministic for a seed and a move budget.
import type { Plan } from '../../shared/domain/schema';
import { createRng } from '../demo/random';
import { ChangeLog } from './changeLog';
import { construct, constructionOrder } from './construct';
import { buildModel, toPlan } from './model';
import { assignWithEviction, changeCohortTrainer, changeDate, changeRoom, changeTrainer, refreshUnassigned, ruinAndRecreate, shiftCohort, type MoveContext } from './moves';
import { bestCohortTrainer, bestRoom, bestSlotTrainer } from './movesBest';
import { exchangeCohortTrainers, swapRooms, swapTrainers } from './movesSwap';
import { HARD_WEIGHT, UNASSIGNED_WEIGHT } from './score';
import { Scorer } from './score';
import type { ScoreTriple, SolveOptions, SolveResult } from './types';
import { findVariables, impossibleSessions } from './variables';

const PROGRESS_EVERY_MS = 250;
/**
 * Late acceptance compares with the cost this many steps ago. Measured against
 * simulated annealing (geometric cooling 2000 → 5 over the run) on the term demo,
 * 10 s, seeds 1–2: soft 402,210 / 490,929 against 397,101 / 489,067, within the
 * noise of a shared machine; late acceptance stays, needing no temperature and
 * no clock to be repeatable.
 */
const HISTORY_LENGTH = 1000;

/**
 * The improving moves and the share of steps each gets (cumulative bounds in [0, 1)).
 * Exchanges are there because a cohort's trainer cannot be traded one change at a time.
 */
const MOVES: readonly [upTo: number, move: (x: MoveContext) => boolean][] = [
  [0.12, changeTrainer],
  [0.22, swapTrainers],
  [0.3, changeRoom],
  [0.34, swapRooms],
  [0.4, bestRoom],
  [0.56, changeDate],
  [0.62, changeCohortTrainer],
  [0.74, bestCohortTrainer],
  [0.8, bestSlotTrainer],
  [0.9, exchangeCohortTrainers],
  [1, shiftCohort],
];

function pickMove(r: number): (x: MoveContext) => boolean {
  for (const [upTo, move] of MOVES) if (r < upTo) return move;
  return shiftCohort;
}

function better(a: ScoreTriple, b: ScoreTriple): boolean {
  return a.hard !== b.hard ? a.hard < b.hard : a.unassigned !== b.unassigned ? a.unassigned < b.unassigned : a.soft < b.soft;
}

export function solve(plan: Plan, options: SolveOptions): SolveResult {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const deadline = options.seconds * 1000;
  const model = buildModel(plan, options.baseline ? { baseline: options.baseline } : {});
  const scorer = new Scorer(model, options.weights);
  const log = new ChangeLog(scorer);
  const impossibleMask = impossibleSessions(model);
  const vars = findVariables(model, options.mode, impossibleMask);
  const rng = createRng(options.seed);
  const impossible = impossibleMask.reduce((n, x) => n + x, 0);
  const feasible = (s: ScoreTriple) => s.hard === 0 && s.unassigned <= impossible;

  construct(log, vars, constructionOrder(model, vars));
  log.commit();

  const best = scorer.score();
  const bestDay = Int32Array.from(model.sDay);
  const bestRoom = Int32Array.from(model.sRoom);
  const bestSlot = Int32Array.from(model.slotTrainer);
  let currentIsBest = true;
  let timeToFeasibleMs: number | null = feasible(best) ? elapsed() : null;
  let moves = 0;
  let lastProgress = 0;

  const x: MoveContext = { log, vars, rng, freed: new Int32Array(64), unassigned: new Int32Array(vars.sessions.length), unassignedCount: 0 };
  let current = scorer.cost();
  const history = new Float64Array(HISTORY_LENGTH).fill(current);
  let currentPrimary = scorer.hard * HARD_WEIGHT + scorer.unassigned * UNASSIGNED_WEIGHT;
  const maxMoves = options.maxMoves ?? Infinity;
  const wantsFeasible = options.stopWhenFeasible === true;

  // Nothing to decide: the constructed (or given) plan is the answer.
  const searchable = vars.sessions.length > 0;
  for (let step = 0; searchable; step++) {
    if ((step & 255) === 0) {
      if (scorer.unassigned > impossible) refreshUnassigned(x);
      const now = elapsed();
      if (now >= deadline || moves >= maxMoves || options.shouldStop?.() || (wantsFeasible && timeToFeasibleMs !== null)) break;
      if (options.onProgress && now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        options.onProgress({ elapsedMs: now, best: { ...best }, movesEvaluated: moves });
      }
    }
    const r = rng.next();
    // While sessions that could be assigned are not, most steps try to assign one.
    const stuck = scorer.unassigned > impossible && r < 0.6;
    const made = stuck
      ? r < 0.52
        ? assignWithEviction(x)
        : ruinAndRecreate(x)
      : pickMove(r)(x);
    if (!made) {
      log.undo();
      continue;
    }
    moves++;
    const cost = scorer.cost();
    const slot = step % HISTORY_LENGTH;
    const primary = scorer.hard * HARD_WEIGHT + scorer.unassigned * UNASSIGNED_WEIGHT;
    // Hard rules and unassigned sessions never get worse; late acceptance works on the soft goals.
    if (primary < currentPrimary) {
      history.fill(cost);
      currentPrimary = primary;
    }
    if (primary <= currentPrimary && (cost <= current || cost <= history[slot]!)) {
      const now = { hard: scorer.hard, unassigned: scorer.unassigned, soft: scorer.soft };
      if (better(now, best) || (!better(best, now) && currentIsBest)) {
        Object.assign(best, now);
        currentIsBest = true;
        if (timeToFeasibleMs === null && feasible(best)) timeToFeasibleMs = elapsed();
      } else if (currentIsBest) {
        // Leaving the best plan: keep a copy of it, the state before this move.
        bestDay.set(model.sDay);
        bestRoom.set(model.sRoom);
        bestSlot.set(model.slotTrainer);
        log.writeStateBefore(bestDay, bestRoom, bestSlot);
        currentIsBest = false;
      }
      log.commit();
      current = cost;
    } else log.undo();
    if (current < history[slot]!) history[slot] = current;
  }

  if (!currentIsBest) {
    model.sDay.set(bestDay);
    model.sRoom.set(bestRoom);
    model.slotTrainer.set(bestSlot);
  }
  scorer.rescore();
  const out = toPlan(model, plan);
  const changedSessionIds = out.sessions.filter((s, i) => s !== plan.sessions[i]).map((s) => s.id);
  const elapsedMs = elapsed();
  return {
    plan: out,
    score: scorer.score(),
    movesEvaluated: moves,
    movesPerSecond: elapsedMs > 0 ? Math.round((moves * 1000) / elapsedMs) : 0,
    elapsedMs,
    timeToFeasibleMs,
    changedSessionIds,
  };
}

