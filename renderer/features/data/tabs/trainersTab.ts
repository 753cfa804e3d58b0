import { TRAINER_KINDS, type Trainer } from '../../../../shared/domain/schema';
import { saved, type TabConfig } from '../tabConfig';
import { regionOptions } from './centresTab';

export const trainersTab: TabConfig<Trainer> = {
  rows: (plan) => plan.trainers,
  rowKey: (tr) => tr.id,
  defaultSort: { column: 'name', descending: false },
  columns: (plan, t) => {
    const days = new Map<string, number>();
    for (const s of plan.sessions) for (const id of s.trainerIds) days.set(id, (days.get(id) ?? 0) + (s.slot === 'full' ? 1 : 0.5));
    return [
      { id: 'name', label: 'data.field.name', width: 'minmax(0, 1.3fr)', sortValue: (tr) => tr.name, render: (tr) => tr.name },
      { id: 'kind', label: 'data.field.kind', width: '80px', sortValue: (tr) => tr.kind, render: (tr) => t(`data.kind.${tr.kind}`) },
      { id: 'region', label: 'data.field.homeRegion', width: '130px', minor: true, sortValue: (tr) => tr.homeRegion, render: (tr) => tr.homeRegion },
      { id: 'skills', label: 'data.field.skills', width: 'minmax(0, 1.6fr)', sortValue: (tr) => tr.skills.join(', '), render: (tr) => tr.skills.join(', ') },
      { id: 'load', label: 'data.field.load', width: '100px', numeric: true, sortValue: (tr) => days.get(tr.id) ?? 0, render: (tr) => `${days.get(tr.id) ?? 0} / ${tr.maxDays}` },
      { id: 'dayRate', label: 'data.field.dayRate', width: '100px', minor: true, numeric: true, sortValue: (tr) => tr.dayRate, render: (tr) => tr.dayRate.toLocaleString('da-DK') },
      { id: 'unavailable', label: 'data.field.blockedShort', width: '90px', minor: true, numeric: true, sortValue: (tr) => tr.unavailable.length, render: (tr) => tr.unavailable.length || '' },
    ];
  },
  searchText: (tr) => `${tr.name} ${tr.email} ${tr.id} ${tr.skills.join(' ')}`,
  filters: (plan, t) => [
    { id: 'kind', label: 'data.field.kind', options: TRAINER_KINDS.map((k) => ({ value: k, label: t(`data.kind.${k}`) })), matches: (tr, v) => tr.kind === v },
    { id: 'region', label: 'data.field.homeRegion', options: regionOptions, matches: (tr, v) => tr.homeRegion === v },
    {
      id: 'skill',
      label: 'data.field.skill',
      options: [...new Set(plan.trainers.flatMap((tr) => tr.skills))].sort().map((s) => ({ value: s, label: s })),
      matches: (tr, v) => tr.skills.includes(v),
    },
  ],
  fields: (_plan, t) => [
    { path: 'name', label: 'data.field.name', kind: 'text' },
    { path: 'kind', label: 'data.field.kind', kind: 'select', options: TRAINER_KINDS.map((k) => ({ value: k, label: t(`data.kind.${k}`) })) },
    { path: 'email', label: 'data.field.email', kind: 'text' },
    { path: 'phone', label: 'data.field.phone', kind: 'text' },
    { path: 'homeRegion', label: 'data.field.homeRegion', kind: 'select', options: regionOptions },
    { path: 'maxDays', label: 'data.field.maxDays', kind: 'number' },
    { path: 'dayRate', label: 'data.field.dayRate', kind: 'number' },
    { path: 'skills', label: 'data.field.skills', kind: 'tags', hint: 'data.hint.tags', wide: true },
    { path: 'unavailable', label: 'data.field.blocked', kind: 'ranges', wide: true },
  ],
  blank: () => ({ name: '', kind: 'external', email: '', phone: '', homeRegion: 'Hovedstaden', maxDays: 20, dayRate: 0, skills: [], unavailable: [] }),
  values: (tr) => structuredClone(tr),
  name: (tr) => tr.name,
  addLabel: 'data.add.trainer',
  async save(change, values, row) {
    if (row) await change('trainers.update', { id: row.id, patch: values });
    else await change('trainers.create', { trainer: values });
    return saved;
  },
  async remove(change, row, unassign) {
    await change('trainers.delete', { id: row.id, unassign });
  },
};
