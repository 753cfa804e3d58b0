// DESIGN §3 rule 1: when a session may take place.
import { inAnyRange } from '../../calendar/dates';
import { isCentreVenue } from '../../domain/schema';
import type { RuleContext } from '../context';
import { centreName, plural, sessionName } from '../names';
import { violation, type Rule } from '../rule';
import type { Violation } from '../types';

/** Penalty 1 per session on a day its venue is closed. */
export const dateNotWorkingDay: Rule = {
  name: 'date-not-working-day',
  statement: 'A session is on a weekday that is not a Danish public holiday nor a closure day of its centre or of all centres.',
  statementDa: 'En kursusdag ligger på en hverdag, der hverken er en dansk helligdag eller en lukkedag for dens center eller for alle centre.',
  level: 'hard',
  fixedBy: ['date'],
  check(ctx: RuleContext): Violation[] {
    const out: Violation[] = [];
    for (const s of ctx.scopedSessions) {
      const cohort = ctx.cohortOf(s);
      if (s.date === null || !cohort) continue;
      // At a customer's site only closures of all centres apply.
      const centreId = isCentreVenue(cohort.venue) ? cohort.venue.centreId : null;
      const why = ctx.closed(s.date, centreId);
      if (!why) continue;
      const note = why.kind === 'closure' && why.reason ? ` (${why.reason})` : '';
      const text =
        ctx.language === 'da'
          ? `${sessionName(ctx, s)} ligger ${ctx.formatDay(s.date)}, ${
              why.kind === 'weekend'
                ? 'en weekenddag'
                : why.kind === 'holiday'
                  ? `en helligdag (${why.name})`
                  : `lukket på ${why.centreId === null ? 'alle centre' : centreName(ctx, why.centreId)}${note}`
            }.`
          : `${sessionName(ctx, s)} is on ${ctx.formatDay(s.date)}, ${
              why.kind === 'weekend'
                ? 'a weekend'
                : why.kind === 'holiday'
                  ? `a public holiday (${why.name})`
                  : `closed at ${why.centreId === null ? 'all centres' : centreName(ctx, why.centreId)}${note}`
            }.`;
      out.push(violation(this, 1, { sessions: [s] }, text));
    }
    return out;
  },
};

/** Penalty 1 per session on a day its cohort cannot come. */
export const dateCohortUnavailable: Rule = {
  name: 'date-cohort-unavailable',
  statement: "A session is not on a day in its cohort's unavailable dates.",
  statementDa: 'En kursusdag ligger ikke på en dag, hvor dens hold ikke kan komme.',
  level: 'hard',
  fixedBy: ['date'],
  check(ctx) {
    const out: Violation[] = [];
    for (const s of ctx.scopedSessions) {
      const cohort = ctx.cohortOf(s);
      if (s.date === null || !cohort || !inAnyRange(s.date, cohort.unavailable)) continue;
      const who = cohort.customer || cohort.name;
      const why =
        ctx.language === 'da'
          ? `${sessionName(ctx, s)} ligger ${ctx.formatDay(s.date)}, hvor ${who} har meldt, at holdet ikke kan komme.`
          : `${sessionName(ctx, s)} is on ${ctx.formatDay(s.date)}, when ${who} has said the cohort cannot come.`;
      out.push(violation(this, 1, { sessions: [s] }, why));
    }
    return out;
  },
};

/** Penalty: days between the session's date and the nearest day of the term. */
export const dateOutsideTerm: Rule = {
  name: 'date-outside-term',
  statement: 'A session is inside the term.',
  statementDa: 'En kursusdag ligger inden for terminen.',
  level: 'hard',
  fixedBy: ['date'],
  check(ctx) {
    const out: Violation[] = [];
    const { start, end, name } = ctx.plan.term;
    for (const s of ctx.scopedSessions) {
      if (s.date === null) continue;
      const before = ctx.day(start) - ctx.day(s.date);
      const after = ctx.day(s.date) - ctx.day(end);
      const da = ctx.language === 'da';
      const on = da ? `${sessionName(ctx, s)} ligger ${ctx.formatDay(s.date)}` : `${sessionName(ctx, s)} is on ${ctx.formatDay(s.date)}`;
      if (before > 0) {
        const why = da
          ? `${on}, ${plural(before, 'dag', 'dage')} før terminen ${name} begynder ${ctx.formatDay(start)}.`
          : `${on}, ${plural(before, 'day')} before the term ${name} starts on ${ctx.formatDay(start)}.`;
        out.push(violation(this, before, { sessions: [s] }, why));
      } else if (after > 0) {
        const why = da
          ? `${on}, ${plural(after, 'dag', 'dage')} efter at terminen ${name} slutter ${ctx.formatDay(end)}.`
          : `${on}, ${plural(after, 'day')} after the term ${name} ends on ${ctx.formatDay(end)}.`;
        out.push(violation(this, after, { sessions: [s] }, why));
      }
    }
    return out;
  },
};

/** Penalty: days between the session's date and the nearest day of its cohort's window. */
export const dateOutsideWindow: Rule = {
  name: 'date-outside-window',
  statement: "A session is inside its cohort's date window.",
  statementDa: 'En kursusdag ligger inden for sit holds datovindue.',
  level: 'hard',
  fixedBy: ['date'],
  check(ctx) {
    const out: Violation[] = [];
    for (const s of ctx.scopedSessions) {
      const cohort = ctx.cohortOf(s);
      if (s.date === null || !cohort) continue;
      const { start, end } = cohort.window;
      const before = ctx.day(start) - ctx.day(s.date);
      const after = ctx.day(s.date) - ctx.day(end);
      const da = ctx.language === 'da';
      const on = da ? `${sessionName(ctx, s)} ligger ${ctx.formatDay(s.date)}` : `${sessionName(ctx, s)} is on ${ctx.formatDay(s.date)}`;
      if (before > 0) {
        const why = da
          ? `${on}, ${plural(before, 'dag', 'dage')} før datovinduet for ${cohort.name} åbner ${ctx.formatDay(start)}.`
          : `${on}, ${plural(before, 'day')} before ${cohort.name}'s window opens on ${ctx.formatDay(start)}.`;
        out.push(violation(this, before, { sessions: [s] }, why));
      } else if (after > 0) {
        const why = da
          ? `${on}, ${plural(after, 'dag', 'dage')} efter at datovinduet for ${cohort.name} lukker ${ctx.formatDay(end)}.`
          : `${on}, ${plural(after, 'day')} after ${cohort.name}'s window closes on ${ctx.formatDay(end)}.`;
        out.push(violation(this, after, { sessions: [s] }, why));
      }
    }
    return out;
  },
};
