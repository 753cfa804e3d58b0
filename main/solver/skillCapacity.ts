// Whether a group of trainers has too few days in the term for the sessions that
// only they can teach. When it does, at least the difference stays unassigned
// however the term is planned, and the explanation can say so: a planner then
// knows to raise someone's maximum days or bring in another trainer, rather than
// to look for a better plan. Days count as the max-days rule counts them (a half
// day is 0.5). A trainer's capacity is the smaller of their maximum days and the
// term's working days on which they are available (centre closures left out), so
// it is an upper bound and the shortfall a proof.
import { inAnyRange } from '../../shared/calendar/dates';
import { workingDaysBetween } from '../../shared/calendar/workingDays';
import type { Trainer } from '../../shared/domain/schema';
import type { RuleContext } from '../../shared/rules/context';
import { halvesOf } from '../../shared/rules/rule';

export interface SkillShortfall {
  /** Days the group can teach in all: each trainer's maximum days, or their available working days when fewer. */
  capacity: number;
  /** Trainer days of the term's sessions whose every qualified trainer is in the group. */
  demand: number;
}

// Explaining many sessions asks about one plan many times: both tables are kept per context.
const capacities = new WeakMap<RuleContext, Map<string, number>>();
const groupsOf = new WeakMap<RuleContext, SkillGroup[]>();

/** Days each trainer can teach at most this term: maximum days, or available working days when fewer. */
export function trainerCapacity(ctx: RuleContext): Map<string, number> {
  const known = capacities.get(ctx);
  if (known) return known;
  const termDays = workingDaysBetween(ctx.plan.term.start, ctx.plan.term.end, ctx.plan.closures, null);
  const capacity = new Map([...ctx.trainers.values()].map((t) => [t.id, Math.min(t.maxDays, termDays.filter((d) => !inAnyRange(d, t.unavailable)).length)]));
  capacities.set(ctx, capacity);
  return capacity;
}

/** The sessions needing one skill set: who is qualified, and the trainer days they need. */
interface SkillGroup {
  qualified: Set<string>;
  days: number;
  /** The most trainer days one of these sessions needs. */
  largest: number;
}

function skillGroups(ctx: RuleContext): SkillGroup[] {
  const known = groupsOf.get(ctx);
  if (known) return known;
  const trainers = [...ctx.trainers.values()];
  const groups = new Map<string, SkillGroup>();
  for (const s of ctx.sessions.values()) {
    const template = ctx.templateOf(s);
    // A session with locked trainers takes none of the group's seats: its trainers
    // stay whatever rule they break (a locked conflict), so it never waits for one.
    if (!template || ctx.isDeferred(s) || template.trainers === 0 || s.locked.includes('trainers')) continue;
    const key = [...template.skills].sort().join('\n');
    let group = groups.get(key);
    if (!group) {
      const qualified = new Set(trainers.filter((t) => template.skills.every((k) => t.skills.includes(k))).map((t) => t.id));
      groups.set(key, (group = { qualified, days: 0, largest: 0 }));
    }
    const days = (template.trainers * halvesOf(s.slot)) / 2;
    group.days += days;
    group.largest = Math.max(group.largest, days);
  }
  const list = [...groups.values()].filter((g) => g.qualified.size > 0);
  groupsOf.set(ctx, list);
  return list;
}

/** What only `group` can teach: the skill sets whose every qualified trainer is in it. */
function exclusiveDemand(groups: readonly SkillGroup[], group: ReadonlySet<string>): { days: number; largest: number } {
  let days = 0;
  let largest = 0;
  for (const g of groups) {
    if (g.qualified.size > group.size || ![...g.qualified].every((t) => group.has(t))) continue;
    days += g.days;
    largest = Math.max(largest, g.largest);
  }
  return { days, largest };
}

const sumOf = (ids: Iterable<string>, capacity: ReadonlyMap<string, number>): number => {
  let sum = 0;
  for (const id of ids) sum += capacity.get(id) ?? 0;
  return sum;
};

/** The group's capacity against the demand only it can meet, when the demand is larger; otherwise null. */
export function skillShortfall(ctx: RuleContext, group: readonly Trainer[]): SkillShortfall | null {
  const ids = new Set(group.map((t) => t.id));
  const demand = exclusiveDemand(skillGroups(ctx), ids).days;
  const capacity = sumOf(ids, trainerCapacity(ctx));
  return demand > capacity ? { capacity, demand } : null;
}

/**
 * Sessions that stay unassigned in every plan: for the trainers of each required
 * skill set, the days they lack, divided by the most one session can need (an
 * unassigned session spares at most that). The largest over the skill sets.
 */
export function leastUnassigned(ctx: RuleContext): number {
  const capacity = trainerCapacity(ctx);
  const groups = skillGroups(ctx);
  let least = 0;
  for (const g of groups) {
    const demand = exclusiveDemand(groups, g.qualified);
    const lacking = demand.days - sumOf(g.qualified, capacity);
    if (lacking > 0 && demand.largest > 0) least = Math.max(least, Math.ceil(lacking / demand.largest - 1e-9));
  }
  return least;
}
