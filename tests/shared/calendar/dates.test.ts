import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, eachDate, formatDay, isoWeekLabel, isoWeekNumber, isWeekend, isoWeekday, mondayOfIsoWeek } from '../../../shared/calendar/dates';

describe('dates', () => {
  it('counts calendar days across the spring daylight-saving change', () => {
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(daysBetween('2027-02-08', '2027-01-11')).toBe(-28);
  });

  it('knows weekdays and weekends', () => {
    expect(isoWeekday('2027-01-11')).toBe(1);
    expect(isWeekend('2027-01-16')).toBe(true);
    expect(isWeekend('2027-01-15')).toBe(false);
  });

  it('numbers ISO weeks, including the first days of January in the previous year\'s last week', () => {
    expect(isoWeekLabel('2027-01-01')).toBe('2026-W53');
    expect(isoWeekLabel('2027-01-04')).toBe('2027-W01');
    expect(isoWeekNumber('2027-02-15')).toBe(7);
    expect(isoWeekLabel('2027-12-31')).toBe('2027-W52');
  });

  it('finds the Monday of an ISO week, and refuses a label that is not one', () => {
    expect(mondayOfIsoWeek('2027-W01')).toBe('2027-01-04');
    expect(mondayOfIsoWeek('2027-W07')).toBe('2027-02-15');
    expect(mondayOfIsoWeek('2026-W53')).toBe('2026-12-28');
    expect(() => mondayOfIsoWeek('week 7')).toThrow(/ISO week/);
  });

  it('lists every date of a range, both ends included', () => {
    expect(eachDate('2027-02-26', '2027-03-02')).toEqual(['2027-02-26', '2027-02-27', '2027-02-28', '2027-03-01', '2027-03-02']);
  });

  it('names a day the way justifications do', () => {
    expect(formatDay('2027-01-12')).toBe('Tue 12 Jan 2027');
  });
});
