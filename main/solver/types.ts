// The solver's public types (issue 4, items 3 and 6).
import type { Plan } from '../../shared/domain/schema';
import type { SoftWeights } from '../../shared/rules/weights';

/** `fill` plans only values that are unset; `optimise` re-decides every value that is not locked. */
export type SolveMode = 'fill' | 'optimise';

export interface ScoreTriple {
  hard: number;
  unassigned: number;
  soft: number;
}

export interface SolveProgress {
  elapsedMs: number;
  best: ScoreTriple;
  movesEvaluated: number;
}

export interface SolveOptions {
  mode: SolveMode;
  /** Time limit. */
  seconds: number;
  seed: number;
  weights?: Partial<SoftWeights>;
  /** Stop once no hard rule is broken and every session that can be assigned is. */
  stopWhenFeasible?: boolean;
  /** The plan the planner started from (the stability goal); defaults to none. */
  baseline?: Plan;
  /** Called about every 250 ms. */
  onProgress?: (p: SolveProgress) => void;
  /** Polled often; true stops the search, keeping the best plan so far. */
  shouldStop?: () => boolean;
  /** Stops after this many evaluated moves: a run that ends here is the same on every machine. */
  maxMoves?: number;
}

export interface SolveResult {
  plan: Plan;
  score: ScoreTriple;
  movesEvaluated: number;
  movesPerSecond: number;
  elapsedMs: number;
  /** When the best plan first broke no hard rule and left only impossible sessions unassigned; null if never. */
  timeToFeasibleMs: number | null;
  changedSessionIds: string[];
}
