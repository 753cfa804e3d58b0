import type { CheckResult, RuleLevel, Violation } from '../../../shared/rules/types';

export interface ViolationGroup {
  rule: string;
  level: RuleLevel;
  statement: string;
  /** How many violations the rule has in the whole plan. */
  count: number;
  penalty: number;
  /** The ones shown: every hard one (locked first), or the largest soft ones. */
  items: Violation[];
}

/**
 * Hard violations grouped by rule, the rule with most first and its locked
 * conflicts at the top; and the `softLimit` largest soft penalties, grouped the same way.
 */
export function groupViolations(result: CheckResult, softLimit = 25): { hard: ViolationGroup[]; soft: ViolationGroup[]; softTotal: number } {
  const statementOf = new Map(result.totals.map((t) => [t.rule, t]));
  const group = (violations: readonly Violation[]): ViolationGroup[] => {
    const byRule = new Map<string, Violation[]>();
    for (const v of violations) byRule.set(v.rule, [...(byRule.get(v.rule) ?? []), v]);
    return [...byRule.entries()]
      .map(([rule, items]) => {
        const total = statementOf.get(rule);
        const first = items[0];
        return {
          rule,
          level: first?.level ?? 'hard',
          statement: total?.statement ?? rule,
          count: total?.count ?? items.length,
          penalty: total?.penalty ?? items.reduce((sum, v) => sum + v.penalty, 0),
          items: [...items].sort((a, b) => Number(b.locked ?? false) - Number(a.locked ?? false) || b.penalty - a.penalty),
        };
      })
      .sort((a, b) => b.count - a.count || b.penalty - a.penalty);
  };
  const soft = result.violations.filter((v) => v.level === 'soft');
  const largestSoft = [...soft].sort((a, b) => b.penalty - a.penalty).slice(0, softLimit);
  return { hard: group(result.violations.filter((v) => v.level === 'hard')), soft: group(largestSoft), softTotal: soft.length };
}
