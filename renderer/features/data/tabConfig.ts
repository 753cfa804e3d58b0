import type { Plan } from '../../../shared/domain/schema';
import type { Language, MessageKey } from '../../i18n/dictionary';
import type { T } from '../../i18n/useT';
import type { AppState } from '../../store/types';
import type { Column, SortState } from './DataTable';
import type { FieldSpec, SaveOutcome } from './EntityForm';
import type { Option } from './fields/options';
import type { Values } from './paths';

export type Change = AppState['change'];

export interface Filter<R> {
  id: string;
  label: MessageKey;
  options: readonly Option[];
  matches(row: R, value: string): boolean;
}

/** One data tab: how its entities are listed, searched, filtered, edited and deleted. */
export interface TabConfig<R> {
  rows(plan: Plan): R[];
  rowKey(row: R): string;
  columns(plan: Plan, t: T, language: Language): Column<R>[];
  defaultSort: SortState;
  searchText(row: R, plan: Plan): string;
  filters?(plan: Plan, t: T): Filter<R>[];
  fields(plan: Plan, t: T): FieldSpec[];
  blank(plan: Plan): Values;
  values(row: R): Values;
  /** The form's heading for an existing row. */
  name(row: R): string;
  addLabel: MessageKey;
  save(change: Change, values: Values, row: R | null, confirmed: boolean, t: T): Promise<SaveOutcome>;
  remove?(change: Change, row: R, unassign: boolean): Promise<void>;
}

export const saved: SaveOutcome = { notice: null };
