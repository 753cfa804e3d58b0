// A spreadsheet cell as the importer sees it, whether it came from an .xlsx
// (numbers, dates, text) or a CSV (text only). Empty cells are null.
export type Cell = string | number | boolean | Date | null;

export interface SheetData {
  /** The header row as written, trimmed. */
  headers: string[];
  /** Data rows with their spreadsheet row number (the header is row 1). */
  rows: { row: number; cells: Cell[] }[];
}

export function isEmptyCell(cell: Cell): cell is null | '' {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** The text of a cell; numbers without exponent or trailing zeros, dates as YYYY-MM-DD. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  return String(cell).trim();
}
