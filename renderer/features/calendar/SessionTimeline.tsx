// Rows of rooms or trainers against the days of a week, two weeks or a month,
// with sessions as events that can be dragged to another day or row. Half days
// are halves of their day (slots of 12 hours; drags move whole days).
import { memo, useCallback, useMemo, useRef, type ReactNode } from 'react';
import FullCalendar, { type CalendarOptions, type EventInput } from '@fullcalendar/react';
import type { IsoDate } from '../../../shared/domain/schema';
import type { Violation } from '../../../shared/rules/types';
import type { CalendarSpan } from '../../store/calendarSlice';
import { useT } from '../../i18n/useT';
import { daysBetween, isoWeekNumber } from '../../../shared/calendar/dates';
import { calendarLocale, LICENCE_KEY, TIMELINE_PLUGINS } from './fullCalendarSetup';
import { isoOfDate, type DayRange } from './timeAxis';
import type { ClosedDay } from './closedDays';
import { LockIcon } from './LockIcon';
import { lastPointerMove, setHoverVerdict } from './hoverVerdictStore';

export interface TimelineResource {
  id: string;
  title: string;
  /** What the row's label cell shows. */
  label: ReactNode;
}

/** Where a session was grabbed and where it is over. */
export interface DragTarget {
  sessionId: string;
  /** The row it was grabbed from (a trainer row names one of its trainers). */
  fromResourceId: string;
  toResourceId: string;
  date: IsoDate;
}

export interface TimelineProps {
  testId: string;
  resourceHeader: string;
  resources: readonly TimelineResource[];
  events: EventInput[];
  range: DayRange;
  span: CalendarSpan;
  closedDays: readonly ClosedDay[];
  virtual: boolean;
  judge(target: DragTarget): { hard: Violation[]; target: string };
  drop(target: DragTarget): Promise<boolean>;
  onEventClick(sessionId: string, lockClicked: boolean): void;
}

function eventSessionId(props: Record<string, unknown>): string {
  return typeof props['sessionId'] === 'string' ? props['sessionId'] : '';
}

