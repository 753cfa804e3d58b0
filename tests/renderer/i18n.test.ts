import { describe, expect, it } from 'vitest';
import { dictionaries, pickLanguage, translate, type MessageKey } from '../../renderer/i18n/dictionary';
import { initialLanguage } from '../../renderer/i18n/savedLanguage';
import { formatDate, formatNumber } from '../../renderer/i18n/format';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionaries', () => {
  it('have the same keys, none empty, with the same placeholders in Danish and English', () => {
    const keys = Object.keys(dictionaries.da) as MessageKey[];
    expect(Object.keys(dictionaries.en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(dictionaries.da[key].trim(), key).not.toBe('');
      expect(dictionaries.en[key].trim(), key).not.toBe('');
      expect(placeholders(dictionaries.en[key]), key).toEqual(placeholders(dictionaries.da[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'overview.assignedShare', { assigned: 3, total: '1,678' })).toBe('3 of 1,678 course days in the term are assigned.');
    expect(translate('da', 'empty.load')).toBe('Indlæs demotermin');
  });
});

describe('choosing the language', () => {
  it("follows the browser's first language we speak, Danish otherwise", () => {
    expect(pickLanguage(['en-US', 'da'])).toBe('en');
    expect(pickLanguage(['de-DE', 'da-DK', 'en'])).toBe('da');
    expect(pickLanguage(['nb-NO'])).toBe('da');
    expect(pickLanguage(['fr-FR'])).toBe('da');
    expect(pickLanguage([])).toBe('da');
  });

  it("prefers the planner's earlier choice, ignoring a stored value that is not a language", () => {
    expect(initialLanguage({ getItem: () => 'en' }, ['da-DK'])).toBe('en');
    expect(initialLanguage({ getItem: () => 'xx' }, ['da-DK'])).toBe('da');
    expect(initialLanguage({ getItem: () => null }, ['en-GB'])).toBe('en');
  });
});

describe('formatting', () => {
  it('writes numbers and dates the Danish or English way', () => {
    expect(formatNumber('da', 1678)).toBe('1.678');
    expect(formatNumber('en', 1678)).toBe('1,678');
    expect(formatDate('en', '2027-01-04')).toBe('4 Jan 2027');
    expect(formatDate('da', '2027-06-25')).toMatch(/^25\. jun\.? 2027$/);
  });
});
