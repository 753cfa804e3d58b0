// DESIGN §3 rule 2: a cohort's days come in order with the gaps its course asks for.
// Pairs are consecutive *dated* days in dayIndex order; when days between them are
// still undated, the pair needs the sum of those days' minimum gaps, and at most the
// sum of their maximum gaps when every one of them has one.
import type { Session } from '../../domain/schema';
import type { RuleContext } from '../context';
import { plural, sessionName } from '../names';
import { violation, type Rule } from '../rule';
import type { Violation } from '../types';

interface DatedPair {
  earlier: Session & { date: string };
  later: Session & { date: string };
  /** Calendar days from earlier to later. */
  gap: number;
  minGap: number;
  maxGap: number | null;
}

function datedPairs(ctx: RuleContext, cohortId: string): DatedPair[] {
  const sessions = ctx.sessionsByCohort.get(cohortId) ?? [];
  const cohort = ctx.cohorts.get(cohortId);
  const days = cohort ? ctx.courses.get(cohort.courseId)?.days : undefined;
  if (!days) return [];
  const pairs: DatedPair[] = [];
  let prev: (Session & { date: string }) | null = null;
  for (const s of sessions) {
    if (s.date === null) continue;
    const cur = s as Session & { date: string };
    if (prev) {
      let minGap = 0;
      let maxGap: number | null = 0;
      for (let i = prev.dayIndex + 1; i <= cur.dayIndex; i++) {
        const t = days[i];
        minGap += t?.minGapDays ?? 1;
        maxGap = maxGap === null || t?.maxGapDays === undefined ? null : maxGap + t.maxGapDays;
      }
      pairs.push({ earlier: prev, later: cur, gap: ctx.day(cur.date) - ctx.day(prev.date), minGap, maxGap });
    }
    prev = cur;
  }
  return pairs;
}

function sameDayOrGap(ctx: RuleContext, p: DatedPair): string {
  if (ctx.language === 'da') {
    return p.gap === 0
      ? `begge ligger ${ctx.formatDay(p.later.date)}`
      : `${ctx.formatDay(p.later.date)} kommer ${plural(-p.gap, 'dag', 'dage')} før ${ctx.formatDay(p.earlier.date)}`;
  }
  return p.gap === 0
    ? `both on ${ctx.formatDay(p.later.date)}`
    : `${ctx.formatDay(p.later.date)} comes ${plural(-p.gap, 'day')} before ${ctx.formatDay(p.earlier.date)}`;
}

/**
 * Penalty: the days the later session would have to move later to keep the
 * minimum gap (so it continues the slope of gap-too-short, which takes over once
 * the dates rise).
 */
export const daysOutOfOrder: Rule = {
  name: 'days-out-of-order',
  statement: "A cohort's dated days come in course order: a later day is on a later date.",
  statementDa: 'Et holds daterede kursusdage kommer i kursets rækkefølge: en senere dag ligger på en senere dato.',
  level: 'hard',
  fixedBy: ['date'],
  check(ctx) {
    const out: Violation[] = [];
    for (const cohortId of ctx.scopedCohortIds) {
      for (const p of datedPairs(ctx, cohortId)) {
        if (p.gap > 0) continue;
        const why =
          ctx.language === 'da'
            ? `${sessionName(ctx, p.later)} ligger ikke efter ${sessionName(ctx, p.earlier)}: ${sameDayOrGap(ctx, p)}.`
            : `${sessionName(ctx, p.later)} is not after ${sessionName(ctx, p.earlier)}: ${sameDayOrGap(ctx, p)}.`;
        out.push(violation(this, p.minGap - p.gap, { sessions: [p.earlier, p.later] }, why));
      }
    }
    return out;
  },
};

/** Penalty: days missing from the minimum gap. */
export const gapTooShort: Rule = {
  name: 'gap-too-short',
  statement: "Between a cohort's consecutive days there are at least the course's minimum gap days.",
  statementDa: 'Mellem et holds på hinanden følgende kursusdage er der mindst kursets mindste antal dage.',
  level: 'hard',
  fixedBy: ['date'],
  check(ctx) {
    const out: Violation[] = [];
    for (const cohortId of ctx.scopedCohortIds) {
      for (const p of datedPairs(ctx, cohortId)) {
        if (p.gap <= 0 || p.gap >= p.minGap) continue;
        const why =
          ctx.language === 'da'
            ? `${sessionName(ctx, p.later)} ${ctx.formatDay(p.later.date)} ligger kun ${plural(p.gap, 'dag', 'dage')} efter ${sessionName(ctx, p.earlier)} ${ctx.formatDay(p.earlier.date)}; kurset kræver mindst ${plural(p.minGap, 'dag', 'dage')}.`
            : `${sessionName(ctx, p.later)} on ${ctx.formatDay(p.later.date)} is only ${plural(p.gap, 'day')} after ${sessionName(ctx, p.earlier)} on ${ctx.formatDay(p.earlier.date)}; the course asks for at least ${plural(p.minGap, 'day')}.`;
        out.push(violation(this, p.minGap - p.gap, { sessions: [p.earlier, p.later] }, why));
      }
    }
    return out;
  },
};

/** Penalty: days beyond the maximum gap. */
export const gapTooLong: Rule = {
  name: 'gap-too-long',
  statement: "Between a cohort's consecutive days there are no more than the course's maximum gap days, where it sets one.",
  statementDa: 'Mellem et holds på hinanden følgende kursusdage er der højst kursets største antal dage, hvor kurset sætter et.',
  level: 'hard',
  fixedBy: ['date'],
  check(ctx) {
    const out: Violation[] = [];
    for (const cohortId of ctx.scopedCohortIds) {
      for (const p of datedPairs(ctx, cohortId)) {
        if (p.maxGap === null || p.gap <= p.maxGap) continue;
        const why =
          ctx.language === 'da'
            ? `${sessionName(ctx, p.later)} ${ctx.formatDay(p.later.date)} ligger ${plural(p.gap, 'dag', 'dage')} efter ${sessionName(ctx, p.earlier)} ${ctx.formatDay(p.earlier.date)}; kurset tillader højst ${plural(p.maxGap, 'dag', 'dage')}.`
            : `${sessionName(ctx, p.later)} on ${ctx.formatDay(p.later.date)} is ${plural(p.gap, 'day')} after ${sessionName(ctx, p.earlier)} on ${ctx.formatDay(p.earlier.date)}; the course allows at most ${plural(p.maxGap, 'day')}.`;
        out.push(violation(this, p.gap - p.maxGap, { sessions: [p.earlier, p.later] }, why));
      }
    }
    return out;
  },
};
