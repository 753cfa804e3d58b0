// Whether a group of trainers has too few days in the term for the sessions that
// only they can teach. When it does, at least the difference stays unassigned
// however the term is planned, and the explanation can say so: a planner then
// knows to raise someone's maximum days or bring in another trainer, rather than
// to look for a better plan. Days count as the max-days rule counts them (a half
// day is 0.5); unavailability is left out, so the capacity is an upper bound and
// the shortfall a proof.
import type { Trainer } from '../../shared/domain/schema';
import type { RuleContext } from '../../shared/rules/context';
import { halvesOf } from '../../shared/rules/rule';

export interface SkillShortfall {
  /** Days the group can teach in all (the sum of their maximum days). */
  capacity: number;
  /** Trainer days of the term's sessions whose every qualified trainer is in the group. */
  demand: number;
}

/** The group's capacity against the demand only it can meet, when the demand is larger; otherwise null. */
export function skillShortfall(ctx: RuleContext, group: readonly Trainer[]): SkillShortfall | null {
  const inGroup = new Set(group.map((t) => t.id));
  const trainers = [...ctx.trainers.values()];
  // Per required skill set: does every trainer who has it belong to the group?
  const onlyGroup = new Map<string, boolean>();
  let halves = 0;
  for (const s of ctx.sessions.values()) {
    const template = ctx.templateOf(s);
    if (!template || ctx.isDeferred(s) || template.trainers === 0) continue;
    const key = [...template.skills].sort().join('\n');
    let only = onlyGroup.get(key);
    if (only === undefined) {
      const qualified = trainers.filter((t) => template.skills.every((k) => t.skills.includes(k)));
      only = qualified.length > 0 && qualified.every((t) => inGroup.has(t.id));
      onlyGroup.set(key, only);
    }
    if (only) halves += template.trainers * halvesOf(s.slot);
  }
  const capacity = group.reduce((sum, t) => sum + t.maxDays, 0);
  const demand = halves / 2;
  return demand > capacity ? { capacity, demand } : null;
}
