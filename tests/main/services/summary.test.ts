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
