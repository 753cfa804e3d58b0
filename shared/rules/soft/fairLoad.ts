// Fair load (DESIGN §4): no trainer is loaded far above others with the same skills.
// Fair shares come from the data, not the plan, so the measure stays linear:
//   demand(skill)  = Σ over this term's sessions requiring the skill of halves × trainers required
//   pool(skill)    = trainers having the skill
//   fair(trainer)  = max over the trainer's skills of ceil(demand / |pool|), in half days
//                    (a trainer without skills: ceil(all demand / all trainers))
//   load(trainer)  = Σ halves of this term's sessions listing the trainer
//   measure        = max(0, load − fair)        penalty = weights.fairLoad × measure
// Piecewise-linear (one max with 0). Deferred sessions left out.
import type { RuleContext } from '../context';
import { halfDays } from '../names';
import { halvesOf, violation, type Rule } from '../rule';
import type { Violation } from '../types';

export function fairShares(ctx: RuleContext): Map<string, number> {
  const demand = new Map<string, number>();
  let total = 0;
  for (const s of ctx.plan.sessions) {
    const template = ctx.templateOf(s);
    if (!template || ctx.isDeferred(s)) continue;
    const need = halvesOf(s.slot) * template.trainers;
    total += need;
    for (const skill of new Set(template.skills)) demand.set(skill, (demand.get(skill) ?? 0) + need);
  }
  const pool = new Map<string, number>();
  for (const t of ctx.plan.trainers) for (const skill of new Set(t.skills)) pool.set(skill, (pool.get(skill) ?? 0) + 1);
  const everyone = Math.max(1, ctx.plan.trainers.length);
  const shares = new Map<string, number>();
  for (const t of ctx.plan.trainers) {
    let fair = t.skills.length === 0 ? Math.ceil(total / everyone) : 0;
    for (const skill of t.skills) fair = Math.max(fair, Math.ceil((demand.get(skill) ?? 0) / (pool.get(skill) ?? 1)));
    shares.set(t.id, fair);
  }
  return shares;
}

export const fairLoad: Rule = {
  name: 'fair-load',
  statement: 'No trainer is loaded far above the other trainers with the same skills.',
  statementDa: 'Ingen underviser har langt mere at lave end de andre undervisere med de samme kompetencer.',
  level: 'soft',
  check(ctx) {
    const out: Violation[] = [];
    const weight = ctx.weights.fairLoad;
    if (weight === 0) return out;
    const shares = fairShares(ctx);
    for (const id of ctx.scopedTrainerIds) {
      const trainer = ctx.trainers.get(id);
      const fair = shares.get(id);
      if (!trainer || fair === undefined) continue;
      const sessions = (ctx.sessionsByTrainer.get(id) ?? []).filter((s) => !ctx.isDeferred(s));
      const load = sessions.reduce((sum, s) => sum + halvesOf(s.slot), 0);
      if (load <= fair) continue;
      const why =
        ctx.language === 'da'
          ? `${trainer.name} underviser ${halfDays(load, 'da')}, ${halfDays(load - fair, 'da')} over en rimelig andel på ${halfDays(fair, 'da')} blandt undervisere med de samme kompetencer.`
          : `${trainer.name} teaches ${halfDays(load)}, ${halfDays(load - fair)} above a fair share of ${halfDays(fair)} among trainers with the same skills.`;
      out.push(violation(this, weight * (load - fair), { sessions, trainerIds: [id] }, why));
    }
    return out;
  },
};
