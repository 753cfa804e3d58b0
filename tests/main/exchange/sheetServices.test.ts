import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SheetImportResult } from '../../../shared/contract/results';
import { servicesOver, valueOf } from '../services/harness';
import { exchangePlan } from './planFixture';

const base64 = (name: string) => readFileSync(new URL(`../../fixtures/spreadsheets/${name}`, import.meta.url)).toString('base64');

describe('spreadsheet import through the contract', () => {
  it('previews without writing, then imports the valid rows in one change', async () => {
    const { call, store } = servicesOver(exchangePlan());
    const preview = valueOf<SheetImportResult>(await call('sheets.importPreview', { table: 'trainers', data: base64('trainers-bad.xlsx') }));
    expect(preview.counts).toEqual({ create: 1, update: 0, unchanged: 0, reject: 3 });
    expect(preview.applied).toBe(false);
    expect(store.saves).toBe(0);

    const applied = valueOf<SheetImportResult>(await call('sheets.import', { table: 'trainers', data: base64('trainers-bad.xlsx') }));
    expect(applied.applied).toBe(true);
    expect(store.saves).toBe(1);
    expect(store.read().trainers.map((t) => t.name)).toContain('Ulla Bæk');
  });

  it('refuses input that is not a sheet, with one clear line, and changes nothing', async () => {
    const { refused } = servicesOver(exchangePlan());
    const wrongTable = await refused('sheets.import', { table: 'courses', data: base64('trainers.csv') });
    expect(wrongTable.error.code).toBe('invalid-input');
    expect(wrongTable.saved).toBe(false);
    const notXlsx = await refused('sheets.import', { table: 'trainers', data: Buffer.from('PK\u0003\u0004 broken').toString('base64') });
    expect(notXlsx.error.message).toMatch(/^the file is not an \.xlsx workbook Holdplan can read/);
    expect(notXlsx.saved).toBe(false);
  });
});
