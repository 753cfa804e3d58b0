import { describe, expect, it } from 'vitest';
import { edit, penaltyOf, plannedPlan, violationsOf, withChange } from './fixtures';

describe('trainer-listed-twice', () => {
  it('penalises each extra listing of the same trainer', () => {
    const v = violationsOf(edit(plannedPlan(), 'ppr-1', { trainerIds: ['t-ane', 't-ane'] }), 'trainer-listed-twice');
    expect(penaltyOf(v)).toBe(1);
    expect(v[0]!.trainerIds).toEqual(['t-ane']);
    expect(v[0]!.justification).toBe('Aalborg PPR hold 1, day 1 lists Ane Holm more than once.');
  });

  it('accepts distinct trainers', () => {
    expect(violationsOf(plannedPlan(), 'trainer-listed-twice')).toEqual([]);
  });
});

describe('too-many-trainers', () => {
  it('penalises each trainer beyond the number required', () => {
    const v = violationsOf(edit(plannedPlan(), 'ppr-1', { trainerIds: ['t-ane', 't-eva'] }), 'too-many-trainers');
    expect(penaltyOf(v)).toBe(1);
    expect(v[0]!.justification).toBe('Aalborg PPR hold 1, day 1 has 2 trainers (Ane Holm and Eva Lund) but needs only 1.');
  });

  it('accepts the required number', () => {
    expect(violationsOf(plannedPlan(), 'too-many-trainers')).toEqual([]);
  });
});

describe('trainer-missing-skill', () => {
  it('penalises each required skill a trainer lacks', () => {
    let plan = withChange(plannedPlan(), (p) => (p.courses[0]!.days[0]!.skills = ['laeringsledelse', 'coaching']));
    plan = edit(plan, 'ppr-1', { trainerIds: ['t-bo'] });
    const v = violationsOf(plan, 'trainer-missing-skill');
    expect(penaltyOf(v)).toBe(2);
    expect(v[0]!.trainerIds).toEqual(['t-bo']);
    expect(v[0]!.justification).toBe('Bo Jensen lacks laeringsledelse and coaching, needed to teach Aalborg PPR hold 1, day 1.');
  });

  it('accepts a trainer with every skill', () => {
    expect(violationsOf(edit(plannedPlan(), 'ppr-1', { trainerIds: ['t-eva'] }), 'trainer-missing-skill')).toEqual([]);
  });
});

describe('trainer-unavailable', () => {
  const onHoliday = () => withChange(plannedPlan(), (p) => p.trainers[0]!.unavailable.push({ start: '2027-01-25', end: '2027-01-29' }));

  it('reports a trainer booked on a day they are unavailable', () => {
    const v = violationsOf(onHoliday(), 'trainer-unavailable');
    expect(penaltyOf(v)).toBe(1);
    expect(v[0]!.justification).toBe('Ane Holm is unavailable on Mon 25 Jan 2027 but is booked for Aalborg PPR hold 1, day 2.');
  });

  it('accepts the trainer outside that range', () => {
    expect(violationsOf(edit(onHoliday(), 'ppr-2', { date: '2027-01-22' }), 'trainer-unavailable')).toEqual([]);
  });
});

describe('trainer-over-max-days', () => {
  // Ane Holm teaches Aalborg PPR hold 1: two full days and one half day = 2½ days.
  const withMax = (maxDays: number) => withChange(plannedPlan(), (p) => (p.trainers[0]!.maxDays = maxDays));

  it('counts half days as half and penalises each half day too many', () => {
    const v = violationsOf(withMax(2), 'trainer-over-max-days');
    expect(penaltyOf(v)).toBe(1);
    expect(v[0]!.justification).toBe('Ane Holm is booked for 2½ days this term but takes at most 2 days: ½ day too many.');
    expect(penaltyOf(violationsOf(withMax(1.5), 'trainer-over-max-days'))).toBe(2);
    expect(penaltyOf(violationsOf(withMax(0), 'trainer-over-max-days'))).toBe(5);
  });

  it('accepts a trainer exactly at the maximum', () => {
    expect(violationsOf(withMax(2.5), 'trainer-over-max-days')).toEqual([]);
  });

  it('counts sessions that have trainers but no date yet', () => {
    const plan = edit(withMax(2), 'ppr-3', { date: null });
    expect(penaltyOf(violationsOf(plan, 'trainer-over-max-days'))).toBe(1);
  });
});
