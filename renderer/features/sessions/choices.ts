// The dates and rooms a session could take, each judged by the rules: the
// details panel offers the valid ones first.
import { eachDate } from '../../../shared/calendar/dates';
import { isCentreVenue, type Session } from '../../../shared/domain/schema';
import type { Language, Violation } from '../../../shared/rules/types';
import type { PlanIndex } from '../calendar/verdict/planIndex';
import { verdictFor } from '../calendar/verdict/verdict';

export interface Choice {
  value: string;
  /** The hard rules this choice would break (empty: valid). */
  broken: Violation[];
}

function validFirst(choices: Choice[]): Choice[] {
  return [...choices.filter((c) => c.broken.length === 0), ...choices.filter((c) => c.broken.length > 0)];
}

/** Dates in the cohort's window and the term, valid ones first (each group in date order). */
export function dateChoices(index: PlanIndex, s: Session, language: Language = 'en'): Choice[] {
  const cohort = index.cohorts.get(s.cohortId);
  if (!cohort) return [];
  const term = index.plan.term;
  const start = cohort.window.start > term.start ? cohort.window.start : term.start;
  const end = cohort.window.end < term.end ? cohort.window.end : term.end;
  if (start > end) return [];
  return validFirst(eachDate(start, end).map((date) => ({ value: date, broken: verdictFor(index, s.id, { date }, language).hard })));
}

/** The rooms of the cohort's centre on the session's date, valid ones first. */
export function roomChoices(index: PlanIndex, s: Session, language: Language = 'en'): Choice[] {
  const cohort = index.cohorts.get(s.cohortId);
  if (!cohort || !isCentreVenue(cohort.venue)) return [];
  const centreId = cohort.venue.centreId;
  const rooms = index.plan.rooms.filter((r) => r.centreId === centreId);
  return validFirst(rooms.map((r) => ({ value: r.id, broken: verdictFor(index, s.id, { roomId: r.id }, language).hard })));
}
