// Writing tables out: all of them as sheets of one .xlsx, or each as a CSV in
// the Danish Excel dialect (";", decimal comma, dd-mm-yyyy dates, UTF-8 with BOM).
import type { Plan } from '../../../shared/domain/schema';
import { cellText, type Cell } from './cells';
import { writeCsv } from './csv';
import { danishDate, danishNumber } from './danishValues';
import { EXPORT_TABLES, exportTable, type ExportTable } from './exportTables';
import type { SheetTable } from './sheetTable';
import { writeXlsx } from './xlsx';

export function exportTables(plan: Plan, tables: readonly ExportTable[] = EXPORT_TABLES): SheetTable[] {
  return tables.map((t) => exportTable(plan, t));
}

export function planWorkbook(plan: Plan, tables: readonly ExportTable[] = EXPORT_TABLES): Promise<Buffer> {
  return writeXlsx(exportTables(plan, tables));
}

function csvField(cell: Cell): string {
  if (cell instanceof Date) return danishDate(cell.toISOString().slice(0, 10));
  if (typeof cell === 'number') return danishNumber(cell);
  return cellText(cell);
}

export function tableCsv(table: SheetTable): Buffer {
  return writeCsv([table.headers, ...table.rows.map((row) => row.map(csvField))]);
}
