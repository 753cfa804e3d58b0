import { describe, expect, it } from 'vitest';
import { edit, penaltyOf, plannedPlan, violationsOf } from './fixtures';

// Aalborg PPR hold 1: day 2 (am) at least 7 days after day 1; day 3 between 7 and 21 days after day 2.
describe('days-out-of-order', () => {
  it('reports two days on the same date, penalised by the days needed to keep the minimum gap', () => {
    const v = violationsOf(edit(plannedPlan(), 'ppr-2', { date: '2027-01-11' }), 'days-out-of-order');
    expect(penaltyOf(v)).toBe(7);
    expect(v[0]!.sessionIds).toEqual(['ppr-1', 'ppr-2']);
    expect(v[0]!.justification).toBe('Aalborg PPR hold 1, day 2 is not after Aalborg PPR hold 1, day 1: both on Mon 11 Jan 2027.');
  });

  it('penalises a later day placed before an earlier one by how far it is', () => {
    const plan = edit(edit(plannedPlan(), 'ppr-1', { date: '2027-01-18' }), 'ppr-2', { date: '2027-01-13' });
    const v = violationsOf(plan, 'days-out-of-order');
    expect(penaltyOf(v)).toBe(12);
    expect(v[0]!.justification).toContain('Wed 13 Jan 2027 comes 5 days before Mon 18 Jan 2027');
  });

  it('accepts days in order', () => {
    expect(violationsOf(plannedPlan(), 'days-out-of-order')).toEqual([]);
  });
});

describe('gap-too-short', () => {
  it('penalises each missing gap day', () => {
    const plan = edit(edit(plannedPlan(), 'ppr-2', { date: '2027-01-14' }), 'ppr-3', { date: '2027-01-28' });
    const v = violationsOf(plan, 'gap-too-short');
    expect(penaltyOf(v)).toBe(4);
    expect(v[0]!.justification).toBe(
      'Aalborg PPR hold 1, day 2 on Thu 14 Jan 2027 is only 3 days after Aalborg PPR hold 1, day 1 on Mon 11 Jan 2027; the course asks for at least 7 days.',
    );
  });

  it('adds up the minimum gaps across an undated day between', () => {
    const plan = edit(edit(plannedPlan(), 'ppr-2', { date: null }), 'ppr-3', { date: '2027-01-20' });
    const v = violationsOf(plan, 'gap-too-short');
    expect(penaltyOf(v)).toBe(14 - 9);
    expect(v[0]!.sessionIds).toEqual(['ppr-1', 'ppr-3']);
  });

  it('accepts exactly the minimum gap', () => {
    expect(violationsOf(edit(plannedPlan(), 'ppr-2', { date: '2027-01-18' }), 'gap-too-short')).toEqual([]);
  });
});

describe('gap-too-long', () => {
  it('penalises each day beyond the maximum gap', () => {
    const v = violationsOf(edit(plannedPlan(), 'ppr-3', { date: '2027-02-19' }), 'gap-too-long');
    expect(penaltyOf(v)).toBe(4);
    expect(v[0]!.justification).toBe(
      'Aalborg PPR hold 1, day 3 on Fri 19 Feb 2027 is 25 days after Aalborg PPR hold 1, day 2 on Mon 25 Jan 2027; the course allows at most 21 days.',
    );
  });

  it('accepts exactly the maximum gap, and sets no limit where a day has none', () => {
    expect(violationsOf(edit(plannedPlan(), 'ppr-3', { date: '2027-02-15' }), 'gap-too-long')).toEqual([]);
    // Day 2 has no maximum gap, so day 1 → day 3 across an undated day 2 has none either.
    expect(violationsOf(edit(edit(plannedPlan(), 'ppr-2', { date: null }), 'ppr-3', { date: '2027-03-31' }), 'gap-too-long')).toEqual([]);
  });
});
