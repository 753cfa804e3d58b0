import { describe, expect, it } from 'vitest';
import { readDate, readDateRanges, readList, readNumber } from '../../../main/exchange/sheets/danishValues';
import { parseCsvText, readCsv } from '../../../main/exchange/sheets/csv';

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }) => (r.ok ? r.value : r.message);

describe('numbers as Danish spreadsheets write them', () => {
  it.each([
    ['1.234,50', 1234.5],
    ['7.250', 7250],
    ['12,5', 12.5],
    ['7 200 kr.', 7200],
    ['-3', -3],
    ['7200.5', 7200.5],
    ['1,234.50', 1234.5],
  ])('reads %s as %d', (text, expected) => {
    expect(value(readNumber(text))).toBe(expected);
  });

  it('says what it could not read', () => {
    expect(value(readNumber('tolv'))).toBe('"tolv" is not a number');
  });
});

describe('dates', () => {
  it.each([
    ['12-01-2027', '2027-01-12'],
    ['12.01.2027', '2027-01-12'],
    ['2/3/2027', '2027-03-02'],
    ['2027-01-12', '2027-01-12'],
  ])('reads %s day first', (text, expected) => {
    expect(value(readDate(text))).toBe(expected);
  });

  it('reads a date cell and an Excel day number', () => {
    expect(value(readDate(new Date('2027-01-12T00:00:00Z')))).toBe('2027-01-12');
    expect(value(readDate(46399))).toBe('2027-01-12');
  });

  it('reads lists of ranges with either separator', () => {
    expect(value(readDateRanges('15-02-2027–19-02-2027; 01.03.2027'))).toEqual([
      { start: '2027-02-15', end: '2027-02-19' },
      { start: '2027-03-01', end: '2027-03-01' },
    ]);
    expect(value(readDateRanges('2027-02-15-2027-02-19, 2027-04-01 til 2027-04-02'))).toEqual([
      { start: '2027-02-15', end: '2027-02-19' },
      { start: '2027-04-01', end: '2027-04-02' },
    ]);
    expect(value(readDateRanges('uge 7'))).toBe('"uge 7" is not a date or a range of dates (write 15-02-2027–19-02-2027)');
  });

  it('splits lists on ; or ,', () => {
    expect(readList('ledelse; læring, økonomi')).toEqual(['ledelse', 'læring', 'økonomi']);
  });
});

describe('CSV text', () => {
  it('keeps quoted separators, quotes and line breaks, and picks the separator from the header', () => {
    expect(parseCsvText('Navn;Note\r\n"Holm; Ane";"sagde ""hej""\nigen"\r\n')).toEqual([
      ['Navn', 'Note'],
      ['Holm; Ane', 'sagde "hej"\nigen'],
    ]);
    expect(parseCsvText('Navn,Maks. dage\nAne,"12,5"')).toEqual([
      ['Navn', 'Maks. dage'],
      ['Ane', '12,5'],
    ]);
  });

  it('reads a file Excel saved as "CSV (semikolonsepareret)" in Windows-1252', () => {
    const bytes = Buffer.from('Navn;Region\r\nSøren Æbelø;Sjælland\r\n', 'latin1');
    expect(readCsv(bytes)).toEqual({ headers: ['Navn', 'Region'], rows: [{ row: 2, cells: ['Søren Æbelø', 'Sjælland'] }] });
  });
});
