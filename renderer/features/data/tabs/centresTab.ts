import { createElement } from 'react';
import { REGIONS, type Centre } from '../../../../shared/domain/schema';
import { saved, type TabConfig } from '../tabConfig';

export const regionOptions = REGIONS.map((r) => ({ value: r, label: r }));

export const centresTab: TabConfig<Centre> = {
  rows: (plan) => plan.centres,
  rowKey: (c) => c.id,
  defaultSort: { column: 'name', descending: false },
  columns: (plan) => [
    { id: 'name', label: 'data.field.name', sortValue: (c) => c.name, render: (c) => createElement('strong', null, c.name) },
    { id: 'city', label: 'data.field.city', sortValue: (c) => c.city, render: (c) => c.city },
    { id: 'region', label: 'data.field.region', sortValue: (c) => c.region, render: (c) => c.region },
    {
      id: 'rooms',
      label: 'data.field.rooms',
      numeric: true,
      width: '110px',
      sortValue: (c) => plan.rooms.filter((r) => r.centreId === c.id).length,
      render: (c) => plan.rooms.filter((r) => r.centreId === c.id).length,
    },
    { id: 'address', label: 'data.field.address', minor: true, sortValue: (c) => c.address, render: (c) => c.address },
  ],
  searchText: (c) => `${c.name} ${c.city} ${c.address} ${c.region} ${c.id}`,
  filters: () => [{ id: 'region', label: 'data.field.region', options: regionOptions, matches: (c, v) => c.region === v }],
  fields: () => [
    { path: 'name', label: 'data.field.name', kind: 'text' },
    { path: 'city', label: 'data.field.city', kind: 'text' },
    { path: 'address', label: 'data.field.address', kind: 'text', wide: true },
    { path: 'region', label: 'data.field.region', kind: 'select', options: regionOptions },
  ],
  blank: () => ({ name: '', city: '', address: '', region: 'Hovedstaden' }),
  values: (c) => ({ ...c }),
  name: (c) => c.name,
  addLabel: 'data.add.centre',
  async save(change, values, row) {
    if (row) await change('centres.update', { id: row.id, patch: values });
    else await change('centres.create', { centre: values });
    return saved;
  },
  async remove(change, row, unassign) {
    await change('centres.delete', { id: row.id, unassign });
  },
};
