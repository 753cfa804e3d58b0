// One trainer's own month: their course days and their blocked dates.
import { useMemo, useState } from 'react';
import type { EventInput } from '@fullcalendar/react';
import { addDays } from '../../../shared/calendar/dates';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../../i18n/useT';
import { formatDate, formatNumber } from '../../i18n/format';
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
import { plannedDays } from './trainerRows';

export function TrainerMonth({ trainerId }: { trainerId: string }) {
  const { t, language } = useT();
  usePlanCheck();
  const index = usePlanIndex();
  const openTrainer = useAppStore((s) => s.openTrainer);
  const openSession = useAppStore((s) => s.openSession);
  const openTrainerCancels = useAppStore((s) => s.openTrainerCancels);
  const chosenDate = useAppStore((s) => s.calendarDate);
  const check = useAppStore((s) => s.planCheck);
  const colours = useProgrammeColours();
  const trainer = index?.trainers.get(trainerId);
  const [month, setMonth] = useState(() => firstOfMonth(chosenDate ?? index?.plan.term.start ?? '2027-01-04'));
  const range = useMemo(() => visibleRange('month', month), [month]);
  const marks = useMemo(() => conflictMarks(check), [check]);

  const events = useMemo<EventInput[]>(() => {
    if (!index || !trainer) return [];
    const out: EventInput[] = trainer.unavailable.map((r, i) => ({
      id: `blocked-${i}`,
      start: r.start,
      end: addDays(r.end, 1),
      allDay: true,
      display: 'background',
      className: 'hp-blocked',
      title: t('cal.trainers.blocked'),
    }));
    for (const s of index.byTrainer.get(trainer.id) ?? []) {
      if (s.date === null) continue;
      const w = describeSession(index, s, t);
      const conflict = marks.get(s.id);
      const classes = ['hp-event', `hp-s-${s.id}`];
      if (conflict) classes.push(conflict.mark === 'lockedConflict' ? 'hp-locked-conflict' : 'hp-conflict');
      out.push({
        id: s.id,
        start: s.date,
        allDay: true,
        title: w.cohort,
        color: colours.byCourse.get(w.courseId) ?? '#777',
        extendedProps: {
          sessionId: s.id,
          lines: [`${s.slot === 'full' ? '' : `${t(s.slot === 'am' ? 'cal.am' : 'cal.pm')} `}${w.cohort}`, `${w.venue} · ${w.room}`],
          tooltip: [w.cohort, w.day, w.course, `${w.venue} · ${w.room}`, ...(conflict?.reasons ?? [])].join('\n'),
          locked: s.locked.length > 0,
          classes: classes.join(' '),
        },
      });
    }
    return out;
  }, [index, trainer, marks, colours, t]);
  const closed = useMemo(() => (index ? closedDaysIn(range, index.plan.closures, null, t) : []), [index, range, t]);

  if (!index || !trainer) return <p>{t('cal.loading')}</p>;
  return (
    <section className="hp-screen" data-testid="screen-trainer-month" aria-labelledby="trainer-title">
      <div className="hp-toolbar">
        <button type="button" className="hp-btn" onClick={() => openTrainer(null)} data-testid="trainer-back">
          ← {t('cal.trainers.back')}
        </button>
        <h1 id="trainer-title" className="hp-title">
          {trainer.name}
        </h1>
        <span className="hp-muted">
          <span className={`hp-kind hp-kind-${trainer.kind}`}>{trainer.kind === 'internal' ? t('cal.trainers.internal') : t('cal.trainers.external')}</span>
          {trainer.homeRegion} · {trainer.skills.join(', ')} · {t('cal.trainers.load', { days: formatNumber(language, plannedDays(index, trainer.id)), max: trainer.maxDays })} ·{' '}
          {t('cal.trainers.rate', { rate: formatNumber(language, trainer.dayRate) })}
        </span>
        <MonthToolbar month={month} onChange={setMonth} home={index.plan.term.start} />
        <button type="button" className="hp-btn" onClick={() => openTrainerCancels(trainer.id)} data-testid="trainer-month-cancels">
          ⊘ {t('cancels.fromRow')}
        </button>
      </div>
      <div className="hp-cal-body">
        <MonthCalendar testId="trainer-month" month={month} events={events} closedDays={closed} onEventClick={openSession} />
      </div>
      <div className="hp-legend">
        <span className="hp-legend-item">
          <span className="hp-swatch hp-blocked" />
          {t('cal.trainers.blocked')}: {trainer.unavailable.map((r) => (r.start === r.end ? formatDate(language, r.start) : `${formatDate(language, r.start)} – ${formatDate(language, r.end)}`)).join('; ')}
        </span>
      </div>
      <Legend programmes={legendOf(colours, events)} />
      <SessionDetails />
      <RefusedMoveDialog />
    </section>
  );
}
