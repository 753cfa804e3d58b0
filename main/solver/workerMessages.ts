// The typed messages between the solver's worker thread and its host.
import type { RunOutcome } from './runJob';
import type { SolveProgress } from './types';

export type WorkerMessage =
  | { type: 'progress'; progress: SolveProgress }
  | { type: 'done'; outcome: RunOutcome }
  | { type: 'failed'; message: string };
