// Spread (DESIGN §4): a cohort's days are spread evenly over its window, not bunched.
// With n course days and a window of W calendar days (end − start), even spacing
// puts k course days apart floor(W × k / (n − 1)) days apart, capped by the sum of
// the maximum gaps where every day between has one. For each pair of consecutive
// dated days i < j (k = j − i):
//   measure(pair) = max(0, ideal(k) − (date(j) − date(i)))   days the gap falls short
//   penalty = weights.spread × Σ measure
// Only bunching counts: a longer gap is what makes room for bunching elsewhere,
// and holidays can force it. Piecewise-linear (one max with 0). Deferred sessions left out.
import type { Session } from '../../domain/schema';
import { plural, sessionName } from '../names';
import { violation, type Rule } from '../rule';
import type { Violation } from '../types';

export const spread: Rule = {
  name: 'spread',
  statement: "A cohort's days are spread evenly over its window rather than bunched together.",
  statementDa: 'Et holds kursusdage er spredt jævnt over datovinduet i stedet for at ligge tæt samlet.',
  level: 'soft',
  check(ctx) {
    const out: Violation[] = [];
    const weight = ctx.weights.spread;
    if (weight === 0) return out;
    for (const cohortId of ctx.scopedCohortIds) {
      const cohort = ctx.cohorts.get(cohortId);
      const all = ctx.sessionsByCohort.get(cohortId) ?? [];
      const days = cohort ? ctx.courses.get(cohort.courseId)?.days : undefined;
      const n = days?.length ?? 0;
      if (!cohort || !days || n < 2) continue;
      const window = ctx.day(cohort.window.end) - ctx.day(cohort.window.start);
      const dated = all.filter((s): s is Session & { date: string } => s.date !== null && !ctx.isDeferred(s));
      let shortfall = 0;
      const blamed: Session[] = [];
      for (let p = 1; p < dated.length; p++) {
        const a = dated[p - 1]!;
        const b = dated[p]!;
        let ideal = Math.floor((window * (b.dayIndex - a.dayIndex)) / (n - 1));
        let maxSum: number | null = 0;
        for (let i = a.dayIndex + 1; i <= b.dayIndex; i++) {
          const m = days[i]?.maxGapDays;
          maxSum = maxSum === null || m === undefined ? null : maxSum + m;
        }
        if (maxSum !== null) ideal = Math.min(ideal, maxSum);
        const short = ideal - (ctx.day(b.date) - ctx.day(a.date));
        if (short <= 0) continue;
        shortfall += short;
        if (!blamed.includes(a)) blamed.push(a);
        blamed.push(b);
      }
      if (shortfall === 0) continue;
      const da = ctx.language === 'da';
      const bunched = blamed.map((s) => `${sessionName(ctx, s)}${da ? '' : ' on'} ${ctx.formatDay(s.date!)}`).join('; ');
      const why = da
        ? `Kursusdagene for ${cohort.name} ligger tæt: afstandene er ${plural(shortfall, 'dag', 'dage')} kortere end jævn fordeling over datovinduet (${bunched}).`
        : `${cohort.name}'s days are bunched: gaps fall ${plural(shortfall, 'day')} short of even spacing over its window (${bunched}).`;
      out.push(violation(this, weight * shortfall, { sessions: blamed }, why));
    }
    return out;
  },
};
