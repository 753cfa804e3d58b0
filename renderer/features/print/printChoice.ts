// What the planner wants on paper, and sensible first choices for each kind:
// the week and day with the most course days at a centre, so the first
// preview is never an empty page.
import type { OpInput } from '../../../shared/contract/operations';
import type { Plan } from '../../../shared/domain/schema';
import { isCentreVenue } from '../../../shared/domain/schema';
import { isoWeekLabel } from '../../../shared/calendar/dates';

export type PrintKind = 'roomPlan' | 'doorSigns' | 'trainer' | 'cohort';
export const PRINT_KINDS: readonly PrintKind[] = ['roomPlan', 'doorSigns', 'trainer', 'cohort'];

/** The same shape the contract's print.pdf takes, so a choice is its own PDF request. */
export type PrintChoice =
  | { what: 'roomPlan'; centreId: string; week: string }
  | { what: 'doorSigns'; centreId: string; date: string }
  | { what: 'trainer'; trainerId: string }
  | { what: 'cohort'; cohortId: string };

/** The dates of the dated course days held at each centre. */
function datesByCentre(plan: Plan): Map<string, string[]> {
  const centreOfCohort = new Map<string, string>();
  for (const c of plan.cohorts) if (isCentreVenue(c.venue)) centreOfCohort.set(c.id, c.venue.centreId);
  const byCentre = new Map<string, string[]>();
  for (const s of plan.sessions) {
    const centreId = centreOfCohort.get(s.cohortId);
    if (s.date === null || centreId === undefined) continue;
    const list = byCentre.get(centreId) ?? [];
    list.push(s.date);
    byCentre.set(centreId, list);
  }
  return byCentre;
}

/** The most frequent value; the earliest of equals, so the choice is stable. */
function busiest(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) {
    const bestCount = best === undefined ? -1 : counts.get(best)!;
    if (n > bestCount || (n === bestCount && v < best!)) best = v;
  }
  return best;
}

/** The busiest week (room plan) or day (door signs) at a centre; the term's first when it has none. */
export function busiestWeek(plan: Plan, centreId: string): string {
  const dates = datesByCentre(plan).get(centreId) ?? [];
  return busiest(dates.map(isoWeekLabel)) ?? isoWeekLabel(plan.term.start);
}

export function busiestDay(plan: Plan, centreId: string): string {
  return busiest(datesByCentre(plan).get(centreId) ?? []) ?? plan.term.start;
}

/** A first choice of each kind, or null when the plan has nothing of that kind to print. */
export function defaultChoice(plan: Plan, what: PrintKind): PrintChoice | null {
  switch (what) {
    case 'roomPlan':
    case 'doorSigns': {
      const centre = plan.centres[0];
      if (!centre) return null;
      return what === 'roomPlan'
        ? { what, centreId: centre.id, week: busiestWeek(plan, centre.id) }
        : { what, centreId: centre.id, date: busiestDay(plan, centre.id) };
    }
    case 'trainer': {
      const busy = new Set(plan.sessions.flatMap((s) => (s.date === null ? [] : s.trainerIds)));
      const trainer = byName(plan.trainers).find((t) => busy.has(t.id)) ?? byName(plan.trainers)[0];
      return trainer ? { what, trainerId: trainer.id } : null;
    }
    case 'cohort': {
      const cohort = byName(plan.cohorts)[0];
      return cohort ? { what, cohortId: cohort.id } : null;
    }
  }
}

export function byName<E extends { name: string }>(list: readonly E[]): E[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

export type PreviewCall =
  | { op: 'print.roomPlanHtml'; input: OpInput<'print.roomPlanHtml'> }
  | { op: 'print.doorSignsHtml'; input: OpInput<'print.doorSignsHtml'> }
  | { op: 'print.trainerHtml'; input: OpInput<'print.trainerHtml'> }
  | { op: 'print.cohortHtml'; input: OpInput<'print.cohortHtml'> };

/** The operation that gives a choice's HTML for the preview. */
export function previewCall(choice: PrintChoice): PreviewCall {
  switch (choice.what) {
    case 'roomPlan':
      return { op: 'print.roomPlanHtml', input: { centreId: choice.centreId, week: choice.week } };
    case 'doorSigns':
      return { op: 'print.doorSignsHtml', input: { centreId: choice.centreId, date: choice.date } };
    case 'trainer':
      return { op: 'print.trainerHtml', input: { trainerId: choice.trainerId } };
    case 'cohort':
      return { op: 'print.cohortHtml', input: { cohortId: choice.cohortId } };
  }
}

/** A choice the contract would refuse (a half-typed week), kept from the services. */
export function isComplete(choice: PrintChoice): boolean {
  switch (choice.what) {
    case 'roomPlan':
      return /^\d{4}-W\d{2}$/.test(choice.week) && choice.centreId !== '';
    case 'doorSigns':
      return /^\d{4}-\d{2}-\d{2}$/.test(choice.date) && choice.centreId !== '';
    case 'trainer':
      return choice.trainerId !== '';
    case 'cohort':
      return choice.cohortId !== '';
  }
}
