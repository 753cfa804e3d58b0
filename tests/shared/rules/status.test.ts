import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/domain/schema';
import { checkPlan } from '../../../shared/rules/check';
import { NO_SOFT, basePlan, edit, penaltyOf, plannedPlan, violationsOf, withChange } from './fixtures';

const statusOf = (plan: Plan) => {
  const r = checkPlan(plan, { weights: NO_SOFT });
  return { assigned: r.assignedSessionIds, unassigned: r.unassignedSessionIds, deferred: r.deferredSessionIds, score: r.score };
};

describe('assigned and unassigned sessions', () => {
  it('counts every empty session as unassigned', () => {
    const s = statusOf(basePlan());
    expect(s.unassigned).toHaveLength(7);
    expect(s.score.unassigned).toBe(7);
    expect(s.assigned).toEqual([]);
  });

  it('needs a date', () => {
    expect(statusOf(edit(plannedPlan(), 'ppr-1', { date: null })).unassigned).toEqual(['ppr-1']);
  });

  it('needs a room at a centre', () => {
    expect(statusOf(edit(plannedPlan(), 'glu-1', { roomId: null })).unassigned).toEqual(['glu-1']);
  });

  it("needs no room at a customer's site, and a room there leaves it unassigned", () => {
    expect(statusOf(plannedPlan()).assigned).toContain('site-1');
    const s = statusOf(edit(plannedPlan(), 'site-1', { roomId: 'r-ode-1' }));
    expect(s.unassigned).toEqual(['site-1']);
    expect(s.score.hard).toBeGreaterThan(0);
  });

  it('needs exactly the required number of distinct trainers', () => {
    const twoNeeded = withChange(plannedPlan(), (p) => (p.courses[1]!.days[0]!.trainers = 2));
    expect(statusOf(twoNeeded).unassigned).toEqual(['glu-1', 'site-1']);
    expect(statusOf(edit(twoNeeded, 'glu-1', { trainerIds: ['t-bo', 't-ane'] })).unassigned).toEqual(['site-1']);
    expect(statusOf(edit(twoNeeded, 'glu-1', { trainerIds: ['t-bo', 't-bo'] })).unassigned).toEqual(['glu-1', 'site-1']);
    expect(statusOf(edit(plannedPlan(), 'glu-1', { trainerIds: ['t-bo', 't-ane'] })).unassigned).toEqual(['glu-1']);
  });

  it('still checks the values an unassigned session has', () => {
    const plan = edit(basePlan(), 'ppr-1', { date: '2027-01-16' });
    expect(statusOf(plan).unassigned).toContain('ppr-1');
    expect(penaltyOf(violationsOf(plan, 'date-not-working-day'))).toBe(1);
  });
});

describe('deferred sessions', () => {
  /** A cluster cohort meeting every 60 days from 1 March: its third meeting cannot fall in the term (ends 25 June). */
  function withCluster(gap: number): Plan {
    return withChange(plannedPlan(), (p) => {
      p.courses.push({
        id: 'k-kly',
        code: 'KLY',
        name: 'Forpligtende klyngesamarbejde',
        days: [0, 1, 2].map((i) => ({ title: `Møde ${i + 1}`, kind: 'meeting' as const, slot: 'full' as const, skills: [], trainers: 2, equipment: [], minGapDays: gap })),
      });
      p.cohorts.push({ id: 'h-kly', courseId: 'k-kly', name: 'Klynge Nord', customer: 'KL', participants: 30, venue: { centreId: 'c-aal' }, window: { start: '2027-03-01', end: '2028-02-28' } });
      for (let i = 0; i < 3; i++) p.sessions.push({ id: `kly-${i + 1}`, cohortId: 'h-kly', dayIndex: i, slot: 'full', date: null, roomId: null, trainerIds: [], locked: [] });
    });
  }

  it('defers a day whose earliest possible date is after the term, counting it as neither', () => {
    const s = statusOf(withCluster(60));
    expect(s.deferred).toEqual(['kly-3']);
    expect(s.unassigned).toEqual(['kly-1', 'kly-2']);
    expect(s.score.unassigned).toBe(2);
  });

  it('keeps a day whose earliest possible date is the last day of the term', () => {
    // 1 March + 58 + 58 days = 25 June.
    expect(statusOf(withCluster(58)).deferred).toEqual([]);
  });

  it("does not count a deferred day against a trainer's maximum", () => {
    let plan = edit(withCluster(60), 'kly-3', { trainerIds: ['t-ane', 't-bo'] });
    plan = withChange(plan, (p) => (p.trainers[0]!.maxDays = 2.5));
    expect(violationsOf(plan, 'trainer-over-max-days')).toEqual([]);
  });
});

describe('locked conflicts', () => {
  it('marks a rule broken by a locked value that could fix it', () => {
    const plan = edit(plannedPlan(), 'ppr-1', { date: '2027-01-16', locked: ['date'] });
    expect(violationsOf(plan, 'date-not-working-day')[0]!.locked).toBe(true);
  });

  it('leaves it unmarked when another value or another session can still move', () => {
    const onSaturday = edit(plannedPlan(), 'ppr-1', { date: '2027-01-16', locked: ['room', 'trainers'] });
    expect(violationsOf(onSaturday, 'date-not-working-day')[0]!.locked).toBeUndefined();
    // Ane Holm double-booked: glu-1 is locked, but ppr-1 can still move.
    const twice = edit(edit(plannedPlan(), 'glu-1', { date: '2027-01-11', trainerIds: ['t-ane'], locked: ['date', 'trainers'] }), 'ppr-1', { locked: ['date'] });
    expect(violationsOf(twice, 'trainer-double-booked')[0]!.locked).toBeUndefined();
    const stuck = edit(twice, 'ppr-1', { locked: ['date', 'trainers'] });
    expect(violationsOf(stuck, 'trainer-double-booked')[0]!.locked).toBe(true);
  });
});
