// Which hard rules the plan breaks, in the checker's words, without checking the
// whole plan: the model finds the sessions involved (taking a session's values out
// lowers the hard penalty exactly when it is part of a broken rule), and the
// checker words only the rules around those. If the words do not add up to the
// model's penalty, the whole plan is checked: the checker stays the reference.
import type { Plan } from '../../shared/domain/schema';
import { checkPlan, checkSessions } from '../../shared/rules/check';
import type { Language, Violation } from '../../shared/rules/types';
import type { ChangeLog } from './changeLog';
import * as model from './model';

const { NONE } = model;

/** Sessions whose values take part in a broken hard rule, by the model's incremental score. */
export function sessionsBreakingHardRules(log: ChangeLog): number[] {
  const scorer = log.scorer;
  const m = log.model;
  const out: number[] = [];
  if (scorer.hard === 0) return out;
  const hard = scorer.hard;
  const mark = log.size;
  for (let s = 0; s < m.sessionCount; s++) {
    log.setDate(s, NONE);
    log.setRoom(s, NONE);
    for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) log.setTrainer(k, NONE);
    if (scorer.hard < hard) out.push(s);
    log.undoTo(mark);
  }
  return out;
}

/** The hard violations of `plan`, whose planned values are the model's current ones. */
export function hardViolations(log: ChangeLog, plan: Plan, language: Language | undefined): Violation[] {
  if (log.scorer.hard === 0) return [];
  const ids = sessionsBreakingHardRules(log).map((s) => log.model.sessionIds[s]!);
  const options = language ? { language } : {};
  const found = checkSessions(plan, ids, options).filter((v) => v.level === 'hard');
  let penalty = 0;
  for (const v of found) penalty += v.penalty;
  if (penalty === log.scorer.hard) return found;
  return checkPlan(plan, options).violations.filter((v) => v.level === 'hard');
}
