// The column mapping the planner last imported with, per table, so the next
// file from the same spreadsheet needs no mapping work. localStorage is
// outside our control: whatever is there is checked before it is used.
import { z } from 'zod';
import type { SheetTable } from './sheetFields';

export type ColumnMapping = Record<string, string | null>;

const Saved = z.record(z.string(), z.string().nullable());

const keyOf = (table: SheetTable) => `holdplan.sheetMapping.${table}`;

export function loadMapping(storage: Pick<Storage, 'getItem'>, table: SheetTable): ColumnMapping | undefined {
  const raw = storage.getItem(keyOf(table));
  if (raw === null) return undefined;
  try {
    const parsed = Saved.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function saveMapping(storage: Pick<Storage, 'setItem'>, table: SheetTable, mapping: ColumnMapping): void {
  storage.setItem(keyOf(table), JSON.stringify(mapping));
}

export function forgetMapping(storage: Pick<Storage, 'removeItem'>, table: SheetTable): void {
  storage.removeItem(keyOf(table));
}
