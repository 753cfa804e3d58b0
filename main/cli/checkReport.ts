// The check command's report: every hard violation with its justification,
// grouped by rule; the unassigned sessions by name; the deferred count; the
// soft totals per goal.
import type { Plan } from '../../shared/domain/schema';
import type { CheckResult, Violation } from '../../shared/rules/types';
import { formatDayIn } from '../../shared/rules/names';
import { currentLanguage } from '../services/language';
import { commandLineMessages as cl } from '../services/messages/commandLine';
import { say } from '../services/messages/say';

function byRule(violations: readonly Violation[]): Map<string, Violation[]> {
  const groups = new Map<string, Violation[]>();
  for (const v of violations) groups.set(v.rule, [...(groups.get(v.rule) ?? []), v]);
  return groups;
}

/** "1–3, 5": day numbers as runs, so a cohort with ten open days takes one line. */
function dayRuns(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** One line per cohort naming its unassigned days ("GLU Odense hold 2: days 1–3"). */
function unassignedByCohort(plan: Plan, ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  const days = new Map<string, number[]>();
  for (const s of plan.sessions) {
    if (wanted.has(s.id)) days.set(s.cohortId, [...(days.get(s.cohortId) ?? []), s.dayIndex + 1]);
  }
  const names = new Map(plan.cohorts.map((c) => [c.id, c.name]));
  return [...days].map(([cohortId, list]) => say(cl.cohortDays({ cohort: names.get(cohortId) ?? cohortId, count: list.length, days: dayRuns(list) })));
}

export function checkReport(plan: Plan, result: CheckResult): string[] {
  const lines: string[] = [];
  const { term } = plan;
  const language = currentLanguage();
  lines.push(say(cl.checkHeading({
    term: term.name, start: formatDayIn(term.start, language), end: formatDayIn(term.end, language), sessions: plan.sessions.length,
    assigned: result.assignedSessionIds.length, unassigned: result.unassignedSessionIds.length, deferred: result.deferredSessionIds.length,
  })));

  const statements = new Map(result.totals.map((t) => [t.rule, t.statement]));
  const hard = result.violations.filter((v) => v.level === 'hard');
  lines.push('');
  if (hard.length === 0) lines.push(say(cl.hardKept()));
  else {
    lines.push(say(cl.hardBroken({ count: hard.length })));
    for (const [rule, violations] of byRule(hard)) {
      const statement = statements.get(rule);
      lines.push(`  ${rule} (${violations.length})${statement ? `: ${statement}` : ''}`);
      for (const v of violations) lines.push(`    - ${v.justification}`);
    }
  }

  lines.push('');
  lines.push(say(cl.unassignedCount({ count: result.unassignedSessionIds.length })));
  for (const line of unassignedByCohort(plan, result.unassignedSessionIds)) lines.push(`  - ${line}`);
  lines.push(say(cl.deferredCount({ count: result.deferredSessionIds.length })));

  const soft = result.totals.filter((t) => t.level === 'soft');
  lines.push('');
  lines.push(say(cl.softTotal({ total: result.score.soft })));
  const width = Math.max(0, ...soft.map((t) => t.rule.length));
  for (const t of soft) lines.push(`  ${say(cl.softLine({ rule: t.rule.padEnd(width), penalty: t.penalty, cases: t.count }))}`);
  return lines;
}
