// Travel (DESIGN §4): trainers work in or near their home region.
//   distance = 0 same region, 1 neighbouring region (Hovedstaden–Sjælland,
//              Sjælland–Syddanmark, Syddanmark–Midtjylland, Midtjylland–Nordjylland), else 2
//   measure(session, trainer) = distance(home region, venue region) × halves (full day 2, half day 1)
//   penalty = weights.travel × measure
// The venue region is the centre's or the customer site's. Summed per session the
// measure equals the per-trainer-day one, since a trainer keeps to one venue a day
// (a hard rule); it is linear in the trainer-assignment variables. Deferred sessions left out.
import { regionDistance } from '../regions';
import { sessionName, venueName } from '../names';
import { halvesOf, violation, type Rule } from '../rule';
import type { Violation } from '../types';

export const travel: Rule = {
  name: 'travel',
  statement: 'Trainers teach in or near their home region.',
  statementDa: 'Undervisere underviser i eller nær deres hjemregion.',
  level: 'soft',
  check(ctx) {
    const out: Violation[] = [];
    const weight = ctx.weights.travel;
    if (weight === 0) return out;
    for (const s of ctx.scopedSessions) {
      if (ctx.isDeferred(s)) continue;
      const cohort = ctx.cohortOf(s);
      const region = cohort ? ctx.venueRegion(cohort) : undefined;
      if (!cohort || !region) continue;
      for (const id of ctx.trainersOf(s)) {
        const trainer = ctx.trainers.get(id);
        if (!trainer) continue;
        const distance = regionDistance(trainer.homeRegion, region);
        if (distance === 0) continue;
        const why =
          ctx.language === 'da'
            ? `${trainer.name} (hjemme i ${trainer.homeRegion}) underviser på ${sessionName(ctx, s)} på ${venueName(ctx, cohort)} i ${region}, ${distance === 1 ? 'en naboregion' : 'to eller flere regioner væk'}.`
            : `${trainer.name} (home ${trainer.homeRegion}) teaches ${sessionName(ctx, s)} at ${venueName(ctx, cohort)} in ${region}, ${distance === 1 ? 'a neighbouring region' : 'two or more regions away'}.`;
        out.push(violation(this, weight * distance * halvesOf(s.slot), { sessions: [s], trainerIds: [id] }, why));
      }
    }
    return out;
  },
};
