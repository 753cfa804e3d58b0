// .xlsx through exceljs: tables out as sheets with a bold, frozen header row and
// set column widths; the first sheet (or a named one) in as a header row and data rows.
import ExcelJS from 'exceljs';
import { HoldplanError } from '../../../shared/domain/errors';
import type { Cell, SheetData } from './cells';
import type { SheetTable } from './sheetTable';
import { importingMessages } from '../../services/messages/importing';
import { say } from '../../services/messages/say';

export async function writeXlsx(tables: readonly SheetTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Holdplan';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.headers.map((header, i) => ({ header, width: table.widths[i] ?? 12 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    // Dates are whole days: show them as Danish planners write them.
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'dd-mm-yyyy';
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  if ('result' in value) return plainCell(value.result ?? null);
  return null;
}

/** The workbook in these bytes; a file that is not one gets a one-line message. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types `load` against an older Node Buffer type; the bytes are a Buffer all the same.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (e) {
    throw new HoldplanError('invalid-input', say(importingMessages.notAWorkbook({ error: e instanceof Error ? e.message : String(e) })));
  }
  return workbook;
}

export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<SheetData> {
  const workbook = await loadWorkbook(bytes);
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet) {
    const names = workbook.worksheets.map((s) => `"${s.name}"`).join(', ');
    throw new HoldplanError('invalid-input', say(sheetName === undefined ? importingMessages.noSheets() : importingMessages.noSuchSheet({ sheet: sheetName, sheets: names })));
  }
  const width = sheet.columnCount;
  const cellsOf = (row: ExcelJS.Row): Cell[] => {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = plainCell(row.getCell(c).value);
      cells.push(typeof cell === 'string' && cell.trim() === '' ? null : cell);
    }
    return cells;
  };
  const headers = cellsOf(sheet.getRow(1)).map((h) => (h === null ? '' : String(h).trim()));
  const rows: SheetData['rows'] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push({ row: n, cells: cellsOf(row) });
  });
  return { headers, rows };
}
