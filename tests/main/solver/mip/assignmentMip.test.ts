// The exact reference (issue 4, item 8): with dates fixed, the MIP's plan keeps
// every hard rule, and its objective is the checker's soft penalty (less spread and
// stability, constant here). solveAssignmentReference throws when the two differ
// at a proven optimum; the tests also compare them directly.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../main/demo/generate';
import { buildAssignmentMip } from '../../../../main/solver/mip/assignmentMip';
import { solveAssignmentReference, type ReferenceResult } from '../../../../main/solver/mip/reference';
import type { Plan } from '../../../../shared/domain/schema';
import { checkPlan } from '../../../../shared/rules/check';
import { edit, plannedPlan, withChange } from '../../../shared/rules/fixtures';

function expectAgreement(r: ReferenceResult): void {
  expect(r.mip.status).toBe('optimal');
  expect(r.check.score.hard).toBe(0);
  expect(r.mip.objective).toBeCloseTo(r.modelledSoft + r.unassigned * r.unassignedCost, 6);
  expect(r.difference).toBeCloseTo(0, 6);
}

function sessionOf(plan: Plan, id: string) {
  const s = plan.sessions.find((x) => x.id === id);
  if (!s) throw new Error(`no session ${id}`);
  return s;
}

/** A one-session pm course at Odense on the day of the PPR cohort's am café in Aalborg. */
function withAfternoonInOdense(plan: Plan): Plan {
  return withChange(plan, (p) => {
    p.courses.push({ id: 'k-pm', code: 'PM', name: 'Eftermiddagskursus', days: [{ title: 'Eftermiddag', kind: 'teaching', slot: 'pm', skills: ['laeringsledelse'], trainers: 1, equipment: [], minGapDays: 1 }] });
    p.cohorts.push({ id: 'h-pm', courseId: 'k-pm', name: 'Odense eftermiddag', customer: 'Odense Kommune', participants: 20, venue: { centreId: 'c-ode' }, window: { start: '2027-01-04', end: '2027-02-26' } });
    p.sessions.push({ id: 'pm-1', cohortId: 'h-pm', dayIndex: 0, slot: 'pm', date: '2027-01-25', roomId: null, trainerIds: [], locked: [] });
  });
}

describe('room-and-trainer MIP with dates fixed', () => {
  it('assigns every session of a small plan without breaking a hard rule, at the checker’s own soft total', async () => {
    const r = await solveAssignmentReference(plannedPlan());
    expectAgreement(r);
    expect(r.check.score.unassigned).toBe(0);
    expect(r.plan.sessions.map((s) => s.date)).toEqual(plannedPlan().sessions.map((s) => s.date));
  });

  it('does not send a trainer to two venues on one day, even when that would be cheaper', async () => {
    const plan = withAfternoonInOdense(plannedPlan());
    const r = await solveAssignmentReference(plan);
    expectAgreement(r);
    expect(r.check.score.unassigned).toBe(0);
    const am = sessionOf(r.plan, 'ppr-2').trainerIds;
    const pm = sessionOf(r.plan, 'pm-1').trainerIds;
    expect(am.filter((t) => pm.includes(t))).toEqual([]);
    // With the venue rule switched off by moving the pm session to Aalborg, Ane takes both.
    const sameVenue = withChange(plan, (p) => {
      const cohort = p.cohorts.find((c) => c.id === 'h-pm');
      if (cohort) cohort.venue = { centreId: 'c-aal' };
    });
    const free = await solveAssignmentReference(sameVenue);
    expectAgreement(free);
    expect(sessionOf(free.plan, 'pm-1').trainerIds).toEqual(sessionOf(free.plan, 'ppr-2').trainerIds);
  });

  it('leaves only the impossible cohort unassigned and counts it in the objective', async () => {
    const plan = withChange(plannedPlan(), (p) => {
      const glu = p.cohorts.find((c) => c.id === 'h-glu');
      if (glu) glu.participants = 50; // no room at Odense holds 50
    });
    const r = await solveAssignmentReference(plan);
    expectAgreement(r);
    expect(r.check.unassignedSessionIds.sort()).toEqual(['glu-1', 'glu-2']);
    expect(r.unassigned).toBe(2);
  });

  it('keeps locked trainers and rooms even when others would be cheaper', async () => {
    let plan = edit(plannedPlan(), 'ppr-1', { trainerIds: ['t-eva'], locked: ['trainers'] });
    plan = edit(plan, 'glu-1', { roomId: 'r-ode-1', locked: ['room'] });
    const r = await solveAssignmentReference(plan);
    expectAgreement(r);
    expect(sessionOf(r.plan, 'ppr-1').trainerIds).toEqual(['t-eva']);
    expect(sessionOf(r.plan, 'glu-1').roomId).toBe('r-ode-1');
  });

  it('agrees with the checker on a few cohorts of the demo term', async () => {
    const { planted } = generateDemo({ size: 'small', seed: 3 });
    const keep = new Set(planted.cohorts.slice(0, 4).map((c) => c.id));
    const plan = { ...planted, cohorts: planted.cohorts.filter((c) => keep.has(c.id)), sessions: planted.sessions.filter((s) => keep.has(s.cohortId)) };
    const r = await solveAssignmentReference(plan);
    expectAgreement(r);
    expect(r.check.score.unassigned).toBe(checkPlan(plan).score.unassigned);
    expect(r.check.score.soft).toBeLessThanOrEqual(checkPlan(plan).score.soft);
  });

  it('encodes a plan as a starting solution that decodes back to it, and reaches the same optimum from it', async () => {
    const plan = withAfternoonInOdense(plannedPlan());
    const withPm = edit(plan, 'pm-1', { roomId: 'r-ode-1', trainerIds: ['t-eva'] });
    const built = buildAssignmentMip(withPm);
    const back = built.decode(built.encode(withPm));
    expect(back.sessions.map((s) => [s.roomId, s.trainerIds])).toEqual(withPm.sessions.map((s) => [s.roomId, s.trainerIds]));
    const cold = await solveAssignmentReference(withPm);
    const warm = await solveAssignmentReference(withPm, { start: withPm });
    expectAgreement(warm);
    expect(warm.mip.objective).toBeCloseTo(cold.mip.objective, 6);
  });

  it('states the model in CPLEX LP format with one room and trainer column per fitting choice', () => {
    const built = buildAssignmentMip(plannedPlan());
    expect(built.lp).toMatch(/^Minimize/m);
    expect(built.lp).toMatch(/^Subject To/m);
    expect(built.lp).toMatch(/^Binaries/m);
    // ppr-1 needs a projector: only Lokale 1 (index 0) fits, not Lokale 2.
    expect(built.lp).toContain('x0_0');
    expect(built.lp).not.toContain('x0_1 ');
    expect(built.size.sessions).toBe(7);
  });
});

