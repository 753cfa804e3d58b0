import type { Session } from '../domain/schema';

export interface LockHolder {
  host: string;
  user: string;
  pid: number;
  /** Which Holdplan holds it ("Electron app", "browser mode", "command line"). */
  app?: string;
  since: string;
  heartbeat: string;
}

export interface StoreStatus {
  path: string;
  readOnly: boolean;
  /** Who holds the lock when this instance opened the file read-only. */
  lockHolder: LockHolder | null;
  savedAt: string | null;
  /** Set when the store could not use its file as it was, e.g. a corrupt file moved aside. */
  notices: string[];
}

export interface PlanSummary {
  termName: string;
  termStart: string;
  termEnd: string;
  counts: { centres: number; rooms: number; trainers: number; courses: number; cohorts: number; sessions: number };
  assigned: number;
  unassigned: number;
  deferred: number;
  hardViolations: number;
  soft: number;
}

export interface DeleteResult {
  deleted: string;
  /** Sessions whose room or trainers were cleared because the caller asked to unassign them. */
  unassignedSessionIds: string[];
}

export interface CourseChangeImpact {
  applied: boolean;
  /** Planned sessions that the change removes (the cohort loses that course day). */
  removedSessions: Session[];
  /** Planned sessions whose slot or requirements change, so their plan may need revisiting. */
  changedSessions: Session[];
  /** New empty sessions the change adds. */
  addedSessionCount: number;
}

export interface ImportResult {
  counts: { centres: number; rooms: number; trainers: number; courses: number; cohorts: number; sessions: number };
  warnings: string[];
}

/** Whether undo and redo are possible, and what each would take back (an operation name such as `trainers.update`, or a step's own label). */
export interface HistoryStatus {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

/** Importing trainers, rooms or cohorts from a spreadsheet: what each row does (or, in a preview, would do). */
export type SheetImportAction = 'create' | 'update' | 'unchanged' | 'reject';

export interface SheetImportRow {
  /** The row's number in the spreadsheet (the header is row 1). */
  row: number;
  action: SheetImportAction;
  /** The id the row creates or updates; null when rejected before one was known. */
  id: string | null;
  name: string;
  /** Why the row is rejected, each naming the field: "maxDays: cannot be negative". */
  reasons: string[];
  /** The fields an update changes. */
  changed: string[];
}

export interface SheetImportResult {
  table: 'trainers' | 'rooms' | 'cohorts';
  /** Header → field (null: ignored) as used; remember it for the next file. */
  mapping: Record<string, string | null>;
  /** Headers no field takes. */
  ignoredColumns: string[];
  rows: SheetImportRow[];
  counts: Record<SheetImportAction, number>;
  /** Whether rows were written: false for a preview, or when no row creates or changes anything. */
  applied: boolean;
}
