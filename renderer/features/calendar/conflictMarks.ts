// Which sessions the services' check finds in conflict, and whether the planner's
// locks are what hold the conflict in place (a locked conflict).
import type { CheckResult } from '../../../shared/rules/types';

export type ConflictMark = 'conflict' | 'lockedConflict';

export function conflictMarks(check: CheckResult | null): ReadonlyMap<string, { mark: ConflictMark; reasons: string[] }> {
  const out = new Map<string, { mark: ConflictMark; reasons: string[] }>();
  if (!check) return out;
  for (const v of check.violations) {
    if (v.level !== 'hard') continue;
    for (const id of v.sessionIds) {
      const entry = out.get(id) ?? { mark: 'conflict' as ConflictMark, reasons: [] };
      if (v.locked) entry.mark = 'lockedConflict';
      entry.reasons.push(v.justification);
      out.set(id, entry);
    }
  }
  return out;
}
