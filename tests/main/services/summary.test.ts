import { describe, expect, it } from 'vitest';
import { servicesOver, valueOf } from './harness';
import { smallPlan } from './fixtures';
import type { PlanSummary } from '../../../shared/contract/results';
import type { CheckResult } from '../../../shared/rules/types';

describe('the plan summary', () => {
  it('counts the entities and the unassigned sessions', async () => {
    const { call } = servicesOver();
    const summary = valueOf<PlanSummary>(await call('plan.summary', {}));
    expect(summary).toMatchObject({
      termName: 'Forår 2027',
      counts: { centres: 3, rooms: 2, trainers: 2, courses: 2, cohorts: 2, sessions: 6 },
      assigned: 2,
      unassigned: 4,
      deferred: 0,
      hardViolations: 0,
    });
  });

  it('counts a double-booked trainer as a hard violation, as the checker does', async () => {
    const plan = smallPlan();
    // h-2's first day on the same date as h-1's, with the same trainer.
    plan.sessions = plan.sessions.map((s) => (s.id === 's-4' ? { ...s, date: '2027-02-02', roomId: 'r-aar-1', trainerIds: ['t-1'] } : s));
    plan.sessions = plan.sessions.map((s) => (s.id === 's-2' ? { ...s, date: '2027-02-02' } : s));
    const { call } = servicesOver(plan);
    const summary = valueOf<PlanSummary>(await call('plan.summary', {}));
    const check = valueOf<CheckResult>(await call('plan.check', {}));
    const hard = check.violations.filter((v) => v.level === 'hard');
    expect(hard.length).toBeGreaterThan(0);
    expect(summary.hardViolations).toBe(hard.length);
    expect(hard.some((v) => v.trainerIds.includes('t-1') && v.justification.includes('Ane Holm'))).toBe(true);
  });
});

describe('loading the demo', () => {
  it('replaces the plan with the small demo term, every session still to plan', async () => {
    const { call, store } = servicesOver();
    const result = valueOf<{ counts: { sessions: number; cohorts: number } }>(await call('demo.load', { size: 'small', seed: 3 }));
    const plan = store.read();
    expect(result.counts.sessions).toBe(plan.sessions.length);
    expect(plan.cohorts.some((c) => c.id === 'h-1' && c.name === 'GLU Odense hold 2')).toBe(false);
    expect(plan.sessions.every((s) => s.date === null && s.trainerIds.length === 0)).toBe(true);
  });
});
