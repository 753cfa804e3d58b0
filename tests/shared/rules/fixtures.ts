// Tiny plans for the rule tests. `basePlan()` has three cohorts with every session
// unplanned; `plannedPlan()` places them all so that no hard rule is broken, and
// each test breaks exactly the thing it is about.
import { Plan, type Session } from '../../../shared/domain/schema';
import { checkPlan, type CheckOptions } from '../../../shared/rules/check';
import type { Violation } from '../../../shared/rules/types';
import type { SoftWeights } from '../../../shared/rules/weights';

export const NO_SOFT: SoftWeights = { continuity: 0, stability: 0, travel: 0, cost: 0, spread: 0, fairLoad: 0, roomFit: 0 };

export function basePlan(): Plan {
  return Plan.parse({
    format: 'holdplan/v1',
    term: { name: 'Forår 2027', start: '2027-01-04', end: '2027-06-25' },
    closures: [{ start: '2027-05-07', end: '2027-05-07', centreId: null, reason: 'Fredag efter Kr. himmelfart' }],
    centres: [
      { id: 'c-aal', name: 'Center Aalborg', city: 'Aalborg', region: 'Nordjylland' },
      { id: 'c-ode', name: 'Center Odense', city: 'Odense', region: 'Syddanmark' },
      { id: 'c-cph', name: 'Center København', city: 'København', region: 'Hovedstaden' },
    ],
    rooms: [
      { id: 'r-aal-1', centreId: 'c-aal', name: 'Lokale 1', capacity: 30, equipment: ['projector'] },
      { id: 'r-aal-2', centreId: 'c-aal', name: 'Lokale 2', capacity: 20, equipment: [] },
      { id: 'r-ode-1', centreId: 'c-ode', name: 'Sal A', capacity: 36, equipment: ['projector', 'video'] },
    ],
    trainers: [
      { id: 't-ane', name: 'Ane Holm', kind: 'internal', homeRegion: 'Nordjylland', skills: ['laeringsledelse', 'ledelse'], maxDays: 40, dayRate: 0 },
      { id: 't-bo', name: 'Bo Jensen', kind: 'external', homeRegion: 'Syddanmark', skills: ['ledelse'], maxDays: 40, dayRate: 7200 },
      { id: 't-eva', name: 'Eva Lund', kind: 'external', homeRegion: 'Hovedstaden', skills: ['laeringsledelse'], maxDays: 40, dayRate: 6500 },
    ],
    courses: [
      {
        id: 'k-kil',
        code: 'KIL',
        name: 'Konsulent i læringsledelse',
        days: [
          { title: 'Dag 1', kind: 'teaching', slot: 'full', skills: ['laeringsledelse'], equipment: ['projector'], minGapDays: 1 },
          { title: 'Læringscafé', kind: 'learningCafe', slot: 'am', skills: ['laeringsledelse'], minGapDays: 7 },
          { title: 'Workshop', kind: 'workshop', slot: 'full', skills: ['laeringsledelse'], minGapDays: 7, maxGapDays: 21 },
        ],
      },
      {
        id: 'k-glu',
        code: 'GLU',
        name: 'Den Grundlæggende Lederuddannelse',
        days: [
          { title: 'Modul 1, dag 1', kind: 'teaching', slot: 'full', skills: ['ledelse'], minGapDays: 1 },
          { title: 'Modul 1, dag 2', kind: 'teaching', slot: 'full', skills: ['ledelse'], minGapDays: 1 },
        ],
      },
    ],
    cohorts: [
      { id: 'h-ppr', courseId: 'k-kil', name: 'Aalborg PPR hold 1', customer: 'Aalborg Kommune', participants: 25, venue: { centreId: 'c-aal' }, window: { start: '2027-01-11', end: '2027-02-08' }, unavailable: [{ start: '2027-02-01', end: '2027-02-03' }] },
      { id: 'h-glu', courseId: 'k-glu', name: 'GLU Odense hold 2', customer: 'Odense Kommune', participants: 30, venue: { centreId: 'c-ode' }, window: { start: '2027-01-04', end: '2027-01-29' } },
      { id: 'h-site', courseId: 'k-glu', name: 'Vejle skoleforvaltning hold 1', customer: 'Vejle Kommune', participants: 20, venue: { site: 'Vejle Kommune, Skolegade 1', region: 'Syddanmark' }, window: { start: '2027-02-01', end: '2027-02-26' } },
    ],
    sessions: [
      ...['ppr', 'glu', 'site'].flatMap((c) => {
        const days = c === 'ppr' ? 3 : 2;
        return Array.from({ length: days }, (_, i) => ({ id: `${c}-${i + 1}`, cohortId: `h-${c}`, dayIndex: i, slot: c === 'ppr' && i === 1 ? 'am' : 'full' }));
      }),
    ],
  });
}

/** Every session placed, no hard rule broken. */
export function plannedPlan(): Plan {
  let plan = basePlan();
  plan = place(plan, 'ppr-1', '2027-01-11', 'r-aal-1', ['t-ane']);
  plan = place(plan, 'ppr-2', '2027-01-25', 'r-aal-1', ['t-ane']);
  plan = place(plan, 'ppr-3', '2027-02-08', 'r-aal-1', ['t-ane']);
  plan = place(plan, 'glu-1', '2027-01-12', 'r-ode-1', ['t-bo']);
  plan = place(plan, 'glu-2', '2027-01-26', 'r-ode-1', ['t-bo']);
  plan = place(plan, 'site-1', '2027-02-09', null, ['t-bo']);
  plan = place(plan, 'site-2', '2027-02-23', null, ['t-bo']);
  return plan;
}

/** A copy of the plan with one session's planned values changed. */
export function place(plan: Plan, sessionId: string, date: string | null, roomId: string | null, trainerIds: string[]): Plan {
  return edit(plan, sessionId, { date, roomId, trainerIds });
}

export function edit(plan: Plan, sessionId: string, patch: Partial<Session>): Plan {
  const copy = structuredClone(plan);
  const s = copy.sessions.find((x) => x.id === sessionId);
  if (!s) throw new Error(`fixture has no session ${sessionId}`);
  Object.assign(s, patch);
  return copy;
}

/** A copy of the plan changed by `change`. */
export function withChange(plan: Plan, change: (p: Plan) => void): Plan {
  const copy = structuredClone(plan);
  change(copy);
  return copy;
}

export function violationsOf(plan: Plan, rule: string, options: CheckOptions = { weights: NO_SOFT }): Violation[] {
  return checkPlan(plan, options).violations.filter((v) => v.rule === rule);
}

export function penaltyOf(violations: readonly Violation[]): number {
  return violations.reduce((sum, v) => sum + v.penalty, 0);
}
