import type { Plan } from '../../shared/domain/schema';
import type { StoreStatus } from '../../shared/contract/results';
import type { FsOps } from './fsOps';

/**
 * The only writer of a data file. Reads are served from memory; every change is
 * applied to a copy, validated, saved durably (temp file, fsync, rename, fsync
 * folder) and only then becomes the current plan. Saves are serialised.
 */
export interface Store {
  readonly path: string;
  /** The current plan. Treat as read-only; change it through `update`. */
  read(): Plan;
  /**
   * Runs `change` on a deep copy of the plan and saves the result. When `change`
   * throws, or the result fails the schema, nothing is saved and the error is
   * rethrown. Resolves after the save is durable. Throws HoldplanError('read-only')
   * when another instance holds the lock, or when close() was called before it.
   */
  update<T>(change: (draft: Plan) => T): Promise<T>;
  status(): StoreStatus;
  /** Saves every update queued before it, then lets go of the file. */
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** The data file. Defaults to `holdplan.json` in the data folder. */
  file: string;
  /** Identifies this instance in the lock ("Electron app", "browser mode", "command line"). */
  app: string;
  /** Open without taking the lock: reads work, updates are refused. */
  readOnly?: boolean;
  /** How often the lock's heartbeat is refreshed (default 5 s). */
  heartbeatMs?: number;
  /**
   * A lock is taken over when it is this stale (default 30 s): on this machine, when its
   * heartbeat is this old; from another machine, when its heartbeat has not changed for
   * this long by our own clock. Such a lock opens read-only at first, and the store takes
   * the file over in the background once it proves stale (see onStatusChange).
   */
  staleAfterMs?: number;
  /** Called when status() changes while the store is open, e.g. a read-only store that took the file over. */
  onStatusChange?: (status: StoreStatus) => void;
  /** The file operations a save makes; tests inject a recorder. */
  fs?: FsOps;
}
