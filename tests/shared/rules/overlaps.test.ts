import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/domain/schema';
import { edit, penaltyOf, plannedPlan, violationsOf, withChange } from './fixtures';

/** GLU day 1 becomes an afternoon session. */
function gluDayOneInTheAfternoon(plan: Plan): Plan {
  return withChange(plan, (p) => {
    p.courses[1]!.days[0]!.slot = 'pm';
    for (const s of p.sessions) if (s.dayIndex === 0 && s.cohortId !== 'h-ppr') s.slot = 'pm';
  });
}

describe('trainer-double-booked', () => {
  it('reports a trainer in two full-day sessions on one day', () => {
    const plan = edit(plannedPlan(), 'glu-1', { date: '2027-01-11', trainerIds: ['t-ane'] });
    const v = violationsOf(plan, 'trainer-double-booked');
    expect(penaltyOf(v)).toBe(1);
    expect(v[0]!.justification).toBe('Ane Holm is booked in two sessions on Mon 11 Jan 2027: Aalborg PPR hold 1, day 1 and GLU Odense hold 2, day 1.');
    expect(v[0]!.sessionIds).toEqual(['ppr-1', 'glu-1']);
  });

  it('counts each overlapping pair', () => {
    let plan = edit(plannedPlan(), 'glu-1', { date: '2027-01-11', trainerIds: ['t-ane'] });
    plan = edit(plan, 'site-1', { date: '2027-01-11', trainerIds: ['t-ane'] });
    expect(penaltyOf(violationsOf(plan, 'trainer-double-booked'))).toBe(3);
  });

  it('lets a trainer teach a morning and an afternoon session on one day', () => {
    const plan = edit(gluDayOneInTheAfternoon(plannedPlan()), 'glu-1', { date: '2027-01-25', trainerIds: ['t-ane'] });
    expect(violationsOf(plan, 'trainer-double-booked')).toEqual([]);
  });

  it('reports two morning sessions on one day', () => {
    const plan = withChange(edit(plannedPlan(), 'glu-1', { date: '2027-01-25', trainerIds: ['t-ane'] }), (p) => {
      p.courses[1]!.days[0]!.slot = 'am';
      p.sessions.find((s) => s.id === 'glu-1')!.slot = 'am';
    });
    expect(penaltyOf(violationsOf(plan, 'trainer-double-booked'))).toBe(1);
  });
});

describe('room-double-booked', () => {
  it('reports a room holding two overlapping sessions', () => {
    const plan = withChange(edit(plannedPlan(), 'site-1', { date: '2027-01-11' }), (p) => {
      // An Aalborg GLU cohort in Lokale 1 on the same day as PPR day 1.
      p.cohorts[1]!.venue = { centreId: 'c-aal' };
      p.cohorts[1]!.participants = 20;
    });
    const v = violationsOf(edit(plan, 'glu-1', { date: '2027-01-11', roomId: 'r-aal-1' }), 'room-double-booked');
    expect(penaltyOf(v)).toBe(1);
    expect(v[0]!.roomIds).toEqual(['r-aal-1']);
    expect(v[0]!.justification).toBe('Lokale 1 at Center Aalborg is booked for two sessions on Mon 11 Jan 2027: Aalborg PPR hold 1, day 1 and GLU Odense hold 2, day 1.');
  });

  it('lets a room hold a morning and an afternoon session', () => {
    const plan = edit(gluDayOneInTheAfternoon(plannedPlan()), 'glu-1', { date: '2027-01-25', roomId: 'r-aal-1' });
    expect(violationsOf(plan, 'room-double-booked')).toEqual([]);
  });
});

describe('trainer-two-venues-same-day', () => {
  it('reports a trainer at two venues on one day, even without overlap', () => {
    const plan = edit(gluDayOneInTheAfternoon(plannedPlan()), 'glu-1', { date: '2027-01-25', trainerIds: ['t-ane'] });
    const v = violationsOf(plan, 'trainer-two-venues-same-day');
    expect(penaltyOf(v)).toBe(1);
    expect(v[0]!.justification).toBe(
      'Ane Holm is booked at 2 places on Mon 25 Jan 2027: Center Aalborg and Center Odense (Aalborg PPR hold 1, day 2 and GLU Odense hold 2, day 1).',
    );
  });

  it('penalises each venue beyond the first', () => {
    let plan = edit(plannedPlan(), 'glu-1', { date: '2027-01-11', trainerIds: ['t-ane'] });
    plan = edit(plan, 'site-1', { date: '2027-01-11', trainerIds: ['t-ane'] });
    const v = violationsOf(plan, 'trainer-two-venues-same-day');
    expect(penaltyOf(v)).toBe(2);
    expect(v[0]!.justification).toContain("Center Aalborg, Center Odense and the customer's site (Vejle Kommune, Skolegade 1)");
  });

  it('accepts a morning and an afternoon at the same centre', () => {
    const plan = withChange(gluDayOneInTheAfternoon(plannedPlan()), (p) => (p.cohorts[1]!.venue = { centreId: 'c-aal' }));
    expect(violationsOf(edit(plan, 'glu-1', { date: '2027-01-25', roomId: 'r-aal-2', trainerIds: ['t-ane'] }), 'trainer-two-venues-same-day')).toEqual([]);
  });
});
