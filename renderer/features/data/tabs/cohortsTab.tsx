import { isCentreVenue, type Cohort, type Plan } from '../../../../shared/domain/schema';
import { formatDate } from '../../../i18n/format';
import { saved, type TabConfig } from '../tabConfig';

const venueName = (plan: Plan, h: Cohort) => (isCentreVenue(h.venue) ? (plan.centres.find((c) => c.id === (h.venue as { centreId: string }).centreId)?.name ?? '') : (h.venue as { site: string }).site);

export const cohortsTab: TabConfig<Cohort> = {
  rows: (plan) => plan.cohorts,
  rowKey: (h) => h.id,
  defaultSort: { column: 'start', descending: false },
  columns: (plan, t, language) => {
    const course = (id: string) => plan.courses.find((c) => c.id === id);
    return [
      { id: 'name', label: 'data.field.name', width: 'minmax(0, 1.4fr)', sortValue: (h) => h.name, render: (h) => h.name },
      { id: 'course', label: 'data.field.course', width: '90px', sortValue: (h) => course(h.courseId)?.code ?? '', render: (h) => <abbr title={course(h.courseId)?.name}>{course(h.courseId)?.code ?? h.courseId}</abbr> },
      { id: 'customer', label: 'data.field.customer', minor: true, sortValue: (h) => h.customer, render: (h) => h.customer },
      { id: 'venue', label: 'data.field.venue', sortValue: (h) => venueName(plan, h), render: (h) => (isCentreVenue(h.venue) ? venueName(plan, h) : `⌂ ${venueName(plan, h)}`) },
      { id: 'participants', label: 'data.field.participants', width: '90px', minor: true, numeric: true, sortValue: (h) => h.participants, render: (h) => h.participants },
      { id: 'start', label: 'data.field.window', width: '210px', sortValue: (h) => h.window.start, render: (h) => `${formatDate(language, h.window.start)} – ${formatDate(language, h.window.end)}` },
    ];
  },
  searchText: (h) => `${h.name} ${h.customer} ${h.id}`,
  filters: (plan) => [
    { id: 'course', label: 'data.field.course', options: plan.courses.map((c) => ({ value: c.id, label: `${c.code} ${c.name}`.trim() })), matches: (h, v) => h.courseId === v },
    {
      id: 'venue',
      label: 'data.field.venue',
      options: [...plan.centres.map((c) => ({ value: c.id, label: c.name })), { value: '@site', label: '⌂' }],
      matches: (h, v) => (v === '@site' ? !isCentreVenue(h.venue) : isCentreVenue(h.venue) && (h.venue as { centreId: string }).centreId === v),
    },
  ],
  fields: (plan) => [
    { path: 'name', label: 'data.field.name', kind: 'text' },
    { path: 'courseId', label: 'data.field.course', kind: 'select', options: plan.courses.map((c) => ({ value: c.id, label: `${c.code} ${c.name}`.trim() })) },
    { path: 'customer', label: 'data.field.customer', kind: 'text' },
    { path: 'participants', label: 'data.field.participants', kind: 'number' },
    { path: 'venue', label: 'data.field.venue', kind: 'venue', wide: true, options: plan.centres.map((c) => ({ value: c.id, label: c.name })) },
    { path: 'window.start', label: 'data.field.windowStart', kind: 'date' },
    { path: 'window.end', label: 'data.field.windowEnd', kind: 'date' },
    { path: 'unavailable', label: 'data.field.cohortBlocked', kind: 'ranges', wide: true },
  ],
  blank: (plan) => ({
    name: '',
    courseId: plan.courses[0]?.id ?? '',
    customer: '',
    participants: 20,
    venue: { centreId: plan.centres[0]?.id ?? '' },
    window: { start: plan.term.start, end: plan.term.end },
    unavailable: [],
  }),
  values: (h) => ({ unavailable: [], ...structuredClone(h) }),
  name: (h) => h.name,
  addLabel: 'data.add.cohort',
  async save(change, values, row, _confirmed, t) {
    if (row) {
      await change('cohorts.update', { id: row.id, patch: values });
      return saved;
    }
    const { sessions } = await change('cohorts.create', { cohort: values });
    return { notice: t('data.cohort.created', { n: sessions.length }) };
  },
  async remove(change, row, unassign) {
    await change('cohorts.delete', { id: row.id, unassign });
  },
};
