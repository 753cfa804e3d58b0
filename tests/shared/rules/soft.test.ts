import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/domain/schema';
import { regionDistance } from '../../../shared/rules/regions';
import { DEFAULT_WEIGHTS, type SoftWeights } from '../../../shared/rules/weights';
import { NO_SOFT, basePlan, edit, penaltyOf, place, plannedPlan, violationsOf, withChange } from './fixtures';

const only = (goal: keyof SoftWeights, weight: number) => ({ weights: { ...NO_SOFT, [goal]: weight } });

describe('continuity', () => {
  it('penalises each trainer a cohort uses beyond the number a day needs', () => {
    const plan = edit(plannedPlan(), 'ppr-2', { trainerIds: ['t-eva'] });
    const v = violationsOf(plan, 'continuity', only('continuity', 7));
    expect(penaltyOf(v)).toBe(7);
    expect(v[0]!.justification).toBe('Aalborg PPR hold 1 is taught by 2 trainers (Ane Holm and Eva Lund) where 1 could teach every day.');
  });

  it('uses the default weight when none is given', () => {
    const plan = edit(plannedPlan(), 'ppr-2', { trainerIds: ['t-eva'] });
    expect(penaltyOf(violationsOf(plan, 'continuity', {}))).toBe(DEFAULT_WEIGHTS.continuity);
  });

  it('accepts one trainer for every day', () => {
    expect(violationsOf(plannedPlan(), 'continuity', only('continuity', 7))).toEqual([]);
  });
});

describe('stability', () => {
  it('penalises each changed value against the baseline', () => {
    const baseline = plannedPlan();
    const plan = edit(baseline, 'ppr-1', { date: '2027-01-12', roomId: 'r-aal-2' });
    const v = violationsOf(plan, 'stability', { ...only('stability', 3), baseline });
    expect(penaltyOf(v)).toBe(6);
    expect(v[0]!.justification).toBe('Aalborg PPR hold 1, day 1 has a new date and room compared with the plan you started from.');
  });

  it('ignores the order trainers are listed in, and needs a baseline', () => {
    const baseline = withChange(plannedPlan(), (p) => (p.courses[0]!.days[0]!.trainers = 2));
    const before = edit(baseline, 'ppr-1', { trainerIds: ['t-ane', 't-eva'] });
    const after = edit(before, 'ppr-1', { trainerIds: ['t-eva', 't-ane'] });
    expect(violationsOf(after, 'stability', { ...only('stability', 3), baseline: before })).toEqual([]);
    expect(violationsOf(edit(after, 'ppr-2', { date: null }), 'stability', only('stability', 3))).toEqual([]);
  });
});

describe('travel', () => {
  it('knows which regions are neighbours', () => {
    expect(regionDistance('Hovedstaden', 'Hovedstaden')).toBe(0);
    expect(regionDistance('Sjælland', 'Hovedstaden')).toBe(1);
    expect(regionDistance('Syddanmark', 'Midtjylland')).toBe(1);
    expect(regionDistance('Nordjylland', 'Midtjylland')).toBe(1);
    expect(regionDistance('Hovedstaden', 'Syddanmark')).toBe(2);
    expect(regionDistance('Nordjylland', 'Hovedstaden')).toBe(2);
  });

  it('penalises distance from home, full days counting two halves', () => {
    // Eva Lund lives in Hovedstaden; Aalborg is in Nordjylland (2 away). Day 1 full, day 2 a morning.
    const plan = edit(edit(plannedPlan(), 'ppr-1', { trainerIds: ['t-eva'] }), 'ppr-2', { trainerIds: ['t-eva'] });
    const v = violationsOf(plan, 'travel', only('travel', 10));
    expect(v.map((x) => x.penalty)).toEqual([10 * 2 * 2, 10 * 2 * 1]);
    expect(v[0]!.justification).toBe('Eva Lund (home Hovedstaden) teaches Aalborg PPR hold 1, day 1 at Center Aalborg in Nordjylland, two or more regions away.');
  });

  it("counts a neighbouring region as 1 and uses a customer site's region", () => {
    const plan = withChange(plannedPlan(), (p) => (p.trainers[1]!.homeRegion = 'Midtjylland'));
    // Bo Jensen now lives next door to Syddanmark: GLU Odense and the Vejle site, 4 full days.
    const v = violationsOf(plan, 'travel', only('travel', 10));
    expect(penaltyOf(v)).toBe(4 * 10 * 1 * 2);
    expect(v.at(-1)!.justification).toContain("at the customer's site (Vejle Kommune, Skolegade 1) in Syddanmark, a neighbouring region");
  });

  it('accepts trainers teaching in their home region', () => {
    expect(violationsOf(plannedPlan(), 'travel', only('travel', 10))).toEqual([]);
  });
});

