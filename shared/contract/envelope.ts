// How a result crosses a transport (IPC or HTTP). Error classes do not survive
// structured cloning or JSON, so failures travel as data and the client rebuilds
// a HoldplanError with the same code and message.
import type { ErrorCode } from '../domain/errors';

export interface WireError {
  code: ErrorCode | 'internal';
  message: string;
  details: string[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WireError };

/** IPC channel of an operation; the only place a channel name is built. */
export function ipcChannel(op: string): string {
  return `holdplan:${op}`;
}

/** HTTP path of an operation in browser mode. */
export function httpPath(op: string): string {
  return `/api/${op}`;
}
