import { describe, expect, it } from 'vitest';
import { formatDateText, parseDateText } from '../../renderer/features/dates/parseDate';

describe('a date typed in a date field', () => {
  it.each([
    ['12-01-2027', '2027-01-12'],
    ['12.01.2027', '2027-01-12'],
    ['5.3.2027', '2027-03-05'],
    ['2027-01-12', '2027-01-12'],
    ['12/01/2027', '2027-01-12'],
    ['12. jan. 2027', '2027-01-12'],
    ['12 okt 2027', '2027-10-12'],
    ['1 maj 2027', '2027-05-01'],
    ['  29-02-2028 ', '2028-02-29'],
  ])('reads the Danish way of writing %s as %s, day first', (text, iso) => {
    expect(parseDateText(text, 'da')).toEqual({ ok: true, iso });
  });

  it('reads the English UI\'s own "3 Oct 2027" and ISO', () => {
    expect(parseDateText('3 Oct 2027', 'en')).toEqual({ ok: true, iso: '2027-10-03' });
    expect(parseDateText('2027-10-03', 'en')).toEqual({ ok: true, iso: '2027-10-03' });
  });

  it('refuses a day the calendar does not have rather than rolling it into the next month', () => {
    expect(parseDateText('31-02-2027', 'da')).toEqual({ ok: false, problem: 'noSuchDay' });
    expect(parseDateText('29.02.2027', 'da')).toEqual({ ok: false, problem: 'noSuchDay' });
    expect(parseDateText('2027-13-01', 'da')).toEqual({ ok: false, problem: 'noSuchDay' });
  });

  it('refuses a two-digit year and text that is no date, so a half-typed date never reaches the plan', () => {
    for (const text of ['5-1-27', '12-01-202', 'i morgen', '12-01', '']) expect(parseDateText(text, 'da')).toEqual({ ok: false, problem: 'format' });
  });
});

describe('a stored date shown in a date field', () => {
  it('is dd-mm-yyyy in Danish and d MMM yyyy in English', () => {
    expect(formatDateText('2027-01-04', 'da')).toBe('04-01-2027');
    expect(formatDateText('2027-01-04', 'en')).toBe('4 Jan 2027');
  });

  it('reads back to the same date in either language', () => {
    for (const iso of ['2027-01-04', '2027-05-31', '2027-12-24']) {
      for (const language of ['da', 'en'] as const) expect(parseDateText(formatDateText(iso, language), language)).toEqual({ ok: true, iso });
    }
  });

  it('leaves a value that is not an ISO date as it is, for the form to flag', () => {
    expect(formatDateText('', 'da')).toBe('');
    expect(formatDateText('12-01', 'da')).toBe('12-01');
  });
});
