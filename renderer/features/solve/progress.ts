import type { SolverStatus } from '../../../shared/contract/solverResults';

/** How far a run is towards its time limit, 0 to 1 (a run that stops early jumps to the end). */
export function progressShare(run: SolverStatus | null): number {
  if (!run) return 0;
  if (run.state !== 'running') return 1;
  const p = run.progress;
  if (!p || p.limitMs <= 0) return 0;
  return Math.min(1, p.elapsedMs / p.limitMs);
}
