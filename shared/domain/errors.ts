// Errors a planner is meant to read. Services throw these for refused input;
// every transport (IPC, HTTP, command line) shows `message` as it is.
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'in-use'
  | 'read-only'
  | 'locked'
  | 'corrupt-store'
  | 'newer-version'
  | 'unknown-operation'
  /** Browser mode: the request lacks this run's token, or comes from another site. */
  | 'unauthorized';

export class HoldplanError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'HoldplanError';
  }
}

export function isHoldplanError(e: unknown): e is HoldplanError {
  return e instanceof HoldplanError;
}
