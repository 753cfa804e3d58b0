import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/dictionary';
import { useT } from '../../i18n/useT';
import { useWindowedRows } from './useWindowedRows';

export interface Column<T> {
  id: string;
  label: MessageKey;
  /** What the column sorts by. */
  sortValue(row: T): string | number;
  render(row: T): ReactNode;
  width?: string;
  numeric?: boolean;
  /** Left out while the form panel takes half the width. */
  minor?: boolean;
}

export interface SortState {
  column: string;
  descending: boolean;
}

export const ROW_HEIGHT = 36;

interface DataTableProps<T> {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey(row: T): string;
  sort: SortState;
  onSort(sort: SortState): void;
  selectedKey: string | null;
  onOpen(row: T): void;
  testId: string;
  /** The form panel is open beside the table: show the columns that matter most. */
  compact?: boolean;
}

/**
 * A table of one kind of entity. The body scrolls inside a fixed frame and only
 * the rows in view are in the DOM, so 700 trainers scroll like 30.
 */
export function DataTable<T>({ rows, columns: allColumns, rowKey, sort, onSort, selectedKey, onOpen, testId, compact = false }: DataTableProps<T>) {
  const { t } = useT();
  const columns = compact ? allColumns.filter((c) => !c.minor) : allColumns;
  const { containerRef, onScroll, window } = useWindowedRows(rows.length, ROW_HEIGHT);
  const template = columns.map((c) => c.width ?? 'minmax(0, 1fr)').join(' ');
  return (
    <div className="data-table" role="table" aria-rowcount={rows.length + 1} data-testid={testId}>
      <div className="data-row data-head" role="row" style={{ gridTemplateColumns: template }}>
        {columns.map((c) => {
          const active = sort.column === c.id;
          return (
            <div key={c.id} role="columnheader" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'} className={c.numeric ? 'num' : ''}>
              <button type="button" className="sort-button" onClick={() => onSort({ column: c.id, descending: active ? !sort.descending : false })}>
                {t(c.label)}
                <span className="sort-mark" aria-hidden="true">
                  {active ? (sort.descending ? '▼' : '▲') : ''}
                </span>
              </button>
            </div>
          );
        })}
      </div>
      <div className="data-body" ref={containerRef} onScroll={onScroll} role="rowgroup">
        <div style={{ height: window.padTop }} aria-hidden="true" />
        {rows.slice(window.start, window.end).map((row, i) => {
          const key = rowKey(row);
          return (
            <div
              key={key}
              role="row"
              aria-rowindex={window.start + i + 2}
              tabIndex={0}
              className={`data-row ${key === selectedKey ? 'data-row-selected' : ''}`}
              style={{ gridTemplateColumns: template, height: ROW_HEIGHT }}
              data-testid="data-row"
              data-key={key}
              onClick={() => onOpen(row)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') onOpen(row);
              }}
            >
              {columns.map((c) => (
                <div key={c.id} role="cell" className={c.numeric ? 'num' : ''}>
                  {c.render(row)}
                </div>
              ))}
            </div>
          );
        })}
        <div style={{ height: window.padBottom }} aria-hidden="true" />
        {rows.length === 0 && <p className="muted data-empty">{t('data.table.empty')}</p>}
      </div>
    </div>
  );
}

export function sortRows<T>(rows: readonly T[], columns: readonly Column<T>[], sort: SortState): T[] {
  const column = columns.find((c) => c.id === sort.column);
  if (!column) return [...rows];
  const direction = sort.descending ? -1 : 1;
  const collator = new Intl.Collator('da', { numeric: true, sensitivity: 'base' });
  return [...rows].sort((a, b) => {
    const x = column.sortValue(a);
    const y = column.sortValue(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order * direction;
  });
}
