// What the reference checker reports. The score of a plan is
// (hard penalty, unassigned sessions, soft penalty), compared in that order (DESIGN §4).
export type RuleLevel = 'hard' | 'soft';

/** The language statements and justifications are written in (the UI's). */
export type Language = 'en' | 'da';

export interface Violation {
  /** Stable rule name, e.g. `trainer-double-booked`. */
  rule: string;
  level: RuleLevel;
  /** Proportional to how bad it is; soft penalties are already weighted. */
  penalty: number;
  sessionIds: string[];
  trainerIds: string[];
  roomIds: string[];
  /** Names the sessions, trainers and rooms to blame, in a planner's words. */
  justification: string;
  /**
   * A locked conflict (DESIGN §3): every value that could repair it is locked by
   * the planner, so the solver must leave it; repair proposes unlocking.
   */
  locked?: boolean;
}

export interface RuleTotal {
  rule: string;
  level: RuleLevel;
  statement: string;
  count: number;
  penalty: number;
}

export interface CheckResult {
  score: { hard: number; unassigned: number; soft: number };
  violations: Violation[];
  totals: RuleTotal[];
  assignedSessionIds: string[];
  unassignedSessionIds: string[];
  deferredSessionIds: string[];
}
