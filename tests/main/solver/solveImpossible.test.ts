// Demo data with deliberately impossible cohorts (the side file lists them and
// why): the solver plans everything else, and exactly those come back
// unassigned, each explained with the cause the side file gives.
import { describe, expect, it } from 'vitest';
import { generateDemo, type DemoSize } from '../../../main/demo/generate';
import { ImpossibleList, withImpossibleCohorts } from '../../../main/demo/impossible';
import { explainUnassigned } from '../../../main/solver/explain';
import { solve } from '../../../main/solver/solve';
import { isCentreVenue, Plan } from '../../../shared/domain/schema';
import { checkPlan } from '../../../shared/rules/check';
import { eachDate } from '../../../shared/calendar/dates';
import { isWorkingDay } from '../../../shared/calendar/workingDays';

function solveWithImpossible(size: DemoSize) {
  const { plan, planted, impossible } = withImpossibleCohorts(generateDemo({ size, seed: 1 }));
  const result = solve(Plan.parse(plan), { mode: 'fill', seconds: 30, seed: 1, stopWhenFeasible: true });
  return { planted, impossible: ImpossibleList.parse(impossible), result, check: checkPlan(result.plan) };
}

describe('demo data with impossible cohorts', () => {
  for (const size of ['small', 'term'] as const) {
    it(`plans the ${size} demo but the listed cohorts, which stay unassigned with the listed cause`, () => {
      const { impossible, result, check } = solveWithImpossible(size);
      expect(impossible.cohorts.map((c) => c.cause).sort()).toEqual(['no-legal-date', 'no-qualified-trainer', 'no-room-fits']);
      expect(check.score.hard).toBe(0);
      expect(result.timeToFeasibleMs).not.toBeNull();
      const listed = impossible.cohorts.flatMap((c) => c.sessionIds);
      expect([...check.unassignedSessionIds].sort()).toEqual([...listed].sort());
      const causes = new Map(explainUnassigned(result.plan, check.unassignedSessionIds).map((e) => [e.sessionId, e.cause]));
      for (const c of impossible.cohorts) for (const id of c.sessionIds) expect(causes.get(id), `${c.cohortId} ${id}`).toBe(c.cause);
    });
  }

  it('lists cohorts whose data really rule them out, each for its cause', () => {
    const { plan, impossible } = withImpossibleCohorts(generateDemo({ size: 'term', seed: 4 }));
    for (const { cohortId, cause } of impossible.cohorts) {
      const cohort = plan.cohorts.find((c) => c.id === cohortId)!;
      const course = plan.courses.find((k) => k.id === cohort.courseId)!;
      const centreId = isCentreVenue(cohort.venue) ? cohort.venue.centreId : null;
      const qualified = plan.trainers.filter((t) => course.days.every((d) => d.skills.every((k) => t.skills.includes(k))));
      const seats = Math.max(...plan.rooms.filter((r) => r.centreId === centreId).map((r) => r.capacity));
      const working = eachDate(cohort.window.start, cohort.window.end).filter((d) => isWorkingDay(d, plan.closures, centreId));
      // The listed obstacle is there, and it is the only one.
      expect(qualified.length === 0, cohortId).toBe(cause === 'no-qualified-trainer');
      expect(seats < cohort.participants, cohortId).toBe(cause === 'no-room-fits');
      expect(working.length === 0, cohortId).toBe(cause === 'no-legal-date');
    }
  });

  it('keeps the planted plan free of hard violations, with only the listed sessions unassigned', () => {
    const { planted, impossible } = withImpossibleCohorts(generateDemo({ size: 'small', seed: 2 }));
    const check = checkPlan(Plan.parse(planted));
    expect(check.score.hard).toBe(0);
    expect([...check.unassignedSessionIds].sort()).toEqual(impossible.cohorts.flatMap((c) => c.sessionIds).sort());
  });

  it('leaves the ordinary demo as it was and adds the same cohorts for the same seed', () => {
    const demo = generateDemo({ size: 'small', seed: 3 });
    const before = JSON.stringify(demo);
    const once = withImpossibleCohorts(demo);
    expect(JSON.stringify(demo)).toBe(before);
    expect(once.plan.sessions.slice(0, demo.plan.sessions.length)).toEqual(demo.plan.sessions);
    expect(JSON.stringify(withImpossibleCohorts(generateDemo({ size: 'small', seed: 3 })))).toBe(JSON.stringify(once));
  });
});
