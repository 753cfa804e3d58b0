import { describe, expect, it } from 'vitest';
import { publicHoliday, publicHolidaysBetween } from '../../../shared/calendar/holidays';

describe('Danish public holidays', () => {
  it('lists the public holidays of 2027 from date-holidays', () => {
    expect(publicHolidaysBetween('2027-01-01', '2027-12-31')).toEqual([
      { date: '2027-01-01', name: 'Nytårsdag' },
      { date: '2027-03-25', name: 'Skærtorsdag' },
      { date: '2027-03-26', name: 'Langfredag' },
      { date: '2027-03-28', name: 'Påskedag' },
      { date: '2027-03-29', name: 'Anden påskedag' },
      { date: '2027-05-06', name: 'Kristi Himmelfartsdag' },
      { date: '2027-05-16', name: 'Pinsedag' },
      { date: '2027-05-17', name: 'Anden Pinsedag' },
      { date: '2027-12-25', name: 'Juledag' },
      { date: '2027-12-26', name: 'Anden Juledag' },
    ]);
  });

  it('has no Great Prayer Day from 2024, but had one in 2023', () => {
    // Store bededag: the fourth Friday after Easter.
    expect(publicHoliday('2027-04-23')).toBeNull();
    expect(publicHoliday('2024-04-26')).toBeNull();
    expect(publicHoliday('2023-05-05')).not.toBeNull();
  });

  it('does not count Christmas Eve, New Year\'s Eve or Constitution Day as public holidays', () => {
    expect(publicHoliday('2027-12-24')).toBeNull();
    expect(publicHoliday('2027-12-31')).toBeNull();
    expect(publicHoliday('2026-06-05')).toBeNull();
  });

  it('spans several years', () => {
    const dates = publicHolidaysBetween('2026-12-20', '2027-01-10').map((h) => h.date);
    expect(dates).toEqual(['2026-12-25', '2026-12-26', '2027-01-01']);
  });
});
