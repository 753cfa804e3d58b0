// Solves a CPLEX LP model with HiGHS compiled to WebAssembly (npm `highs`). The
// build is single-threaded and its memory is capped at 2 GiB; a run blocks the
// calling thread until it finishes or reaches the time limit.
import loadHighs, { type Highs } from 'highs';
import type { MipResult, MipStatus, SolveMipOptions } from './mipResult';

export type { MipResult, MipStatus, SolveMipOptions } from './mipResult';

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
    return { status, detail: String(code), objective, bound, gap, seconds, externalCpuSeconds: 0, solution, memoryBytes: h.memoryBytes };
  } finally {
    model.dispose();
  }
}
