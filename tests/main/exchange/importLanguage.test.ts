// A Danish planner reads why a spreadsheet row or file is refused in Danish; the
// codes stay the same and nothing is written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SheetImportResult } from '../../../shared/contract/results';
import { servicesOver, valueOf } from '../services/harness';
import { exchangePlan } from './planFixture';

type Language = 'en' | 'da';

const base64 = (name: string) => readFileSync(new URL(`../../fixtures/spreadsheets/${name}`, import.meta.url)).toString('base64');

async function servicesIn(language: Language) {
  const services = servicesOver(exchangePlan());
  valueOf(await services.call('app.setLanguage', { language }));
  return services;
}

describe('spreadsheet import in the planner language', () => {
  it('gives each rejected row its reasons in Danish or English and writes nothing', async () => {
    const reasons = async (language: Language) => {
      const { call, store } = await servicesIn(language);
      const preview = valueOf<SheetImportResult>(await call('sheets.importPreview', { table: 'trainers', data: base64('trainers-bad.xlsx') }));
      expect(store.saves).toBe(0);
      return preview.rows.filter((r) => r.action === 'reject').map((r) => r.reasons);
    };
    expect(await reasons('da')).toEqual([
      ['maxDays: kan ikke være negativ'],
      ['homeRegion: "Fyn" er ikke en region (Hovedstaden, Sjælland, Syddanmark, Midtjylland, Nordjylland)', 'dayRate: "gratis" er ikke et tal'],
      ['unavailable[0].start: er ikke en dato, der findes i kalenderen', 'unavailable[0].end: er ikke en dato, der findes i kalenderen'],
    ]);
    expect(await reasons('en')).toEqual([
      ['maxDays: cannot be negative'],
      ['homeRegion: "Fyn" is not a region (Hovedstaden, Sjælland, Syddanmark, Midtjylland, Nordjylland)', 'dayRate: "gratis" is not a number'],
      ['unavailable[0].start: is not a real calendar date', 'unavailable[0].end: is not a real calendar date'],
    ]);
  });

  it('refuses a mapping to a field the table lacks in Danish, with the same code, and changes nothing', async () => {
    const refusal = async (language: Language) => {
      const { refused } = await servicesIn(language);
      return refused('sheets.import', { table: 'trainers', data: base64('trainers.csv'), mapping: { Navn: 'fornavn' } });
    };
    const da = await refusal('da');
    const en = await refusal('en');
    expect(da.error.message).toMatch(/^opsætningen sender kolonnen "Navn" til "fornavn", som underviser ikke har \(felterne er id, name,/);
    expect(en.error.message).toMatch(/^the mapping sends column "Navn" to "fornavn", which trainers do not have/);
    expect(da.error.code).toBe(en.error.code);
    expect(da.after).toEqual(da.before);
    expect(da.saved).toBe(false);
  });

  it('says a broken workbook is not one in Danish', async () => {
    const { refused } = await servicesIn('da');
    const notXlsx = await refused('sheets.import', { table: 'trainers', data: Buffer.from('PK\u0003\u0004 broken').toString('base64') });
    expect(notXlsx.error.code).toBe('invalid-input');
    expect(notXlsx.error.message).toMatch(/^filen er ikke en \.xlsx-projektmappe, som Holdplan kan læse/);
    expect(notXlsx.after).toEqual(notXlsx.before);
  });
});
