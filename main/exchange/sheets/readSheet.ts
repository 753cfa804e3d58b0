// A spreadsheet file, .xlsx or CSV, told apart by its content (an .xlsx is a
// zip archive) so that a misnamed file still reads.
import type { SheetData } from './cells';
import { readCsv } from './csv';
import { readXlsx } from './xlsx';

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

export async function readSheet(bytes: Uint8Array, sheetName?: string): Promise<SheetData> {
  return isZip(bytes) ? readXlsx(bytes, sheetName) : readCsv(bytes);
}