describe('cost', () => {
  it("charges an external trainer's day rate in whole thousands per half day", () => {
    // Bo Jensen, 7,200 DKK a day: 7 per half day, 4 full days.
    const v = violationsOf(plannedPlan(), 'cost', only('cost', 1));
    expect(penaltyOf(v)).toBe(4 * 2 * 7);
    expect(v[0]!.justification).toBe('Bo Jensen, an external trainer at 7,200 DKK a day, teaches GLU Odense hold 2, day 1 (a day).');
  });

  it('charges a half day half', () => {
    const plan = edit(basePlan(), 'ppr-2', { trainerIds: ['t-eva'] });
    expect(penaltyOf(violationsOf(plan, 'cost', only('cost', 1)))).toBe(7);
  });

  it('charges nothing for an internal consultant', () => {
    expect(violationsOf(place(basePlan(), 'glu-1', '2027-01-12', 'r-ode-1', ['t-ane']), 'cost', only('cost', 1))).toEqual([]);
  });
});

describe('spread', () => {
  // Aalborg PPR hold 1: window 11 Jan – 8 Feb (28 days), 3 days: even spacing is 14 days.
  it("penalises the days a gap falls short of even spacing over the cohort's window", () => {
    const plan = edit(plannedPlan(), 'ppr-2', { date: '2027-01-18' });
    const v = violationsOf(plan, 'spread', only('spread', 2)).filter((x) => x.sessionIds.includes('ppr-1'));
    expect(penaltyOf(v)).toBe(2 * 7);
    expect(v[0]!.justification).toBe(
      "Aalborg PPR hold 1's days are bunched: gaps fall 7 days short of even spacing over its window (Aalborg PPR hold 1, day 1 on Mon 11 Jan 2027; Aalborg PPR hold 1, day 2 on Mon 18 Jan 2027).",
    );
  });

  it('never asks for more than the maximum gap', () => {
    // Window to 28 Feb (48 days): even spacing 24, but day 3 may be at most 21 days after day 2.
    let plan = withChange(plannedPlan(), (p) => (p.cohorts[0]!.window.end = '2027-02-28'));
    plan = edit(edit(plan, 'ppr-2', { date: '2027-02-04' }), 'ppr-3', { date: '2027-02-25' });
    expect(violationsOf(plan, 'spread', only('spread', 1)).filter((x) => x.sessionIds.includes('ppr-3'))).toEqual([]);
  });

  it('accepts evenly spaced days', () => {
    expect(violationsOf(plannedPlan(), 'spread', only('spread', 1)).filter((x) => x.sessionIds.includes('ppr-1'))).toEqual([]);
  });
});

describe('fair-load', () => {
  // Demand: læringsledelse 5 halves over {Ane, Eva} → fair 3; ledelse 8 halves over {Ane, Bo} → fair 4.
  // Ane's share is her larger one, 4 halves; Bo's 4; Eva's 3.
  it('penalises each half day above the fair share among trainers with the same skill', () => {
    const v = violationsOf(plannedPlan(), 'fair-load', only('fairLoad', 1));
    expect(v.map((x) => [x.trainerIds[0], x.penalty])).toEqual([
      ['t-ane', 5 - 4],
      ['t-bo', 8 - 4],
    ]);
    expect(v[1]!.justification).toBe('Bo Jensen teaches 4 days, 2 days above a fair share of 2 days among trainers with the same skills.');
  });

  it('accepts loads within the fair share', () => {
    let plan = place(basePlan(), 'ppr-1', '2027-01-11', 'r-aal-1', ['t-eva']);
    plan = place(plan, 'ppr-2', '2027-01-25', 'r-aal-1', ['t-ane']);
    plan = place(plan, 'ppr-3', '2027-02-08', 'r-aal-1', ['t-ane']);
    expect(violationsOf(plan, 'fair-load', only('fairLoad', 1))).toEqual([]);
  });
});

describe('room-fit', () => {
  const bigHall = (plan: Plan) => withChange(plan, (p) => (p.rooms[2]!.capacity = 50));

  it('penalises empty seats beyond a fifth of the participants', () => {
    // GLU Odense hold 2: 30 participants, tolerance 6, in a 50-seat room.
    const v = violationsOf(bigHall(plannedPlan()), 'room-fit', only('roomFit', 1));
    expect(v.map((x) => x.penalty)).toEqual([14, 14]);
    expect(v[0]!.justification).toBe('GLU Odense hold 2, day 1 has 30 participants in Sal A at Center Odense, which seats 50: 20 seats empty.');
  });

  it('accepts a room within the tolerance', () => {
    expect(violationsOf(plannedPlan(), 'room-fit', only('roomFit', 1))).toEqual([]);
  });
});
