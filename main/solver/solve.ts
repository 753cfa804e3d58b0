// The solver's entry point: build the packed model, construct (cohorts whose
// dates are set go whole to one trainer each first), then improve by
// late-acceptance local search until the time is up, the caller stops it, or
// (if asked) the plan is feasible; the last stretch is a descent from the best
// plan (never worse, equal cost allowed), which ends on the best rooms for its
// dates (roomsExact).
// Deterministic for a seed and a move budget.
import type { Plan } from '../../shared/domain/schema';
import { createRng } from '../demo/random';
import { ChangeLog } from './changeLog';
import { clearInvalidValues } from './clearInvalid';
import { construct, constructionOrder } from './construct';
import { assignCohortsByRegret } from './constructRegret';
import { buildModel, toPlan } from './model';
import { assignWithEviction, changeCohortTrainer, changeDate, changeRoom, changeTrainer, refreshUnassigned, ruinAndRecreate, shiftCohort, type MoveContext } from './moves';
import { bestCohortTrainer, bestExchange, bestPartOfCohort, bestRoom, bestSlotTrainer, bestWholeCohort } from './movesBest';
import { bestChain } from './movesChain';
import { clearSession } from './movesClear';
import { mendDateChain } from './movesDateChain';
import { ruinTrainers } from './movesKick';
import { exchangeCohortTrainers, swapRooms, swapTrainers } from './movesSwap';
import { LateAcceptance, Verdict, better, primaryCost } from './lateAcceptance';
import { polishRooms } from './roomsExact';
import { Scorer } from './score';
import type { ScoreTriple, SolveOptions, SolveResult } from './types';
import { findVariables, impossibleSessions, type Variables } from './variables';

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
 * With every date fixed (the exact reference's setting, or a planner who locked
 * them) only trainer and room moves are left, and the search needs a longer
 * memory to cross from one cohort arrangement to the next. Term demo, dates of a
 * 10 s plan locked, rooms and trainers from empty, 10 s, seeds 1–3, modelled soft:
 * history 200 → 361,939 / 351,474 / 359,759; 1,000 → 350,404 / 340,964 / 344,524;
 * 5,000 → 342,379 / 342,884 / 341,844; 20,000 → 344,069 / 342,084 / 339,429. With
 * dates free, 5,000 is worse (term fill, 10 s: 376,198 against 357,314 on seed 1).
 * A short run has no time for the long memory's slow descent, so the history is
 * scaled to the time limit up to that length. Same instance with the whole-cohort
 * construction, median of seeds 1–5 at 4.6 s: 5,000 → 347,049; 1,840 → 344,499.
 * At 60 s (seeds 1–2), 24,000 → 341,569 / 343,699 against 5,000's 340,419 / 341,399.
 */
const HISTORY_DATES_FIXED_PER_SECOND = 400;
const HISTORY_DATES_FIXED_MAX = 5000;

function historyLength(vars: Variables, seconds: number): number {
  if (vars.dateSessions.length > 0) return HISTORY_LENGTH;
  return Math.round(Math.min(HISTORY_DATES_FIXED_MAX, Math.max(HISTORY_LENGTH, HISTORY_DATES_FIXED_PER_SECOND * seconds)));
}

/**
 * Steps without a better plan after which the search counts as stuck in a local
 * optimum (late acceptance's history has closed on it): it goes back to the best
 * plan and kicks it (iterated local search). Scaled by the trainer slots so a
 * large plan gets time for its slower descent.
 */
const STALL_MIN = 5_000;
const STALL_PER_SLOT = 20;

/**
 * The last share of the time (or of the move budget) is a descent from the best
 * plan: late acceptance with a history of one (a move of equal cost is kept, a
 * worse one never), no kicks. Measured on the term
 * demo, seeds 1–3 summed, 1 million moves each (same work, repeatable): soft
 * 1,251,564 without, 1,236,457 / 1,228,486 / 1,222,498 / 1,221,463 with 5 / 10 / 15 /
 * 25 %; less spread, which the MIP leaves out, 1,166,174 without and 1,161,536 at
 * 10 %, its best (beyond it trainers lose what spread gains). Mostly spread and
 * room fit, which the wandering search had left on the table.
 */
const DESCENT_SHARE = 0.1;

/**
 * Share of steps that clear one session's values while a hard rule is broken
 * (movesClear). Random instances from the property tests' generator (locks, rules
 * broken by the planned values), optimise, 4,000 moves: without it, gaps and days
 * out of order stayed broken on unlocked sessions of 2 of the first 3 seeds.
 */
const CLEAR_SHARE = 0.02;

type Move = (x: MoveContext) => boolean;

/**
 * The improving moves, the share of steps each gets, and the values they change.
 * Exchanges are there because a cohort's trainer cannot be traded one change at a
 * time; the best-of moves because a random trainer out of hundreds is rarely free.
 */