export const SessionTimeline = memo(function SessionTimeline(props: TimelineProps) {
  const { judge, drop, onEventClick, closedDays, range, span } = props;
  const { t, language } = useT();
  const lastKey = useRef('');
  const closedByDate = useMemo(() => new Map(closedDays.map((d) => [d.date, d])), [closedDays]);
  const days = daysBetween(range.start, range.end);

  const background = useMemo<EventInput[]>(
    () =>
      closedDays.map((d) => ({
        id: `closed-${d.date}`,
        start: d.date,
        allDay: true,
        display: 'background',
        className: `hp-closed hp-closed-${d.kind}`,
      })),
    [closedDays],
  );
  const events = useMemo(() => [...background, ...props.events], [background, props.events]);

  const targetOf = useCallback(
    (sessionId: string, fromResourceId: string, toResourceId: string | undefined, start: Date | null): DragTarget | null => {
      if (!start || !toResourceId) return null;
      return { sessionId, fromResourceId, toResourceId, date: isoOfDate(start) };
    },
    [],
  );

  const options = useMemo<CalendarOptions>(
    () => ({
      plugins: TIMELINE_PLUGINS,
      schedulerLicenseKey: LICENCE_KEY,
      locale: calendarLocale(language),
      initialView: 'holdplanTimeline',
      views: { holdplanTimeline: { type: 'resourceTimeline', duration: { days } } },
      initialDate: range.start,
      headerToolbar: false,
      height: '100%',
      firstDay: 1,
      slotDuration: { hours: 12 },
      snapDuration: { days: 1 },
      slotMinWidth: span === 'month' ? 14 : span === 'twoWeeks' ? 28 : 40,
      // A month shows weeks and days only; a week or two also names the halves.
      slotHeaderFormat: span === 'month' ? [{ week: 'numeric' }, { day: 'numeric' }] : [{ week: 'numeric' }, { weekday: 'short', day: 'numeric', month: 'numeric' }, { hour: 'numeric' }],
      slotHeaderInterval: span === 'month' ? { hours: 24 } : undefined,
      slotHeaderAlign: 'center',
      slotHeaderContent: (info) => {
        const top = span === 'month' ? 1 : 2;
        if (info.level === top) return t('cal.weekNo', { n: isoWeekNumber(isoOfDate(info.date)) });
        if (info.level === 0 && span !== 'month') return t(info.date.getHours() < 12 ? 'cal.am' : 'cal.pm');
        const iso = isoOfDate(info.date);
        const closed = closedByDate.get(iso);
        const text = span === 'month' ? String(info.date.getDate()) : info.text;
        return (
          <span className="hp-day-head" title={closed?.label} data-date={iso}>
            {text}
            {closed && closed.kind !== 'weekend' && span !== 'month' ? <small className="hp-day-closed">{closed.label}</small> : null}
          </span>
        );
      },
      slotHeaderClass: (info) => {
        if (info.level === (span === 'month' ? 1 : 2)) return 'hp-week-head';
        if (info.level === 0 && span !== 'month') return 'hp-half-head';
        const closed = closedByDate.get(isoOfDate(info.date));
        return closed ? `hp-head-closed hp-head-${closed.kind}` : undefined;
      },
      resourceColumnsWidth: 190,
      resourceColumns: [{ headerContent: props.resourceHeader, cellContent: (info) => (info.resource ? (props.resources.find((r) => r.id === info.resource?.id)?.label ?? info.resource.title) : null) }],
      resourceOrder: 'order',
      resources: props.resources.map((r, order) => ({ id: r.id, title: r.title, order })),
      virtualization: props.virtual,
      events,
      editable: true,
      eventDurationEditable: false,
      eventResourceEditable: true,
      eventOverlap: true,
      eventAllow: (spanInfo, moving) => {
        if (!moving) return true;
        const sessionId = eventSessionId(moving.extendedProps);
        const from = String(moving.extendedProps['resourceId'] ?? '');
        const target = targetOf(sessionId, from, spanInfo.resource?.id, spanInfo.start);
        if (!target) return true;
        const key = `${sessionId}|${target.toResourceId}|${target.date}`;
        if (key !== lastKey.current) {
          lastKey.current = key;
          const pointerAt = lastPointerMove();
          const verdict = judge(target);
          setHoverVerdict({ sessionId, target: verdict.target, hard: verdict.hard, pointerAt });
        }
        return true;
      },
      eventDragStop: () => {
        lastKey.current = '';
        setHoverVerdict(null);
      },
      eventDrop: (info) => {
        const sessionId = eventSessionId(info.event.extendedProps);
        const from = String(info.event.extendedProps['resourceId'] ?? '');
        const to = info.newResource?.id ?? from;
        const target = targetOf(sessionId, from, to, info.event.start);
        if (!target) {
          info.revert();
          return;
        }
        void drop(target).then((saved) => {
          if (!saved) info.revert();
        });
      },
      eventClick: (info) => {
        const lock = info.jsEvent.target instanceof Element && info.jsEvent.target.closest('[data-lock]') !== null;
        onEventClick(eventSessionId(info.event.extendedProps), lock);
      },
      eventContent: (info) => {
        const lines = (info.event.extendedProps['lines'] as string[] | undefined) ?? [info.event.title];
        const locked = info.event.extendedProps['locked'] === true;
        const tooltip = String(info.event.extendedProps['tooltip'] ?? info.event.title);
        return (
          <div className="hp-ev" title={tooltip} data-testid={`event-${eventSessionId(info.event.extendedProps)}`}>
            {locked ? (
              <span className="hp-lock" data-lock="1" role="button" aria-label={t('session.unlock')} title={t('session.unlock')} data-testid="event-lock">
                <LockIcon />
              </span>
            ) : null}
            {lines.map((line, i) => (
              <span key={i} className={i === 0 ? 'hp-ev-title' : 'hp-ev-line'}>
                {line}
              </span>
            ))}
          </div>
        );
      },
      eventClass: (info) => String(info.event.extendedProps['classes'] ?? ''),
      resourceLaneClass: 'hp-lane',
      dayMinWidth: undefined,
    }),
    // The calendar remounts per range and span (see key below): these are its inputs.
    [events, props.resources, language, t, props.virtual, range.start, days, span, closedByDate, judge, drop, onEventClick],
  );

  return (
    <div className={`hp-timeline hp-span-${span}`} data-testid={props.testId}>
      <FullCalendar key={`${range.start}|${span}`} {...options} />
    </div>
  );
});
