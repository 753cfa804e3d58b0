import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { applySheetImport, previewSheetImport } from '../../../main/exchange/sheets/importSheet';
import { planWorkbook, exportTables, tableCsv } from '../../../main/exchange/sheets/writeSheets';
import { loadWorkbook, writeXlsx } from '../../../main/exchange/sheets/xlsx';
import { createMemoryStore } from '../../../main/services/memoryStore';
import { generateDemo } from '../../../main/demo/generate';
import type { Plan } from '../../../shared/domain/schema';
import { exchangePlan } from './planFixture';

const TABLES = ['trainers', 'rooms', 'cohorts'] as const;

async function roundTrip(plan: Plan, format: 'xlsx' | 'csv') {
  const store = createMemoryStore(plan);
  for (const table of TABLES) {
    const [sheet] = exportTables(store.read(), [table]);
    const bytes = format === 'xlsx' ? await writeXlsx([sheet!]) : tableCsv(sheet!);
    const preview = await previewSheetImport(store.read(), table, bytes);
    expect(preview.rows.filter((r) => r.action !== 'unchanged')).toEqual([]);
    expect(preview.ignoredColumns).toEqual([]);
    await applySheetImport(store, table, bytes);
  }
  return store;
}

describe('export → import of the master data', () => {
  it.each(['xlsx', 'csv'] as const)('changes nothing (%s), Danish letters, decimals and date ranges included', async (format) => {
    const plan = exchangePlan();
    const store = await roundTrip(plan, format);
    expect(store.read()).toEqual(createMemoryStore(plan).read());
    expect(store.saves).toBe(0);
  });

  it('changes nothing for the demo term', async () => {
    const { plan } = generateDemo({ size: 'small', seed: 3 });
    const store = await roundTrip(plan, 'xlsx');
    expect(JSON.stringify(store.read())).toBe(JSON.stringify(createMemoryStore(plan).read()));
  });
});

describe('the plan workbook', () => {
  it('has one sheet per table, a bold frozen header, widths, and one row per session', async () => {
    const plan = exchangePlan();
    const workbook = await loadWorkbook(await planWorkbook(plan));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Plan', 'Centre', 'Lokaler', 'Undervisere', 'Kurser', 'Hold']);
    const sheet = workbook.getWorksheet('Plan')!;
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(4).width).toBe(40);
    expect(sheet.rowCount).toBe(1 + plan.sessions.length);
    const first = sheet.getRow(2).values as ExcelJS.CellValue[];
    // Dato, Uge, Ugedag, Sted, Lokale, Hold, Kursus, Kursusdag, Tidsrum, Start, Slut, Undervisere, Deltagere
    expect(first.slice(1, 14)).toEqual([
      new Date('2027-01-12T00:00:00Z'), 2, 'tirsdag', 'Center Odense, Vestergade 1, Odense', 'Lokale 3', 'GLU Odense hold 2',
      'Den Grundlæggende Lederuddannelse', 'Modul 1', 'hel dag', '09:00', '15:30', 'Ane Holm', 24,
    ]);
    expect(workbook.getWorksheet('Kurser')!.rowCount).toBe(1 + 4);
  });

  it('writes the plan as a Danish CSV: semicolons, UTF-8 with BOM, dd-mm-yyyy', () => {
    const [planSheet] = exportTables(exchangePlan(), ['plan']);
    const bytes = tableCsv(planSheet!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Dato;Uge;Ugedag;Sted;Lokale;Hold;Kursus;Kursusdag;Tidsrum;Start;Slut;Undervisere;Deltagere;Session-id');
    expect(lines[1]).toBe('12-01-2027;2;tirsdag;Center Odense, Vestergade 1, Odense;Lokale 3;GLU Odense hold 2;Den Grundlæggende Lederuddannelse;Modul 1;hel dag;09:00;15:30;Ane Holm;24;s-1');
  });
});