const MOVES: readonly [share: number, move: Move, changes: 'date' | 'room' | 'trainer'][] = [
  [0.06, changeTrainer, 'trainer'],
  [0.08, swapTrainers, 'trainer'],
  [0.08, changeRoom, 'room'],
  [0.04, swapRooms, 'room'],
  [0.06, bestRoom, 'room'],
  [0.16, changeDate, 'date'],
  [0.03, changeCohortTrainer, 'trainer'],
  [0.12, bestCohortTrainer, 'trainer'],
  [0.06, bestSlotTrainer, 'trainer'],
  [0.06, bestWholeCohort, 'trainer'],
  [0.19, bestPartOfCohort, 'trainer'],
  [0.04, exchangeCohortTrainers, 'trainer'],
  [0.06, bestExchange, 'trainer'],
  [0.04, bestChain, 'trainer'],
  [0.1, shiftCohort, 'date'],
];

/** Cumulative bounds in [0, 1) over the moves that have something to change (no date moves when every date is locked). */
function moveTable(vars: Variables): { upTo: Float64Array; moves: Move[] } {
  const has = { date: vars.dateSessions.length > 0, room: vars.roomSessions.length > 0, trainer: vars.slots.length > 0 };
  const usable = MOVES.filter(([, , changes]) => has[changes]);
  const total = usable.reduce((sum, [share]) => sum + share, 0);
  const upTo = new Float64Array(usable.length);
  let acc = 0;
  usable.forEach(([share], i) => (upTo[i] = acc += share / total));
  return { upTo, moves: usable.map(([, move]) => move) };
}

function pickMove(table: { upTo: Float64Array; moves: Move[] }, r: number): Move {
  for (let i = 0; i < table.moves.length; i++) if (r < table.upTo[i]!) return table.moves[i]!;
  return table.moves[table.moves.length - 1]!;
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

  if (options.mode === 'optimise') clearInvalidValues(log, impossibleMask);
  assignCohortsByRegret(log, vars);
  construct(log, vars, constructionOrder(model, vars));
  log.commit();

  let search = new LateAcceptance(log, historyLength(vars, options.seconds));
  let best = search.best;
  let descending = false;
  let timeToFeasibleMs: number | null = feasible(best) ? elapsed() : null;
  let moves = 0;
  let lastProgress = 0;

  const x: MoveContext = { log, vars, rng, freed: new Int32Array(64), unassigned: new Int32Array(vars.sessions.length), unassignedCount: 0 };
  const maxMoves = options.maxMoves ?? Infinity;
  const stallSteps = Math.max(STALL_MIN, STALL_PER_SLOT * vars.slots.length);
  let lastGainStep = 0;
  let sinceKickBest = search.current;
  const wantsFeasible = options.stopWhenFeasible === true;

  // Nothing to decide: the constructed (or given) plan is the answer.
  const table = moveTable(vars);
  const searchable = vars.sessions.length > 0 && table.moves.length > 0;
  for (let step = 0; searchable; step++) {
    if ((step & 255) === 0) {
      if (scorer.unassigned > impossible) refreshUnassigned(x);
      const now = elapsed();
      if (now >= deadline || moves >= maxMoves || options.shouldStop?.() || (wantsFeasible && timeToFeasibleMs !== null)) break;
      if (!descending && (now >= deadline * (1 - DESCENT_SHARE) || moves >= maxMoves * (1 - DESCENT_SHARE))) {
        descending = true;
        search.restoreBest();
        search = new LateAcceptance(log, 1);
        best = search.best;
      }
      if (options.onProgress && now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        options.onProgress({ elapsedMs: now, best: { ...best }, movesEvaluated: moves });
      }
    }
    if (!descending && step - lastGainStep > stallSteps && scorer.unassigned <= impossible) {
      lastGainStep = step;
      if (better(best, scorer.score())) search.restoreBest();
      const primaryBefore = primaryCost(scorer);
      if (ruinTrainers(x) && primaryCost(scorer) <= primaryBefore && log.size > 0) {
        moves++;
        search.restart();
      } else log.undo();
      sinceKickBest = search.current;
      continue;
    }
    const r = rng.next();
    // While sessions that could be assigned are not, most steps try to assign one.
    const stuck = scorer.unassigned > impossible && r < 0.6;
    const made = scorer.hard > 0 && r < CLEAR_SHARE
      ? clearSession(x)
      : stuck
      ? r < 0.44
        ? assignWithEviction(x)
        : r < 0.52
          ? mendDateChain(x) || assignWithEviction(x)
          : ruinAndRecreate(x)
      : pickMove(table, r)(x);
    if (!made) {
      log.undo();
      continue;
    }
    moves++;
    const verdict = search.offer(step);
    if (verdict === Verdict.rejected) continue;
    if (verdict >= Verdict.bestTied && timeToFeasibleMs === null && feasible(best)) timeToFeasibleMs = elapsed();
    if (search.current < sinceKickBest) {
      sinceKickBest = search.current;
      lastGainStep = step;
    }
  }

  // A fresh score for the plan returned (restoring the best rescores it), after its
  // rooms are made the best for its dates: the search's room moves drift while dates dominate.
  if (!search.restoreBest()) scorer.rescore();
  polishRooms(log, vars);
  log.commit();
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

