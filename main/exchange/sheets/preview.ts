// What importing a sheet would do, row by row, worked out on a plan without
// changing it: create, update (matched by id, or for trainers by e-mail),
// unchanged, or rejected with every reason. Applying uses the same work, so the
// preview a planner confirmed is exactly what is written.
import type { SheetImportAction, SheetImportResult, SheetImportRow } from '../../../shared/contract/results';
import { describeZodError } from '../../../shared/domain/zodMessage';
import { currentLanguage } from '../../services/language';
import { importingMessages } from '../../services/messages/importing';
import { say } from '../../services/messages/say';
import type { Plan } from '../../../shared/domain/schema';
import { isEmptyCell, type SheetData } from './cells';
import type { Mapping } from './mapping';
import type { ImportSpec } from './tables/importSpec';

export const ROW_ACTIONS = ['create', 'update', 'unchanged', 'reject'] as const satisfies readonly SheetImportAction[];
export type RowAction = SheetImportAction;
export type RowOutcome = SheetImportRow;
export type ImportPreview = Omit<SheetImportResult, 'applied'>;

export interface PlannedRow<E> {
  outcome: RowOutcome;
  /** The entity to write, for rows that are not rejected. */
  entity?: E;
  /** Where the entity replaces an existing one; undefined for a new one. */
  index?: number;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !same(before[k], after[k]));
}

function freshId(prefix: string, taken: Set<string>): string {
  let n = taken.size + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

const lower = (s: string) => s.trim().toLocaleLowerCase('da');

export function planImport<E extends { id: string; name: string }>(spec: ImportSpec<E>, plan: Plan, sheet: SheetData, mapping: Mapping): { preview: ImportPreview; planned: PlannedRow<E>[] } {
  const fields = new Map(spec.fields.map((f) => [f.key, f]));
  const columns = sheet.headers.flatMap((header, i) => {
    const field = fields.get(mapping[header] ?? '');
    return field ? [{ i, field }] : [];
  });
  const mappedKeys = new Set(columns.map((c) => c.field.key));
  const unmappedRequired = spec.fields.filter((f) => f.required && !mappedKeys.has(f.key)).map((f) => say(importingMessages.noColumn({ field: f.key })));

  const existing = spec.list(plan);
  const byId = new Map(existing.map((e, i) => [e.id, i]));
  const match = spec.matchKey;
  const byMatch = new Map<string, number>();
  if (match) existing.forEach((e, i) => match.of(e).trim() !== '' && byMatch.set(lower(match.of(e)), i));
  const taken = new Set(existing.map((e) => e.id));
  const seenIds = new Map<string, number>();
  const seenMatch = new Map<string, number>();

  const planned: PlannedRow<E>[] = [];
  for (const { row, cells } of sheet.rows) {
    if (columns.every(({ i }) => isEmptyCell(cells[i] ?? null))) continue;
    const reasons: string[] = [];
    const values = new Map<string, unknown>();
    for (const { i, field } of columns) {
      const cell = cells[i] ?? null;
      if (isEmptyCell(cell)) {
        if (field.required) reasons.push(say(importingMessages.emptyCell({ field: field.key })));
        values.set(field.key, undefined);
        continue;
      }
      const read = field.read(cell, plan);
      if (read.ok) values.set(field.key, read.value);
      else reasons.push(`${field.key}: ${read.message}`);
    }

    const id = typeof values.get('id') === 'string' ? (values.get('id') as string) : undefined;
    const matchValue = match ? values.get(match.field) : undefined;
    const matchText = typeof matchValue === 'string' && matchValue.trim() !== '' ? lower(matchValue) : undefined;
    const matchedIndex = matchText === undefined ? undefined : byMatch.get(matchText);
    let index = id !== undefined ? byId.get(id) : matchedIndex;
    const current = index === undefined ? undefined : existing[index];

    if (id !== undefined && matchedIndex !== undefined && matchedIndex !== index) {
      const other = existing[matchedIndex]!;
      reasons.push(say(importingMessages.belongsToAnother({ field: match!.field, value: matchValue as string, noun: spec.noun, id: other.id, name: other.name, hint: !current })));
    }
    if (id !== undefined && seenIds.has(id)) reasons.push(say(importingMessages.alsoInRow({ field: 'id', value: id, row: seenIds.get(id)! })));
    if (match && matchText !== undefined && seenMatch.has(matchText)) reasons.push(say(importingMessages.alsoInRow({ field: match.field, value: matchValue as string, row: seenMatch.get(matchText)! })));
    if (id !== undefined && !seenIds.has(id)) seenIds.set(id, row);
    if (matchText !== undefined && !seenMatch.has(matchText)) seenMatch.set(matchText, row);
    if (!current) reasons.push(...unmappedRequired);

    const nameValue = values.get('name');
    const name = typeof nameValue === 'string' && nameValue !== '' ? nameValue : (current?.name ?? '');
    const reject = (why: string[]) => planned.push({ outcome: { row, action: 'reject', id: current?.id ?? id ?? null, name, reasons: why, changed: [] } });
    if (reasons.length > 0) {
      reject(reasons);
      continue;
    }

    const newId = current?.id ?? id ?? freshId(spec.idPrefix, taken);
    const base = current ? (structuredClone(current) as Record<string, unknown>) : {};
    values.delete('id');
    const composed = { ...spec.compose(base, values), id: newId };
    const early = spec.precheck?.problems(composed) ?? [];
    const parsed = spec.schema.safeParse(composed);
    if (early.length > 0 || !parsed.success) {
      const covered = (message: string) => early.length > 0 && message.startsWith(`${spec.precheck!.covers}`);
      reject([...early, ...(parsed.success ? [] : describeZodError(parsed.error, currentLanguage()).filter((m) => !covered(m)))]);
      continue;
    }
    const problems = spec.problems(parsed.data, current, plan);
    if (problems.length > 0) {
      reject(problems);
      continue;
    }
    const entity = parsed.data;
    if (!current) {
      taken.add(newId);
      index = undefined;
    }
    const changed = current ? changedFields(current as Record<string, unknown>, entity as Record<string, unknown>) : [];
    const action: RowAction = !current ? 'create' : changed.length === 0 ? 'unchanged' : 'update';
    planned.push({ outcome: { row, action, id: newId, name: entity.name, reasons: [], changed }, entity, index });
  }

  const rows = planned.map((p) => p.outcome);
  const counts = Object.fromEntries(ROW_ACTIONS.map((a) => [a, rows.filter((r) => r.action === a).length])) as Record<RowAction, number>;
  const ignoredColumns = sheet.headers.filter((h) => h !== '' && !fields.has(mapping[h] ?? ''));
  return { preview: { table: spec.table, mapping, ignoredColumns, rows, counts }, planned };
}
