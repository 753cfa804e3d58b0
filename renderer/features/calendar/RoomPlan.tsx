// The room plan: one centre's rooms as rows, the days of a week, two weeks or a
// month as columns, the sessions as events that can be dragged to another day or room.
import { useMemo } from 'react';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../../i18n/useT';
import { SessionTimeline, type TimelineResource } from './SessionTimeline';
import { CalendarToolbar } from './CalendarToolbar';
import { HoverVerdictPanel } from './HoverVerdictPanel';
import { RefusedMoveDialog } from './RefusedMoveDialog';
import { Legend } from './Legend';
import { SessionDetails } from '../sessions/SessionDetails';
import { closedDaysIn } from './closedDays';
import { conflictMarks } from './conflictMarks';
import { roomPlanEvents } from './sessionEvents';
import { visibleRange } from './timeAxis';
import { usePlanIndex } from './verdict/usePlanIndex';
import { useSessionEditing } from './useSessionEditing';
import { legendOf, useProgrammeColours } from './useProgrammeColours';
import { usePlanCheck } from './usePlanCheck';

export function RoomPlan() {
  const { t } = useT();
  usePlanCheck();
  const index = usePlanIndex();
  const chosenCentre = useAppStore((s) => s.calendarCentreId);
  const setCentre = useAppStore((s) => s.setCalendarCentre);
  const span = useAppStore((s) => s.calendarSpan);
  const chosenDate = useAppStore((s) => s.calendarDate);
  const check = useAppStore((s) => s.planCheck);
  const colours = useProgrammeColours();
  const { judge, drop, onEventClick } = useSessionEditing('room');

  const plan = index?.plan ?? null;
  const centreId = chosenCentre ?? plan?.centres[0]?.id ?? null;
  const anchor = chosenDate ?? plan?.term.start ?? '2027-01-04';
  const range = useMemo(() => visibleRange(span, anchor), [span, anchor]);
  const marks = useMemo(() => conflictMarks(check), [check]);

  const rooms = useMemo(() => plan?.rooms.filter((r) => r.centreId === centreId) ?? [], [plan, centreId]);
  const resources = useMemo<TimelineResource[]>(
    () =>
      rooms.map((r) => ({
        id: r.id,
        title: r.name,
        label: (
          <div className="hp-res" data-testid={`room-${r.id}`}>
            <strong>{r.name}</strong>
            <small>
              {t('cal.rooms.capacity', { n: r.capacity })}
              {r.equipment.length > 0 ? ` · ${r.equipment.join(', ')}` : ''}
            </small>
          </div>
        ),
      })),
    [rooms, t],
  );
  const events = useMemo(
    () => (index ? roomPlanEvents({ index, range, span, marks, colourOf: (id) => colours.byCourse.get(id) ?? '#777', t }, new Set(rooms.map((r) => r.id))) : []),
    [index, range, span, marks, colours, t, rooms],
  );
  const closed = useMemo(() => (plan ? closedDaysIn(range, plan.closures, centreId, t) : []), [plan, range, centreId, t]);

  if (!plan || plan.centres.length === 0) {
    return (
      <section className="hp-screen-empty" data-testid="screen-rooms">
        <p>{plan ? t('cal.rooms.empty') : t('cal.loading')}</p>
      </section>
    );
  }
  return (
    <section className="hp-screen" data-testid="screen-rooms" aria-labelledby="rooms-title">
      <h1 id="rooms-title" className="hp-visually-hidden">
        {t('cal.rooms.title')}
      </h1>
      <CalendarToolbar range={range} anchor={anchor} termStart={plan.term.start}>
        <label className="hp-field">
          <span>{t('cal.centre')}</span>
          <select value={centreId ?? ''} onChange={(e) => setCentre(e.target.value)} data-testid="centre-select">
            {plan.centres.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </CalendarToolbar>
      <div className="hp-cal-body">
        <SessionTimeline
          testId="room-timeline"
          resourceHeader={t('cal.rooms.header')}
          resources={resources}
          events={events}
          range={range}
          span={span}
          closedDays={closed}
          virtual={false}
          judge={judge}
          drop={drop}
          onEventClick={onEventClick}
        />
        <HoverVerdictPanel />
      </div>
      <Legend programmes={legendOf(colours, events)} />
      <SessionDetails />
      <RefusedMoveDialog />
    </section>
  );
}
