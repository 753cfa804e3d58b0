import type { Closure } from '../../../../shared/domain/schema';
import { formatDate } from '../../../i18n/format';
import { saved, type TabConfig } from '../tabConfig';

/** Closures have no id: a row is known by its place in the list. */
export type ClosureRow = Closure & { index: number };

export const closuresTab: TabConfig<ClosureRow> = {
  rows: (plan) => plan.closures.map((c, index) => ({ ...c, index })),
  rowKey: (c) => `closure-${c.index}`,
  defaultSort: { column: 'start', descending: false },
  columns: (plan, t, language) => {
    const centre = (c: ClosureRow) => (c.centreId === null ? t('data.closure.allCentres') : (plan.centres.find((x) => x.id === c.centreId)?.name ?? c.centreId));
    return [
      { id: 'start', label: 'data.field.start', width: '160px', sortValue: (c) => c.start, render: (c) => formatDate(language, c.start) },
      { id: 'end', label: 'data.field.end', width: '160px', sortValue: (c) => c.end, render: (c) => formatDate(language, c.end) },
      { id: 'centre', label: 'data.field.centre', width: '200px', sortValue: centre, render: centre },
      { id: 'reason', label: 'data.field.reason', sortValue: (c) => c.reason, render: (c) => c.reason },
    ];
  },
  searchText: (c) => `${c.reason} ${c.start} ${c.end}`,
  filters: (plan, t) => [
    {
      id: 'centre',
      label: 'data.field.centre',
      options: [{ value: '@all', label: t('data.closure.allCentres') }, ...plan.centres.map((c) => ({ value: c.id, label: c.name }))],
      matches: (c, v) => (v === '@all' ? c.centreId === null : c.centreId === v),
    },
  ],
  fields: (plan, t) => [
    { path: 'start', label: 'data.field.start', kind: 'date' },
    { path: 'end', label: 'data.field.end', kind: 'date' },
    { path: 'centreId', label: 'data.field.centre', kind: 'select', options: [{ value: '', label: t('data.closure.allCentres') }, ...plan.centres.map((c) => ({ value: c.id, label: c.name }))] },
    { path: 'reason', label: 'data.field.reason', kind: 'text', wide: true },
  ],
  blank: (plan) => ({ start: plan.term.start, end: plan.term.start, centreId: null, reason: '' }),
  values: ({ index: _index, ...c }) => structuredClone(c),
  name: (c) => c.reason || `${c.start} – ${c.end}`,
  addLabel: 'data.add.closure',
  async save(change, values, row) {
    if (row) await change('closures.update', { index: row.index, patch: values });
    else await change('closures.create', { closure: values });
    return saved;
  },
  async remove(change, row) {
    await change('closures.delete', { index: row.index });
  },
};
