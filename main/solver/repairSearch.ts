// Repair's search over a model it built once: the construction places what was
// freed, then a short late-acceptance search improves it with the solver's moves,
// and each freed cohort's trainers and rooms get a last look.
// Only the values in `vars` change. It stops at its move budget, or as soon as the
// best plan has not improved for a while: once valid, repair wants few changes
// quickly, not the last point of soft penalty; while not, a pass that is stuck
// hands over to the next, which frees more.
import { createRng } from '../demo/random';
import type { ChangeLog } from './changeLog';
import { construct, constructionOrder } from './construct';
import { assignWithEviction, changeCohortTrainer, changeDate, changeRoom, changeTrainer, refreshUnassigned, ruinAndRecreate, shiftCohort, type MoveContext } from './moves';
import { LateAcceptance, Verdict } from './lateAcceptance';
import { swapTrainers } from './movesSwap';
import { polishCohortTrainers } from './movesBest';
import { relieveTrainer } from './repairMoves';
import { polishRooms } from './roomsExact';
import type { ScoreTriple, SolveProgress } from './types';
import type { Variables } from './variables';

const HISTORY_LENGTH = 200;
const PROGRESS_EVERY_MS = 250;

/** Moves for a handful of freed values: mostly trainers and dates, whole-cohort moves rarely (they change many sessions). */
const MOVES: readonly [upTo: number, move: (x: MoveContext) => boolean][] = [
  [0.35, changeTrainer],
  [0.5, swapTrainers],
  [0.62, changeRoom],
  [0.85, changeDate],
  [0.95, changeCohortTrainer],
  [1, shiftCohort],
];

export interface RepairSearchOptions {
  seed: number;
  /** Most moves to evaluate. */
  maxMoves: number;
  /** Stop once the best has not improved for this many moves (while not valid: mended a rule or assigned a session). */
  stallMoves: number;
  /** Wall-clock safety net, in ms. */
  deadlineMs: number;
  /** Hard penalty the variables cannot take away (locked conflicts, rules on fixed values). */
  hardFloor: number;
  /** Unassigned sessions the variables cannot assign (impossible or outside the fence). */
  unassignedFloor: number;
  shouldStop?: () => boolean;
  onProgress?: (p: SolveProgress) => void;
}

export interface RepairSearchResult {
  score: ScoreTriple;
  moves: number;
}

export function repairSearch(log: ChangeLog, vars: Variables, options: RepairSearchOptions): RepairSearchResult {
  const started = performance.now();
  const scorer = log.scorer;
  const m = log.model;
  construct(log, vars, constructionOrder(m, vars));
  log.commit();

  const search = new LateAcceptance(log, HISTORY_LENGTH);
  const best = search.best;
  let lastImprovement = 0;
  const valid = (s: ScoreTriple) => s.hard <= options.hardFloor && s.unassigned <= options.unassignedFloor;

  const rng = createRng(options.seed);
  const x: MoveContext = { log, vars, rng, freed: new Int32Array(64), unassigned: new Int32Array(vars.sessions.length), unassignedCount: 0 };
  let moves = 0;
  let lastProgress = 0;

  for (let step = 0; vars.sessions.length > 0; step++) {
    if ((step & 63) === 0) {
      if (scorer.unassigned > options.unassignedFloor) refreshUnassigned(x);
      if (moves >= options.maxMoves || moves - lastImprovement >= options.stallMoves) break;
      const now = performance.now() - started;
      if (now >= options.deadlineMs || options.shouldStop?.()) break;
      if (options.onProgress && now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        options.onProgress({ elapsedMs: now, best: { ...best }, movesEvaluated: moves });
      }
    }
    const r = rng.next();
    const stuck = scorer.unassigned > options.unassignedFloor && r < 0.6;
    let made: boolean;
    if (stuck) made = r < 0.25 ? relieveTrainer(x) : r < 0.5 ? assignWithEviction(x) : ruinAndRecreate(x);
    else {
      let move = shiftCohort;
      for (const [upTo, candidate] of MOVES) {
        if (r < upTo) {
          move = candidate;
          break;
        }
      }
      made = move(x);
    }
    if (!made) {
      log.undo();
      continue;
    }
    moves++;
    const verdict = search.offer(step);
    // While not valid, only a rule mended or a session assigned counts as progress (a softer best keeps validity as it was).
    if (verdict === Verdict.bestMended || (verdict === Verdict.bestSofter && valid(best))) lastImprovement = moves;
  }

  search.restoreBest();
  // Each freed cohort's trainers once more, whole: the short search rarely gets a
  // cohort back to fewer trainers, which takes several moves at the same cost in
  // changes. Only a cheaper plan (changes weighed first) is kept. Term demo, solved,
  // t-0314 cancels the whole term: 84 changes either way, continuity 80,000 → 77,000.
  for (const c of vars.cohorts) polishCohortTrainers(log, vars, c);
  log.commit();
  // The freed sessions' best rooms for their dates; a room back to or away from the
  // plan's own is weighed with stability like every other change.
  polishRooms(log, vars);
  log.commit();
  return { score: scorer.score(), moves };
}
