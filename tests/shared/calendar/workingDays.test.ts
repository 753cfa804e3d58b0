import { describe, expect, it } from 'vitest';
import type { Closure } from '../../../shared/domain/schema';
import { closedReason, isWorkingDay, proposedClosures, workingDaysBetween } from '../../../shared/calendar/workingDays';

const closures: Closure[] = [
  { start: '2027-05-07', end: '2027-05-07', centreId: null, reason: 'Fredag efter Kr. himmelfart' },
  { start: '2027-02-15', end: '2027-02-16', centreId: 'c-aal', reason: 'Ombygning' },
];

describe('working days', () => {
  it('closes weekends', () => {
    expect(closedReason('2027-01-09', [], 'c-aal')).toEqual({ kind: 'weekend' });
    expect(closedReason('2027-01-10', [], null)).toEqual({ kind: 'weekend' });
    expect(isWorkingDay('2027-01-11', [], 'c-aal')).toBe(true);
  });

  it('closes public holidays, naming them', () => {
    expect(closedReason('2027-05-06', [], 'c-aal')).toEqual({ kind: 'holiday', name: 'Kristi Himmelfartsdag' });
  });

  it('applies a closure of all centres everywhere, customer sites included', () => {
    expect(closedReason('2027-05-07', closures, 'c-ode')).toEqual({ kind: 'closure', reason: 'Fredag efter Kr. himmelfart', centreId: null });
    expect(isWorkingDay('2027-05-07', closures, null)).toBe(false);
  });

  it("applies one centre's closure to that centre only, never to a customer site", () => {
    expect(closedReason('2027-02-16', closures, 'c-aal')).toEqual({ kind: 'closure', reason: 'Ombygning', centreId: 'c-aal' });
    expect(isWorkingDay('2027-02-16', closures, 'c-ode')).toBe(true);
    expect(isWorkingDay('2027-02-16', closures, null)).toBe(true);
  });

  it('lists the working days of a stretch', () => {
    // Mon 3 May – Mon 10 May 2027: Ascension Thursday, the closed Friday and the weekend drop out.
    expect(workingDaysBetween('2027-05-03', '2027-05-10', closures, 'c-aal')).toEqual(['2027-05-03', '2027-05-04', '2027-05-05', '2027-05-10']);
  });
});

describe('proposedClosures', () => {
  it('proposes the Friday after Ascension, and skips Constitution Day when it is a Saturday', () => {
    expect(proposedClosures({ start: '2027-01-04', end: '2027-06-25' })).toEqual([
      { start: '2027-05-07', end: '2027-05-07', centreId: null, reason: 'Fredag efter Kr. himmelfart' },
    ]);
  });

  it('proposes Constitution Day and Christmas and New Year\'s Eve on weekdays, for all centres', () => {
    const proposed = proposedClosures({ start: '2026-01-05', end: '2026-12-31' });
    expect(proposed.map((c) => [c.start, c.reason])).toEqual([
      ['2026-05-15', 'Fredag efter Kr. himmelfart'],
      ['2026-06-05', 'Grundlovsdag'],
      ['2026-12-24', 'Juleaftensdag'],
      ['2026-12-31', 'Nytårsaftensdag'],
    ]);
    expect(proposed.every((c) => c.centreId === null && c.start === c.end)).toBe(true);
  });

  it('proposes only days inside the term', () => {
    expect(proposedClosures({ start: '2026-08-03', end: '2026-12-18' })).toEqual([]);
  });
});
