// The dates-free exact reference states the checker's problem: at the optimum of a
// tiny plan the decoded plan keeps every hard rule and its soft total is the MIP's
// objective; and at the demo's planted plan (every hard rule kept, by construction)
// the model's rows all hold and its objective is the checker's soft, term for term.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../main/demo/generate';
import { buildDatesFreeMip } from '../../../../main/solver/mip/datesFreeMip';
import { solveMip } from '../../../../main/solver/mip/solveMip';
import { inAnyRange } from '../../../../shared/calendar/dates';
import type { Plan, Session } from '../../../../shared/domain/schema';
import { checkPlan } from '../../../../shared/rules/check';
import { basePlan, edit, withChange } from '../../../shared/rules/fixtures';

async function solveTiny(plan: Plan) {
  const mip = buildDatesFreeMip(plan);
  const result = await solveMip(mip.lp, { timeLimitSeconds: 30 });
  const decoded = mip.decode(result.solution);
  return { mip, result, decoded, check: checkPlan(decoded) };
}

describe('dates-free MIP on a tiny plan', () => {
  it('dates, rooms and staffs every session without breaking a hard rule, at exactly the checker’s soft total', async () => {
    const { mip, result, check } = await solveTiny(basePlan());
    expect(result.status).toBe('optimal');
    expect(check.score.hard).toBe(0);
    expect(check.score.unassigned).toBe(0);
    expect(result.objective).toBeCloseTo(mip.objectiveOf(check), 6);
    expect(check.score.soft).toBeGreaterThan(0);
  });

  it('moves a course day off the dates its only qualified trainer is away', async () => {
    // Ane is the only internal trainer with laeringsledelse; away for the first days of the PPR window.
    const plan = withChange(basePlan(), (p) => {
      const ane = p.trainers.find((t) => t.id === 't-ane');
      if (ane) ane.unavailable = [{ start: '2027-01-11', end: '2027-01-13' }];
    });
    const { mip, result, decoded, check } = await solveTiny(plan);
    expect(check.score.hard).toBe(0);
    expect(result.objective).toBeCloseTo(mip.objectiveOf(check), 6);
    const first = decoded.sessions.find((s) => s.id === 'ppr-1');
    // Eva could teach on the 11th, but her fee, her travel and a second trainer for the
    // cohort cost more than a start three days later, a little closer to the next day.
    expect(first?.trainerIds).toEqual(['t-ane']);
    expect(first?.date).toBe('2027-01-14');
  });

  it('leaves a session no room can hold unassigned and undated, and still plans the rest', async () => {
    const plan = withChange(basePlan(), (p) => {
      const glu = p.cohorts.find((c) => c.id === 'h-glu');
      if (glu) glu.participants = 90;
    });
    const { mip, result, check } = await solveTiny(plan);
    expect(result.status).toBe('optimal');
    expect(check.score.hard).toBe(0);
    expect(check.unassignedSessionIds.sort()).toEqual(['glu-1', 'glu-2']);
    expect(mip.fixedUnassigned).toBe(2);
    expect(result.objective).toBeCloseTo(mip.objectiveOf(check), 6);
  });
});

describe('dates-free MIP against the checker on the small demo’s planted plan', () => {
  const { plan, planted } = generateDemo({ size: 'small', seed: 1 });
  const mip = buildDatesFreeMip(plan);

  it('expresses the planted plan, keeps every row there, and prices it at the checker’s soft', () => {
    const check = checkPlan(planted);
    expect(check.score.hard).toBe(0);
    const { values, unrepresentable } = mip.encode(planted);
    expect(unrepresentable).toEqual([]);
    const at = mip.evaluate(values);
    expect(at.broken).toEqual([]);
    expect(at.objective).toBe(check.score.soft);
    expect(checkPlan(mip.decode(values)).score).toEqual(check.score);
  });

  it('breaks the trainer-double-booked row when a trainer is given a second course on the same day', () => {
    // Two cohorts taught on one day, where the first one's trainer could also teach the second.
    const qualified = (trainerId: string, s: Session) => {
      const trainer = planted.trainers.find((t) => t.id === trainerId);
      const course = planted.courses.find((k) => k.id === planted.cohorts.find((c) => c.id === s.cohortId)?.courseId);
      const day = course?.days[s.dayIndex];
      return !!trainer && !!day && day.skills.every((k) => trainer.skills.includes(k)) && !inAnyRange(s.date!, trainer.unavailable);
    };
    const full = planted.sessions.filter((s) => s.date !== null && s.slot === 'full' && s.trainerIds.length === 1);
    const pair = full.flatMap((a) => full.filter((b) => b.cohortId !== a.cohortId && b.date === a.date && qualified(a.trainerIds[0]!, b)).map((b) => [a, b] as const))[0];
    if (!pair) throw new Error('the planted plan has no two same-day sessions one trainer could both teach');
    const [a, b] = pair;
    const clash = edit(planted, b.id, { trainerIds: a.trainerIds });
    expect(checkPlan(clash).violations.map((v) => v.rule)).toContain('trainer-double-booked');
    const { values, unrepresentable } = mip.encode(clash);
    expect(unrepresentable).toEqual([]);
    expect(mip.evaluate(values).broken.filter((name) => name.startsWith('trainerDoubleBooked_'))).toHaveLength(1);
  });
});
