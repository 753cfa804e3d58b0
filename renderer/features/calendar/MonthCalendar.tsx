// One month, Monday first, with ISO week numbers: a trainer's or a cohort's own
// calendar. Closed days are shaded and named; background ranges (blocked dates,
// a cohort's window) come in with the events.
import { memo, useMemo } from 'react';
import FullCalendar, { type CalendarOptions, type EventInput } from '@fullcalendar/react';
import { useT } from '../../i18n/useT';
import { calendarLocale, MONTH_PLUGINS } from './fullCalendarSetup';
import { LockIcon } from './LockIcon';
import { isoOfDate } from './timeAxis';
import type { ClosedDay } from './closedDays';

export interface MonthCalendarProps {
  testId: string;
  month: string;
  events: EventInput[];
  closedDays: readonly ClosedDay[];
  onEventClick(sessionId: string): void;
}

export const MonthCalendar = memo(function MonthCalendar({ testId, month, events, closedDays, onEventClick }: MonthCalendarProps) {
  const { t, language } = useT();
  const closedByDate = useMemo(() => new Map(closedDays.map((d) => [d.date, d])), [closedDays]);
  const options = useMemo<CalendarOptions>(
    () => ({
      plugins: MONTH_PLUGINS,
      locale: calendarLocale(language),
      initialView: 'dayGridMonth',
      initialDate: month,
      headerToolbar: false,
      height: '100%',
      firstDay: 1,
      weekNumbers: true,
      weekNumberHeaderContent: () => t('cal.week'),
      inlineWeekNumberContent: (info) => t('cal.weekNo', { n: info.num }),
      fixedWeekCount: false,
      dayMaxEvents: 3,
      editable: false,
      events,
      dayCellClass: (info) => {
        const closed = closedByDate.get(isoOfDate(info.date));
        return closed ? `hp-head-closed hp-head-${closed.kind}` : undefined;
      },
      dayCellTopContent: (info) => {
        const closed = closedByDate.get(isoOfDate(info.date));
        return (
          <span className="hp-day-head hp-day-head-month" title={closed?.label}>
            {info.dayNumberText}
            {closed && closed.kind !== 'weekend' ? <small className="hp-day-closed">{closed.label}</small> : null}
          </span>
        );
      },
      backgroundEventContent: (info) => (info.event.title ? <span className="hp-bg-label">{info.event.title}</span> : null),
      eventContent: (info) => {
        const lines = (info.event.extendedProps['lines'] as string[] | undefined) ?? [info.event.title];
        return (
          <div className="hp-ev" title={String(info.event.extendedProps['tooltip'] ?? info.event.title)} data-testid={`event-${String(info.event.extendedProps['sessionId'] ?? '')}`}>
            {info.event.extendedProps['locked'] === true ? <span className="hp-lock">
                <LockIcon />
              </span> : null}
            {lines.map((line, i) => (
              <span key={i} className={i === 0 ? 'hp-ev-title' : 'hp-ev-line'}>
                {line}
              </span>
            ))}
          </div>
        );
      },
      eventClass: (info) => String(info.event.extendedProps['classes'] ?? ''),
      eventClick: (info) => {
        const id = info.event.extendedProps['sessionId'];
        if (typeof id === 'string') onEventClick(id);
      },
    }),
    [language, t, month, events, closedByDate, onEventClick],
  );
  return (
    <div className="hp-month" data-testid={testId}>
      <FullCalendar key={month} {...options} />
    </div>
  );
});
