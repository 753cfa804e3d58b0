// Importing trainers, rooms or cohorts from a spreadsheet, in two steps: a
// preview that changes nothing, then (when the planner confirms) one store
// update that writes every valid row. Rejected rows are skipped and listed, not
// a reason to refuse the whole file: the planner has seen them in the preview
// and fixes them in a later import. A row the plan has changed under since the
// preview is judged again when applying.
import type { SheetImportResult } from '../../../shared/contract/results';
import type { Plan } from '../../../shared/domain/schema';
import type { Store } from '../../store/types';
import { addEmptySessions } from '../../services/cohortSessions';
import type { SheetData } from './cells';
import { resolveMapping, type Mapping } from './mapping';
import { planImport, type ImportPreview, type PlannedRow } from './preview';
import { readSheet } from './readSheet';
import { importSpec, type ImportTable } from './tables/index';
import type { ImportSpec } from './tables/importSpec';

export interface SheetImportOptions {
  /** The remembered mapping; headers it does not name are guessed. */
  mapping?: Mapping;
  /** The sheet of an .xlsx to read (default: the first). */
  sheetName?: string;
}

export type { SheetImportResult };

function previewOf<E extends { id: string; name: string }>(spec: ImportSpec<E>, plan: Plan, sheet: SheetData, mapping?: Mapping) {
  return planImport(spec, plan, sheet, resolveMapping(spec, sheet.headers, mapping));
}

function write<E extends { id: string; name: string }>(spec: ImportSpec<E>, draft: Plan, planned: readonly PlannedRow<E>[]): void {
  const list = spec.list(draft);
  for (const { entity, index } of planned) {
    if (entity === undefined) continue;
    if (index !== undefined) list[index] = entity;
    else list.push(entity);
  }
}

/** Previews a parsed sheet against a plan. */
export function previewSheet(plan: Plan, table: ImportTable, sheet: SheetData, mapping?: Mapping): ImportPreview {
  const spec = importSpec(table) as ImportSpec<{ id: string; name: string }>;
  return previewOf(spec, plan, sheet, mapping).preview;
}

/** Applies a parsed sheet to a draft plan (inside a store update); returns what was done. */
export function applySheet(draft: Plan, table: ImportTable, sheet: SheetData, mapping?: Mapping): ImportPreview {
  const spec = importSpec(table) as ImportSpec<{ id: string; name: string }>;
  const { preview, planned } = previewOf(spec, draft, sheet, mapping);
  write(spec, draft, planned);
  if (table === 'cohorts') {
    for (const { outcome } of planned) {
      if (outcome.action !== 'create' || outcome.id === null) continue;
      const cohort = draft.cohorts.find((c) => c.id === outcome.id)!;
      const course = draft.courses.find((c) => c.id === cohort.courseId)!;
      addEmptySessions(draft.sessions, cohort.id, course.days);
    }
  }
  return preview;
}

/** What importing the file would do; nothing is written. */
export async function previewSheetImport(plan: Plan, table: ImportTable, bytes: Uint8Array, options: SheetImportOptions = {}): Promise<SheetImportResult> {
  const sheet = await readSheet(bytes, options.sheetName);
  return { ...previewSheet(plan, table, sheet, options.mapping), applied: false };
}

/** Writes every valid row in one store update; rejected rows are skipped and listed. */
export async function applySheetImport(store: Store, table: ImportTable, bytes: Uint8Array, options: SheetImportOptions = {}): Promise<SheetImportResult> {
  const sheet = await readSheet(bytes, options.sheetName);
  const first = previewSheet(store.read(), table, sheet, options.mapping);
  if (first.counts.create + first.counts.update === 0) return { ...first, applied: false };
  const preview = await store.update((draft) => applySheet(draft, table, sheet, options.mapping));
  return { ...preview, applied: true };
}
