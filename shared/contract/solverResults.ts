// What the solver's operations return (issue 4 items 4–7): a run's progress and
// summary, and a repair proposal, all in words a planner reads.

export type SolverMode = 'fill' | 'optimise' | 'repair';
export type SolverRunState = 'running' | 'done' | 'cancelled' | 'failed';

export interface SolverScore {
  hard: number;
  unassigned: number;
  soft: number;
}

export interface SolverProgress {
  elapsedMs: number;
  /** The best plan's score so far. */
  best: SolverScore;
  movesEvaluated: number;
  /** The run's time limit, so a progress bar can show how far it is. */
  limitMs: number;
}

/** One planned value that changed: "GLU Odense hold 2 day 1: trainers Ane Holm → Bo Jensen". */
export interface SessionChange {
  sessionId: string;
  /** "GLU Odense hold 2 day 1". */
  session: string;
  /** "Tue 12 Jan 2027, Lokale 1, Ane Holm" or "unassigned". */
  before: string;
  after: string;
  /** Why it changed, when there is more to say than "the solver chose it". */
  why: string;
}

/**
 * The first obstacle an explanation names: no legal date in the window (or none that
 * fits the gaps), no room at the centre that fits, every fitting room taken, nobody
 * (or too few) with the skills, the qualified trainers away or booked, a locked value
 * in the way, or something else.
 */
export type UnassignedCause = 'no-legal-date' | 'no-room-fits' | 'rooms-taken' | 'no-qualified-trainer' | 'trainers-busy' | 'locked' | 'other';

export interface UnassignedExplanation {
  sessionId: string;
  session: string;
  /** "14 trainers have skill dol-strategi; 9 are unavailable on every legal date, 5 are fully booked". */
  reason: string;
  cause: UnassignedCause;
}

export interface SolveSummary {
  mode: SolverMode;
  assigned: number;
  unassigned: UnassignedExplanation[];
  deferred: number;
  hard: number;
  /** The soft penalty per goal (continuity, stability, …) and in total. */
  soft: { rule: string; penalty: number }[];
  softTotal: number;
  movesEvaluated: number;
  movesPerSecond: number;
  elapsedMs: number;
  changes: SessionChange[];
  /** False when the plan was changed while the solver ran, so its result was not applied. */
  applied: boolean;
  /** Why the result was not applied, or what a repair could not do; empty when there is nothing to say. */
  notes: string[];
}

export interface SolverStarted {
  runId: string;
}

export interface SolverStatus {
  runId: string;
  state: SolverRunState;
  progress: SolverProgress | null;
  summary: SolveSummary | null;
  /** Set when the run failed. */
  error: string | null;
}

/** A session that breaks a hard rule, with the rule's own justification. */
export interface BrokenSession {
  sessionId: string;
  session: string;
  rule: string;
  justification: string;
}

/** A locked value that breaks a rule: repair does not change it, it proposes unlocking it. */
export interface LockedConflictProposal {
  sessionId: string;
  session: string;
  locked: ('date' | 'room' | 'trainers')[];
  justification: string;
  /** What repair would do once it is unlocked ("trainers Ane Holm → Bo Jensen"), or why it could not help. */
  ifUnlocked: string;
}

/** A session's planned values as a proposal would set them. */
export interface PlannedValues {
  sessionId: string;
  date: string | null;
  roomId: string | null;
  trainerIds: string[];
}

export interface RepairProposal {
  proposalId: string;
  broken: BrokenSession[];
  changes: SessionChange[];
  lockedConflicts: LockedConflictProposal[];
  /** The score of the plan as it is, and after the proposed changes. */
  scoreBefore: SolverScore;
  scoreAfter: SolverScore;
  unassigned: UnassignedExplanation[];
  /** The values each change would set, in the order of `changes`, so the planner can edit them before accepting (set by solver.trainerCancels). */
  proposed?: PlannedValues[];
}

export interface RepairApplied {
  applied: boolean;
  changed: number;
  /** Why it was not applied (the plan changed since the proposal). */
  message: string;
}
