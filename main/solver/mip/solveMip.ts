// Solves a CPLEX LP model with HiGHS compiled to WebAssembly (npm `highs`). The
// build is single-threaded and its memory is capped at 2 GiB; a run blocks the
// calling thread until it finishes or reaches the time limit.
import loadHighs, { type Highs } from 'highs';
import type { MipSolution } from './assignmentMip';

export interface SolveMipOptions {
  timeLimitSeconds?: number | undefined;
  /**
   * Stop when the incumbent is within this much of the bound. Default 0.999,
   * right for models whose costs are all whole numbers: the optimum is then proven.
   */
  absoluteGap?: number | undefined;
  /** A feasible solution to start from (column values by name; missing ones are 0). */
  start?: MipSolution | undefined;
  /** Print HiGHS's own log. */
  log?: boolean | undefined;
}

export type MipStatus = 'optimal' | 'time-limit' | 'infeasible' | 'no-solution' | 'error';

export interface MipResult {
  status: MipStatus;
  /** HiGHS's own words for the status. */
  detail: string;
  /** Objective of the best solution found (NaN without one). */
  objective: number;
  /** Proven lower bound on the optimum. */
  bound: number;
  /** (objective − bound) / objective, as HiGHS reports it. */
  gap: number;
  seconds: number;
  /** Column values of the best solution found (empty without one). */
  solution: MipSolution;
  /** Bytes of WebAssembly memory in use after the solve. */
  memoryBytes: number;
}

let runtime: Promise<Highs> | null = null;

function highs(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

export async function solveMip(lp: string, options: SolveMipOptions = {}): Promise<MipResult> {
  const h = await highs();
  const started = performance.now();
  const model = h.createModel({ format: 'lp', data: lp });
  try {
    model.options.set({
      output_flag: options.log === true,
      mip_rel_gap: 0,
      mip_abs_gap: options.absoluteGap ?? 0.999,
    });
    if (options.start) {
      const start = options.start;
      const colValue = Array.from({ length: model.getLp().numCols }, (_, i) => start.get(model.getColName(i)) ?? 0);
      model.setSolution({ colValue });
    }
    if (options.timeLimitSeconds !== undefined) model.options.set('time_limit', options.timeLimitSeconds);
    model.run();
    const code = model.getModelStatus();
    const { modelStatus } = h.constants;
    const seconds = (performance.now() - started) / 1000;
    const hasSolution = model.info.get('primal_solution_status') === h.constants.solutionStatus.feasible;
    const status: MipStatus =
      code === modelStatus.optimal ? 'optimal'
      : code === modelStatus.infeasible ? 'infeasible'
      : !hasSolution ? 'no-solution'
      : code === modelStatus.timeLimit ? 'time-limit'
      : 'error';
    const solution = new Map<string, number>();
    if (hasSolution) {
      const { colValue } = model.getSolution();
      colValue.forEach((v, i) => solution.set(model.getColName(i), v));
    }
    const objective = hasSolution ? model.getObjectiveValue() : Number.NaN;
    const bound = Number(model.info.get('mip_dual_bound'));
    const gap = Number(model.info.get('mip_gap'));
    return { status, detail: String(code), objective, bound, gap, seconds, solution, memoryBytes: h.memoryBytes };
  } finally {
    model.dispose();
  }
}
