// The reference checker (DESIGN §3–§4): computes a plan's score from scratch by
// running every rule of the registry over one shared index. The solver's fast
// incremental scoring must agree with it.
import type { Plan } from '../domain/schema';
import { buildContext, type RuleContext } from './context';
import { RULES } from './registry';
import { statementIn, type Rule } from './rule';
import { sessionStatus } from './status';
import type { CheckResult, Language, RuleTotal, Violation } from './types';
import { resolveWeights, type SoftWeights } from './weights';

export interface CheckOptions {
  /** Planner's weights for the soft goals; missing ones take DEFAULT_WEIGHTS. */
  weights?: Partial<SoftWeights>;
  /** The plan the planner started from; enables the stability goal. */
  baseline?: Plan;
  /** The language of statements and justifications; English when not given. */
  language?: Language;
}

export function checkPlan(plan: Plan, options: CheckOptions = {}): CheckResult {
  const ctx = buildContext(plan, { weights: resolveWeights(options.weights), baseline: options.baseline, language: options.language });
  const violations: Violation[] = [];
  const totals: RuleTotal[] = [];
  const score = { hard: 0, unassigned: 0, soft: 0 };
  for (const rule of RULES) {
    const found = markLockedConflicts(ctx, rule, rule.check(ctx));
    let penalty = 0;
    for (const v of found) penalty += v.penalty;
    totals.push({ rule: rule.name, level: rule.level, statement: statementIn(rule, ctx.language), count: found.length, penalty });
    score[rule.level] += penalty;
    for (const v of found) violations.push(v);
  }
  const assignedSessionIds: string[] = [];
  const unassignedSessionIds: string[] = [];
  const deferredSessionIds: string[] = [];
  for (const s of plan.sessions) {
    const status = sessionStatus(ctx, s);
    (status === 'assigned' ? assignedSessionIds : status === 'unassigned' ? unassignedSessionIds : deferredSessionIds).push(s.id);
  }
  score.unassigned = unassignedSessionIds.length;
  return { score, violations, totals, assignedSessionIds, unassignedSessionIds, deferredSessionIds };
}

/**
 * Only the violations that involve at least one of the given sessions ("would this
 * move break a rule?"): the rules walk just those sessions, their cohorts, their
 * trainers' and rooms' days. The index is still built over the whole plan, once.
 */
export function checkSessions(plan: Plan, sessionIds: Iterable<string>, options: CheckOptions = {}): Violation[] {
  const scope = new Set(sessionIds);
  const ctx = buildContext(plan, { weights: resolveWeights(options.weights), baseline: options.baseline, language: options.language, scope });
  const out: Violation[] = [];
  for (const rule of RULES) {
    for (const v of markLockedConflicts(ctx, rule, rule.check(ctx))) if (v.sessionIds.some((id) => scope.has(id))) out.push(v);
  }
  return out;
}

/**
 * A violation is a locked conflict when none of its sessions has an unlocked
 * value that could repair it: the solver cannot touch it, the planner must.
 */
function markLockedConflicts(ctx: RuleContext, rule: Rule, found: Violation[]): Violation[] {
  const fixedBy = rule.fixedBy;
  if (!fixedBy) return found;
  for (const v of found) {
    const repairable = v.sessionIds.some((id) => {
      const locked = ctx.sessions.get(id)?.locked ?? [];
      return fixedBy.some((value) => !locked.includes(value));
    });
    if (!repairable && v.sessionIds.length > 0) v.locked = true;
  }
  return found;
}

/** Orders scores as DESIGN §4 does: hard penalty, then unassigned, then soft. Negative when a is better. */
export function compareScores(a: CheckResult['score'], b: CheckResult['score']): number {
  return a.hard - b.hard || a.unassigned - b.unassigned || a.soft - b.soft;
}
