import type { Lockable, Slot } from '../domain/schema';
import type { RuleContext } from './context';
import type { Language, RuleLevel, Violation } from './types';

/** One rule of DESIGN §3 (hard) or §4 (soft): a name, a statement, and its check. */
export interface Rule {
  /** Stable, kebab-case; other parts of the program refer to rules by it. */
  readonly name: string;
  /** The rule in one plain-language line. */
  readonly statement: string;
  /** The same line in Danish. */
  readonly statementDa: string;
  readonly level: RuleLevel;
  /** The planned values whose change can repair a violation (hard rules). */
  readonly fixedBy?: readonly Lockable[];
  check(ctx: RuleContext): Violation[];
}

export function statementIn(rule: Pick<Rule, 'statement' | 'statementDa'>, language: Language): string {
  return language === 'da' ? rule.statementDa : rule.statement;
}

export interface Blame {
  sessions?: readonly { id: string }[];
  trainerIds?: readonly string[];
  roomIds?: readonly string[];
}

export function violation(rule: Pick<Rule, 'name' | 'level'>, penalty: number, blame: Blame, justification: string): Violation {
  return {
    rule: rule.name,
    level: rule.level,
    penalty,
    sessionIds: blame.sessions?.map((s) => s.id) ?? [],
    trainerIds: [...(blame.trainerIds ?? [])],
    roomIds: [...(blame.roomIds ?? [])],
    justification,
  };
}

/** A full day counts 2, a half day 1: day counts stay whole numbers. */
export function halvesOf(slot: Slot): 1 | 2 {
  return slot === 'full' ? 2 : 1;
}

/** `full` overlaps everything; `am` and `pm` do not overlap each other. */
export function slotsOverlap(a: Slot, b: Slot): boolean {
  return a === 'full' || b === 'full' || a === b;
}
