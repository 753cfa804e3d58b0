// Continuity (DESIGN §4): a cohort keeps the same trainer(s) for all its days.
//   measure(cohort) = max(0, |distinct trainers on its sessions| − max over its days of trainers required)
//   penalty = weights.continuity × measure
// Linear in a MIP with one "trainer t used by cohort c" binary per pair.
// Deferred sessions belong to a later term and are left out.
import { listNames, plural, trainerName } from '../names';
import { violation, type Rule } from '../rule';
import type { Violation } from '../types';

export const continuity: Rule = {
  name: 'continuity',
  statement: 'A cohort keeps the same trainers for all of its days.',
  statementDa: 'Et hold beholder de samme undervisere på alle sine kursusdage.',
  level: 'soft',
  check(ctx) {
    const out: Violation[] = [];
    const weight = ctx.weights.continuity;
    if (weight === 0) return out;
    for (const cohortId of ctx.scopedCohortIds) {
      const cohort = ctx.cohorts.get(cohortId);
      const sessions = (ctx.sessionsByCohort.get(cohortId) ?? []).filter((s) => !ctx.isDeferred(s));
      if (!cohort || sessions.length === 0) continue;
      const used = new Set<string>();
      let needed = 0;
      for (const s of sessions) {
        for (const t of ctx.trainersOf(s)) used.add(t);
        needed = Math.max(needed, ctx.templateOf(s)?.trainers ?? 0);
      }
      const extra = used.size - needed;
      if (extra <= 0) continue;
      const names = [...used].map((t) => trainerName(ctx, t));
      const why =
        ctx.language === 'da'
          ? `${cohort.name} undervises af ${plural(used.size, 'underviser', 'undervisere')} (${listNames(names, 'da')}), hvor ${needed} kunne tage alle dagene.`
          : `${cohort.name} is taught by ${plural(used.size, 'trainer')} (${listNames(names)}) where ${needed} could teach every day.`;
      out.push(violation(this, weight * extra, { sessions, trainerIds: [...used] }, why));
    }
    return out;
  },
};
