import type { Course } from '../../../../shared/domain/schema';
import { saved, type TabConfig } from '../tabConfig';

export const coursesTab: TabConfig<Course> = {
  rows: (plan) => plan.courses,
  rowKey: (c) => c.id,
  defaultSort: { column: 'name', descending: false },
  columns: (plan, t) => {
    const cohorts = (id: string) => plan.cohorts.filter((h) => h.courseId === id).length;
    return [
      { id: 'code', label: 'data.field.code', width: '90px', sortValue: (c) => c.code, render: (c) => c.code },
      { id: 'name', label: 'data.field.name', width: 'minmax(0, 1.4fr)', sortValue: (c) => c.name, render: (c) => c.name },
      {
        id: 'days',
        label: 'data.field.days',
        minor: true,
        width: 'minmax(0, 2fr)',
        sortValue: (c) => c.days.length,
        render: (c) => `${c.days.length}: ${c.days.map((d) => (d.slot === 'full' ? t(`data.dayKind.${d.kind}`) : `${t(`data.dayKind.${d.kind}`)} (${t(`data.slot.${d.slot}`)})`)).join(', ')}`,
      },
      { id: 'cohorts', label: 'data.field.cohorts', width: '80px', numeric: true, sortValue: (c) => cohorts(c.id), render: (c) => cohorts(c.id) },
    ];
  },
  searchText: (c) => `${c.code} ${c.name} ${c.id} ${c.days.map((d) => `${d.title} ${d.skills.join(' ')}`).join(' ')}`,
  fields: () => [
    { path: 'code', label: 'data.field.code', kind: 'text' },
    { path: 'name', label: 'data.field.name', kind: 'text' },
    { path: 'days', label: 'data.field.days', kind: 'days', wide: true },
  ],
  blank: () => ({ code: '', name: '', days: [{ title: 'Dag 1', kind: 'teaching', slot: 'full', skills: [], trainers: 1, equipment: [], minGapDays: 1 }] }),
  values: (c) => structuredClone(c),
  name: (c) => `${c.code} ${c.name}`.trim(),
  addLabel: 'data.add.course',
  async save(change, values, row, confirmed, t) {
    if (!row) {
      await change('courses.create', { course: values });
      return saved;
    }
    const impact = await change('courses.update', { id: row.id, patch: values, confirm: confirmed });
    if (!impact.applied) {
      return { confirm: t('data.course.impact', { removed: impact.removedSessions.length, changed: impact.changedSessions.length }) };
    }
    return { notice: impact.addedSessionCount > 0 ? t('data.course.added', { n: impact.addedSessionCount }) : null };
  },
  async remove(change, row, unassign) {
    await change('courses.delete', { id: row.id, unassign });
  },
};