/** Every room of the cohort's centre (any other breaks a hard rule) × every set of the required trainers. */
function* everyAssignment(plan: Plan): Generator<Plan> {
  const options = plan.sessions.map((s) => {
    const cohort = plan.cohorts.find((c) => c.id === s.cohortId)!;
    const need = plan.courses.find((k) => k.id === cohort.courseId)!.days[s.dayIndex]!.trainers;
    const centreId = 'centreId' in cohort.venue ? cohort.venue.centreId : null;
    const rooms = centreId === null ? [null] : plan.rooms.filter((r) => r.centreId === centreId).map((r) => r.id);
    const teams = subsets(plan.trainers.map((t) => t.id), need);
    return rooms.flatMap((roomId) => teams.map((trainerIds) => ({ roomId, trainerIds })));
  });
  const pick = new Array<number>(options.length).fill(0);
  for (;;) {
    yield { ...plan, sessions: plan.sessions.map((s, i) => ({ ...s, ...options[i]![pick[i]!]! })) };
    let i = 0;
    while (i < pick.length && ++pick[i]! === options[i]!.length) pick[i++] = 0;
    if (i === pick.length) return;
  }
}

function subsets<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  return items.flatMap((item, i) => subsets(items.slice(i + 1), k - 1).map((rest) => [item, ...rest]));
}

function withoutSiteCohort(plan: Plan): Plan {
  return withChange(plan, (p) => {
    p.sessions = p.sessions.filter((s) => s.cohortId !== 'h-site');
  });
}

/** The least soft penalty of a complete plan without hard violations, over every assignment (6³ × 3² of them). */
function bruteForceBest(plan: Plan): number {
  let best = Infinity;
  let tried = 0;
  for (const candidate of everyAssignment(plan)) {
    tried++;
    const score = checkPlan(candidate).score;
    if (score.hard === 0 && score.unassigned === 0) best = Math.min(best, score.soft);
  }
  expect(tried).toBe(6 ** 3 * 3 ** 2);
  return best;
}

describe('brute force', () => {
  it('splits a cohort that no trainer can teach on every day, and counts that split once', async () => {
    const plan = withChange(withoutSiteCohort(plannedPlan()), (p) => {
      const ane = p.trainers.find((t) => t.id === 't-ane');
      if (ane) ane.unavailable = [{ start: '2027-01-25', end: '2027-01-25' }];
    });
    const r = await solveAssignmentReference(plan);
    expectAgreement(r);
    expect(r.check.score.unassigned).toBe(0);
    expect(r.check.score.soft).toBe(bruteForceBest(plan));
    expect(r.check.totals.find((t) => t.rule === 'continuity')?.penalty).toBeGreaterThan(0);
  });

  it('charges no split when a cohort’s only unassignable day leaves one trainer on the others', async () => {
    // No room at Aalborg on 25 January: ppr-2 cannot be assigned, Ane still takes the other two days.
    const plan = withChange(withoutSiteCohort(plannedPlan()), (p) => {
      for (const room of p.rooms) if (room.centreId === 'c-aal') room.unavailable = [{ start: '2027-01-25', end: '2027-01-25' }];
    });
    const r = await solveAssignmentReference(plan);
    expectAgreement(r);
    expect(r.check.unassignedSessionIds).toEqual(['ppr-2']);
    expect(r.check.totals.find((t) => t.rule === 'continuity')?.penalty ?? 0).toBe(0);
  });
  it('finds no assignment better than the MIP optimum on a tiny instance', async () => {
    // Two cohorts on the same two dates compete for Ane, who has both skills.
    let plan = withoutSiteCohort(plannedPlan());
    plan = edit(plan, 'glu-1', { date: '2027-01-11' });
    plan = edit(plan, 'glu-2', { date: '2027-01-25' });
    const r = await solveAssignmentReference(plan);
    expectAgreement(r);
    expect(r.check.score.unassigned).toBe(0);
    expect(r.check.score.soft).toBe(bruteForceBest(plan));
  });
});
