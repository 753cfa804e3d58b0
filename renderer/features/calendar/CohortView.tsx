// One cohort: its course days on a month calendar with its window shaded (and
// the customer's own blocked dates), beside a list of its days with date, room
// and trainers.
import { useMemo, useState } from 'react';
import type { EventInput } from '@fullcalendar/react';
import { addDays } from '../../../shared/calendar/dates';
import { isCentreVenue } from '../../../shared/domain/schema';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../i18n/format';
import { MonthCalendar } from './MonthCalendar';
import { MonthToolbar } from './MonthToolbar';
import { Legend } from './Legend';
import { SessionDetails } from '../sessions/SessionDetails';
import { RefusedMoveDialog } from './RefusedMoveDialog';
import { closedDaysIn } from './closedDays';
import { conflictMarks } from './conflictMarks';
import { describeSession } from './describeSession';
import { firstOfMonth, visibleRange } from './timeAxis';
import { usePlanIndex } from './verdict/usePlanIndex';
import { legendOf, useProgrammeColours } from './useProgrammeColours';
import { usePlanCheck } from './usePlanCheck';

export function CohortView() {
  const { t, language } = useT();
  usePlanCheck();
  const index = usePlanIndex();
  const chosen = useAppStore((s) => s.openCohortId);
  const openCohort = useAppStore((s) => s.openCohort);
  const openSession = useAppStore((s) => s.openSession);
  const check = useAppStore((s) => s.planCheck);
  const colours = useProgrammeColours();
  const [search, setSearch] = useState('');
  const cohortId = chosen ?? index?.plan.cohorts[0]?.id ?? null;
  const cohort = cohortId ? index?.cohorts.get(cohortId) : undefined;
  const sessions = useMemo(() => (cohort && index ? [...(index.byCohort.get(cohort.id) ?? [])].sort((a, b) => a.dayIndex - b.dayIndex) : []), [cohort, index]);
  const firstDate = sessions.find((s) => s.date !== null)?.date ?? cohort?.window.start ?? index?.plan.term.start ?? '2027-01-04';
  const [monthFor, setMonthFor] = useState<{ cohortId: string | null; month: string } | null>(null);
  const month = monthFor && monthFor.cohortId === cohortId ? monthFor.month : firstOfMonth(firstDate);
  const range = useMemo(() => visibleRange('month', month), [month]);
  const marks = useMemo(() => conflictMarks(check), [check]);

  const matching = useMemo(() => {
    const q = search.trim().toLocaleLowerCase();
    const all = index?.plan.cohorts ?? [];
    return q ? all.filter((c) => `${c.name} ${c.customer}`.toLocaleLowerCase().includes(q)) : all;
  }, [index, search]);

  const events = useMemo<EventInput[]>(() => {
    if (!index || !cohort) return [];
    const out: EventInput[] = [
      { id: 'window', start: cohort.window.start, end: addDays(cohort.window.end, 1), allDay: true, display: 'background', className: 'hp-window' },
      ...(cohort.unavailable ?? []).map((r, i) => ({
        id: `cust-${i}`,
        start: r.start,
        end: addDays(r.end, 1),
        allDay: true,
        display: 'background',
        className: 'hp-customer-blocked',
        title: t('cal.cohorts.customerBlocked'),
      })),
    ];
    for (const s of sessions) {
      if (s.date === null) continue;
      const w = describeSession(index, s, t);
      const conflict = marks.get(s.id);
      const classes = ['hp-event', `hp-s-${s.id}`];
      if (conflict) classes.push(conflict.mark === 'lockedConflict' ? 'hp-locked-conflict' : 'hp-conflict');
      out.push({
        id: s.id,
        start: s.date,
        allDay: true,
        title: w.day,
        color: colours.byCourse.get(w.courseId) ?? '#777',
        extendedProps: {
          sessionId: s.id,
          lines: [`${s.slot === 'full' ? '' : `${t(s.slot === 'am' ? 'cal.am' : 'cal.pm')} `}${w.day}`, `${w.room} · ${w.trainers}`],
          tooltip: [w.day, w.slot, w.room, w.trainers, ...(conflict?.reasons ?? [])].join('\n'),
          locked: s.locked.length > 0,
          classes: classes.join(' '),
        },
      });
    }
    return out;
  }, [index, cohort, sessions, marks, colours, t]);
  const centreId = cohort && isCentreVenue(cohort.venue) ? cohort.venue.centreId : null;
  const closed = useMemo(() => (index ? closedDaysIn(range, index.plan.closures, centreId, t) : []), [index, range, centreId, t]);

  if (!index || index.plan.cohorts.length === 0) {
    return (
      <section className="hp-screen-empty" data-testid="screen-cohorts">
        <p>{index ? t('cal.rooms.empty') : t('cal.loading')}</p>
      </section>
    );
  }
  return (
    <section className="hp-screen" data-testid="screen-cohorts" aria-labelledby="cohort-title">
      <div className="hp-toolbar">
        <label className="hp-field">
          <input type="search" placeholder={t('cal.cohorts.search')} aria-label={t('cal.cohorts.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label className="hp-field">
          <span>{t('cal.cohorts.pick')}</span>
          <select value={cohortId ?? ''} onChange={(e) => openCohort(e.target.value)} data-testid="cohort-select">
            {cohortId && !matching.some((c) => c.id === cohortId) && cohort ? <option value={cohort.id}>{cohort.name}</option> : null}
            {matching.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <MonthToolbar month={month} onChange={(m) => setMonthFor({ cohortId, month: m })} home={firstDate} />
      </div>
      {cohort ? (
        <>
          <div>
            <h1 id="cohort-title" className="hp-title">
              {cohort.name}
            </h1>
            <span className="hp-muted">
              {index.courses.get(cohort.courseId)?.name} · {cohort.customer} · {t('cal.participants', { n: cohort.participants })} ·{' '}
              {t('cal.cohorts.window', { start: formatDate(language, cohort.window.start), end: formatDate(language, cohort.window.end) })}
            </span>
          </div>
          <div className="hp-split">
            <div className="hp-cal-body">
              <MonthCalendar testId="cohort-month" month={month} events={events} closedDays={closed} onEventClick={openSession} />
            </div>
            <div className="hp-side">
              <table className="hp-days-table" data-testid="cohort-days">
                <thead>
                  <tr>
                    <th>{t('cal.cohorts.day')}</th>
                    <th>{t('cal.cohorts.date')}</th>
                    <th>{t('cal.cohorts.room')}</th>
                    <th>{t('cal.cohorts.trainers')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sessions.map((s) => {
                    const w = describeSession(index, s, t);
                    const conflict = marks.get(s.id);
                    return (
                      <tr key={s.id} onClick={() => openSession(s.id)} className={conflict ? `hp-row-${conflict.mark}` : undefined}>
                        <td>
                          {conflict ? '⚠ ' : ''}
                          {s.dayIndex + 1}
                          {s.slot === 'full' ? '' : ` (${t(s.slot === 'am' ? 'cal.am' : 'cal.pm')})`}
                        </td>
                        <td>{s.date ? formatDate(language, s.date) : <em>{t('cal.cohorts.unplanned')}</em>}</td>
                        <td>{w.room}</td>
                        <td>{w.trainers}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
          <div className="hp-legend">
            <span className="hp-legend-item">
              <span className="hp-swatch hp-window" />
              {t('cal.cohorts.windowLabel')}
            </span>
            <span className="hp-legend-item">
              <span className="hp-swatch hp-customer-blocked" />
              {t('cal.cohorts.customerBlocked')}
            </span>
          </div>
          <Legend programmes={legendOf(colours, events)} />
        </>
      ) : null}
      <SessionDetails />
      <RefusedMoveDialog />
    </section>
  );
}
