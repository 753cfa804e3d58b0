// What every MIP engine of the exact reference takes and returns (HiGHS in
// WebAssembly, CBC as a child process), so the benchmark can swap one for the other.
import type { MipSolution } from './assignmentMip';

export interface SolveMipOptions {
  /** Wall-clock limit for the solve. */
  timeLimitSeconds?: number | undefined;
  /**
   * Stop when the incumbent is within this much of the bound. Default 0.999,
   * right for models whose costs are all whole numbers: the optimum is then proven.
   */
  absoluteGap?: number | undefined;
  /** A feasible solution to start from (column values by name; missing ones are 0). */
  start?: MipSolution | undefined;
  /** Print the engine's own log. */
  log?: boolean | undefined;
  /** Threads the engine may use (CBC; the HiGHS WebAssembly build has one). Default 1. */
  threads?: number | undefined;
}

export type MipStatus = 'optimal' | 'time-limit' | 'infeasible' | 'no-solution' | 'error';

export interface MipResult {
  status: MipStatus;
  /** The engine's own words for the status. */
  detail: string;
  /** Objective of the best solution found (NaN without one). */
  objective: number;
  /** Proven lower bound on the optimum (−∞ when none is known). */
  bound: number;
  /** (objective − bound) / |objective|. */
  gap: number;
  /** Wall-clock seconds of the solve. */
  seconds: number;
  /**
   * CPU seconds spent outside this process (CBC's own process, all its threads);
   * 0 for HiGHS, whose time is this process's.
   */
  externalCpuSeconds: number;
  /** Column values of the best solution found (empty without one). */
  solution: MipSolution;
  /** Memory the engine used: HiGHS's WebAssembly memory after the solve, CBC's peak resident set. */
  memoryBytes: number;
}
