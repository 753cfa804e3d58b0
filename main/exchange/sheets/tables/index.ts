import { cohortsSpec } from './cohorts';
import type { ImportSpec, ImportTable } from './importSpec';
import { roomsSpec } from './rooms';
import { trainersSpec } from './trainers';

export { IMPORT_TABLES, type ImportTable } from './importSpec';

export type AnyImportSpec = typeof trainersSpec | typeof roomsSpec | typeof cohortsSpec;

export function importSpec(table: ImportTable): AnyImportSpec {
  const specs: Record<ImportTable, AnyImportSpec> = { trainers: trainersSpec, rooms: roomsSpec, cohorts: cohortsSpec };
  return specs[table];
}

export type { ImportSpec };
