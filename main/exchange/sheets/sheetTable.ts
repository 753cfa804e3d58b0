// A table to write to a spreadsheet: one sheet of an .xlsx, or one CSV file.
import type { Cell } from './cells';

export interface Column<T> {
  header: string;
  /** Width in characters, for the .xlsx. */
  width: number;
  value(item: T): Cell;
}

export interface SheetTable {
  /** The sheet's name (at most 31 characters, as Excel allows). */
  name: string;
  /** The CSV file's name without extension. */
  fileName: string;
  headers: string[];
  widths: number[];
  rows: Cell[][];
}

export function tableOf<T>(name: string, fileName: string, columns: readonly Column<T>[], items: readonly T[]): SheetTable {
  return {
    name,
    fileName,
    headers: columns.map((c) => c.header),
    widths: columns.map((c) => c.width),
    rows: items.map((item) => columns.map((c) => c.value(item))),
  };
}
