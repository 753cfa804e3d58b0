// Stability (DESIGN §4): when re-planning, change as little as possible against
// the plan the planner started from (only with a baseline).
//   measure(session) = [date differs] + [room differs] + [set of trainers differs]
//   penalty = weights.stability × measure
// Sessions missing from the baseline are new and count nothing.
import type { Session } from '../../domain/schema';
import { listNames, sessionName } from '../names';
import { violation, type Rule } from '../rule';
import type { Violation } from '../types';

function sameTrainers(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((t) => sb.has(t));
}

export function changedValues(before: Session, after: Session): ('date' | 'room' | 'trainers')[] {
  const changed: ('date' | 'room' | 'trainers')[] = [];
  if (before.date !== after.date) changed.push('date');
  if (before.roomId !== after.roomId) changed.push('room');
  if (!sameTrainers(before.trainerIds, after.trainerIds)) changed.push('trainers');
  return changed;
}

const DANISH_CHANGE = { date: 'ny dato', room: 'nyt lokale', trainers: 'nye undervisere' } as const;

export const stability: Rule = {
  name: 'stability',
  statement: 'Re-planning changes as few dates, rooms and trainers as possible against the plan it started from.',
  statementDa: 'Genplanlægning ændrer så få datoer, lokaler og undervisere som muligt i forhold til planen, den startede fra.',
  level: 'soft',
  check(ctx) {
    const out: Violation[] = [];
    const weight = ctx.weights.stability;
    if (weight === 0 || !ctx.baseline) return out;
    for (const s of ctx.scopedSessions) {
      const before = ctx.baseline.get(s.id);
      if (!before) continue;
      const changed = changedValues(before, s);
      if (changed.length === 0) continue;
      const why =
        ctx.language === 'da'
          ? `${sessionName(ctx, s)} har ${listNames(changed.map((c) => DANISH_CHANGE[c]), 'da')} i forhold til planen, du startede fra.`
          : `${sessionName(ctx, s)} has a new ${listNames(changed)} compared with the plan you started from.`;
      out.push(violation(this, weight * changed.length, { sessions: [s] }, why));
    }
    return out;
  },
};
