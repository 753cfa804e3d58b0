// What the importer knows about a table it can import: its fields (with the
// header it writes and the names it recognises), how a row's values become an
// entity, and what must hold beyond the entity's schema.
import type { z } from 'zod';
import type { Plan } from '../../../../shared/domain/schema';
import type { Cell } from '../cells';
import type { FieldReader } from './fieldReaders';
import type { Noun } from '../../../services/messages/nouns';

export const IMPORT_TABLES = ['trainers', 'rooms', 'cohorts'] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];

export interface FieldSpec<E> {
  /** The field's name in a mapping file ("maxDays"). */
  key: string;
  /** The header Holdplan writes. */
  header: string;
  /** Other headers that mean this field, Danish and English. */
  aliases: readonly string[];
  width: number;
  /** An empty cell is refused; otherwise it clears the field. */
  required: boolean;
  read: FieldReader;
  /** The cell Holdplan writes for this field. */
  write(entity: E, plan: Plan): Cell;
}

export interface ImportSpec<E extends { id: string }> {
  table: ImportTable;
  noun: Noun;
  /** Prefix of the ids given to new rows that name none ("t" → t-701). */
  idPrefix: string;
  sheetName: string;
  fields: readonly FieldSpec<E>[];
  schema: z.ZodType<E>;
  list(plan: Plan): E[];
  /**
   * The entity's fields with a row's values laid over `base` (an existing entity,
   * or {} for a new one). `values` holds each mapped field: its value, or
   * undefined for an empty cell.
   */
  compose(base: Record<string, unknown>, values: ReadonlyMap<string, unknown>): Record<string, unknown>;
  /**
   * Problems said better than the schema would say them, checked on the composed
   * fields before the schema; the schema's messages about `covers` are then left out.
   */
  precheck?: { covers: string; problems(composed: Record<string, unknown>): string[] };
  /** Problems a single entity's schema cannot see (references; a cohort's fixed course). */
  problems(entity: E, existing: E | undefined, plan: Plan): string[];
  /** Another key an existing entity is found by when the row names no id (a trainer's e-mail). */
  matchKey?: { field: string; of(entity: E): string };
}

/**
 * Laying values over a base. An empty cell gives the field its empty value, or
 * keeps an empty list empty, or else removes the field, so the schema's default
 * (or its absence) applies and a round trip leaves the entity as it was.
 */
export function layOver(base: Record<string, unknown>, values: ReadonlyMap<string, unknown>, empties: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of values) {
    if (value !== undefined) out[key] = value;
    else if (key in empties) out[key] = empties[key];
    else if (Array.isArray(base[key])) out[key] = [];
    else delete out[key];
  }
  return out;
}
