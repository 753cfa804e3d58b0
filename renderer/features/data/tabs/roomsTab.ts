import type { Room } from '../../../../shared/domain/schema';
import { saved, type TabConfig } from '../tabConfig';

export const roomsTab: TabConfig<Room> = {
  rows: (plan) => plan.rooms,
  rowKey: (r) => r.id,
  defaultSort: { column: 'centre', descending: false },
  columns: (plan) => {
    const centreName = (id: string) => plan.centres.find((c) => c.id === id)?.name ?? id;
    return [
      { id: 'centre', label: 'data.field.centre', sortValue: (r) => `${centreName(r.centreId)} ${r.name}`, render: (r) => centreName(r.centreId) },
      { id: 'name', label: 'data.field.name', sortValue: (r) => r.name, render: (r) => r.name },
      { id: 'capacity', label: 'data.field.capacity', numeric: true, width: '110px', sortValue: (r) => r.capacity, render: (r) => r.capacity },
      { id: 'equipment', label: 'data.field.equipment', sortValue: (r) => r.equipment.join(', '), render: (r) => r.equipment.join(', ') },
      { id: 'unavailable', label: 'data.field.blockedShort', width: '90px', minor: true, numeric: true, sortValue: (r) => r.unavailable.length, render: (r) => r.unavailable.length || '' },
    ];
  },
  searchText: (r) => `${r.name} ${r.id} ${r.equipment.join(' ')}`,
  filters: (plan) => [
    { id: 'centre', label: 'data.field.centre', options: plan.centres.map((c) => ({ value: c.id, label: c.name })), matches: (r, v) => r.centreId === v },
    {
      id: 'equipment',
      label: 'data.field.equipment',
      options: [...new Set(plan.rooms.flatMap((r) => r.equipment))].sort().map((e) => ({ value: e, label: e })),
      matches: (r, v) => r.equipment.includes(v),
    },
  ],
  fields: (plan) => [
    { path: 'centreId', label: 'data.field.centre', kind: 'select', options: plan.centres.map((c) => ({ value: c.id, label: c.name })) },
    { path: 'name', label: 'data.field.name', kind: 'text' },
    { path: 'capacity', label: 'data.field.capacity', kind: 'number' },
    { path: 'equipment', label: 'data.field.equipment', kind: 'tags', hint: 'data.hint.tags' },
    { path: 'unavailable', label: 'data.field.unavailable', kind: 'ranges', wide: true },
  ],
  blank: (plan) => ({ centreId: plan.centres[0]?.id ?? '', name: '', capacity: 20, equipment: [], unavailable: [] }),
  values: (r) => structuredClone(r),
  name: (r) => r.name,
  addLabel: 'data.add.room',
  async save(change, values, row) {
    if (row) await change('rooms.update', { id: row.id, patch: values });
    else await change('rooms.create', { room: values });
    return saved;
  },
  async remove(change, row, unassign) {
    await change('rooms.delete', { id: row.id, unassign });
  },
};
