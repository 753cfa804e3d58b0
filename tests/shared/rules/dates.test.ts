import { describe, expect, it } from 'vitest';
import { edit, penaltyOf, plannedPlan, violationsOf, withChange } from './fixtures';

describe('date-not-working-day', () => {
  it('reports a session on a weekend', () => {
    const v = violationsOf(edit(plannedPlan(), 'ppr-1', { date: '2027-01-16' }), 'date-not-working-day');
    expect(penaltyOf(v)).toBe(1);
    expect(v[0]!.sessionIds).toEqual(['ppr-1']);
    expect(v[0]!.justification).toBe('Aalborg PPR hold 1, day 1 is on Sat 16 Jan 2027, a weekend.');
  });

  it('reports a session on a Danish public holiday, by its name', () => {
    const v = violationsOf(edit(plannedPlan(), 'glu-2', { date: '2027-03-25' }), 'date-not-working-day');
    expect(penaltyOf(v)).toBe(1);
    expect(v[0]!.justification).toBe('GLU Odense hold 2, day 2 is on Thu 25 Mar 2027, a public holiday (Skærtorsdag).');
  });

  it('accepts the former Great Prayer Day, abolished from 2024', () => {
    expect(violationsOf(edit(plannedPlan(), 'glu-2', { date: '2027-04-23' }), 'date-not-working-day')).toEqual([]);
  });

  it('reports a closure of all centres, also at a customer site', () => {
    let plan = edit(plannedPlan(), 'ppr-3', { date: '2027-05-07' });
    plan = edit(plan, 'site-2', { date: '2027-05-07' });
    const v = violationsOf(plan, 'date-not-working-day');
    expect(penaltyOf(v)).toBe(2);
    expect(v.map((x) => x.justification)).toEqual([
      'Aalborg PPR hold 1, day 3 is on Fri 7 May 2027, closed at all centres (Fredag efter Kr. himmelfart).',
      'Vejle skoleforvaltning hold 1, day 2 is on Fri 7 May 2027, closed at all centres (Fredag efter Kr. himmelfart).',
    ]);
  });

  it("reports one centre's closure only for that centre, not for others or customer sites", () => {
    let plan = withChange(plannedPlan(), (p) => p.closures.push({ start: '2027-01-25', end: '2027-01-26', centreId: 'c-aal', reason: 'Maling' }));
    plan = edit(plan, 'site-1', { date: '2027-01-26' });
    const v = violationsOf(plan, 'date-not-working-day');
    // ppr-2 (Aalborg, 25 Jan) is closed; glu-2 (Odense, 26 Jan) and site-1 (Vejle, 26 Jan) are not.
    expect(penaltyOf(v)).toBe(1);
    expect(v[0]!.justification).toBe('Aalborg PPR hold 1, day 2 is on Mon 25 Jan 2027, closed at Center Aalborg (Maling).');
  });

  it('checks a date even when the session has no room or trainers yet', () => {
    const v = violationsOf(edit(plannedPlan(), 'ppr-1', { date: '2027-01-16', roomId: null, trainerIds: [] }), 'date-not-working-day');
    expect(penaltyOf(v)).toBe(1);
  });
});

describe('date-cohort-unavailable', () => {
  it("reports a day in the cohort's unavailable dates, naming the customer", () => {
    const v = violationsOf(edit(plannedPlan(), 'ppr-3', { date: '2027-02-02' }), 'date-cohort-unavailable');
    expect(penaltyOf(v)).toBe(1);
    expect(v[0]!.justification).toBe('Aalborg PPR hold 1, day 3 is on Tue 2 Feb 2027, when Aalborg Kommune has said the cohort cannot come.');
  });

  it('accepts the day after the unavailable range', () => {
    expect(violationsOf(edit(plannedPlan(), 'ppr-3', { date: '2027-02-04' }), 'date-cohort-unavailable')).toEqual([]);
  });
});

describe('date-outside-term', () => {
  it('penalises each day before the term starts', () => {
    const v = violationsOf(edit(plannedPlan(), 'glu-1', { date: '2026-12-30' }), 'date-outside-term');
    expect(penaltyOf(v)).toBe(5);
    expect(v[0]!.justification).toBe('GLU Odense hold 2, day 1 is on Wed 30 Dec 2026, 5 days before the term Forår 2027 starts on Mon 4 Jan 2027.');
  });

  it('penalises each day after the term ends', () => {
    const v = violationsOf(edit(plannedPlan(), 'site-2', { date: '2027-06-30' }), 'date-outside-term');
    expect(penaltyOf(v)).toBe(5);
    expect(v[0]!.justification).toContain('5 days after the term Forår 2027 ends on Fri 25 Jun 2027');
  });

  it('accepts the first and last day of the term', () => {
    let plan = edit(plannedPlan(), 'glu-1', { date: '2027-01-04' });
    plan = edit(plan, 'site-2', { date: '2027-06-25' });
    expect(violationsOf(plan, 'date-outside-term')).toEqual([]);
  });
});

describe('date-outside-window', () => {
  it("penalises each day before the cohort's window opens", () => {
    const v = violationsOf(edit(plannedPlan(), 'ppr-1', { date: '2027-01-07' }), 'date-outside-window');
    expect(penaltyOf(v)).toBe(4);
    expect(v[0]!.justification).toBe("Aalborg PPR hold 1, day 1 is on Thu 7 Jan 2027, 4 days before Aalborg PPR hold 1's window opens on Mon 11 Jan 2027.");
  });

  it("penalises each day after the cohort's window closes", () => {
    const v = violationsOf(edit(plannedPlan(), 'ppr-3', { date: '2027-02-12' }), 'date-outside-window');
    expect(penaltyOf(v)).toBe(4);
    expect(v[0]!.justification).toContain("4 days after Aalborg PPR hold 1's window closes on Mon 8 Feb 2027");
  });

  it('accepts the window edges', () => {
    expect(violationsOf(plannedPlan(), 'date-outside-window')).toEqual([]);
  });
});
