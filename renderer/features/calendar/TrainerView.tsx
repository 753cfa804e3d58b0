// Trainers as rows on the same time axis as the room plan, filtered by skill,
// region, kind and name; virtualised so that all 700 stay fluent.
import { useMemo } from 'react';
import { REGIONS } from '../../../shared/domain/schema';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../../i18n/useT';
import { formatNumber } from '../../i18n/format';
import { SessionTimeline, type TimelineResource } from './SessionTimeline';
import { CalendarToolbar } from './CalendarToolbar';
import { HoverVerdictPanel } from './HoverVerdictPanel';
import { RefusedMoveDialog } from './RefusedMoveDialog';
import { Legend } from './Legend';
import { SessionDetails } from '../sessions/SessionDetails';
import { closedDaysIn } from './closedDays';
import { conflictMarks } from './conflictMarks';
import { trainerEvents } from './sessionEvents';
import { visibleRange } from './timeAxis';
import { usePlanIndex } from './verdict/usePlanIndex';
import { useSessionEditing } from './useSessionEditing';
import { legendOf, useProgrammeColours } from './useProgrammeColours';
import { usePlanCheck } from './usePlanCheck';
import { blockedEvents, filterTrainers, plannedDays } from './trainerRows';

export function TrainerView() {
  const { t, language } = useT();
  usePlanCheck();
  const index = usePlanIndex();
  const span = useAppStore((s) => s.calendarSpan);
  const chosenDate = useAppStore((s) => s.calendarDate);
  const filter = useAppStore((s) => s.trainerFilter);
  const setFilter = useAppStore((s) => s.setTrainerFilter);
  const openTrainer = useAppStore((s) => s.openTrainer);
  const openTrainerCancels = useAppStore((s) => s.openTrainerCancels);
  const check = useAppStore((s) => s.planCheck);
  const colours = useProgrammeColours();
  const { judge, drop, onEventClick } = useSessionEditing('trainer');

  const plan = index?.plan ?? null;
  const anchor = chosenDate ?? plan?.term.start ?? '2027-01-04';
  const range = useMemo(() => visibleRange(span, anchor), [span, anchor]);
  const marks = useMemo(() => conflictMarks(check), [check]);
  const skills = useMemo(() => [...new Set(plan?.trainers.flatMap((tr) => tr.skills) ?? [])].sort(), [plan]);
  const trainers = useMemo(() => (index ? filterTrainers(index, filter, range) : []), [index, filter, range]);

  const resources = useMemo<TimelineResource[]>(
    () =>
      index
        ? trainers.map((tr) => ({
            id: tr.id,
            title: tr.name,
            label: (
              <div className="hp-res-row">
                <button type="button" className="hp-res hp-res-link" onClick={() => openTrainer(tr.id)} data-testid={`trainer-${tr.id}`}>
                  <strong>{tr.name}</strong>
                  <small>
                    <span className={`hp-kind hp-kind-${tr.kind}`}>{tr.kind === 'internal' ? 'I' : 'E'}</span>
                    {tr.homeRegion} · {t('cal.trainers.load', { days: formatNumber(language, plannedDays(index, tr.id)), max: tr.maxDays })}
                  </small>
                </button>
                <button
                  type="button"
                  className="hp-res-action"
                  aria-label={`${t('cancels.fromRow')}: ${tr.name}`}
                  title={t('cancels.fromRow')}
                  onClick={() => openTrainerCancels(tr.id)}
                  data-testid={`trainer-cancels-${tr.id}`}
                >
                  <span aria-hidden="true">⊘</span>
                </button>
              </div>
            ),
          }))
        : [],
    [index, trainers, t, language, openTrainer, openTrainerCancels],
  );
  const events = useMemo(() => {
    if (!index) return [];
    const sessions = trainerEvents({ index, range, span, marks, colourOf: (id) => colours.byCourse.get(id) ?? '#777', t }, new Set(trainers.map((tr) => tr.id)));
    return [...blockedEvents(trainers, range), ...sessions];
  }, [index, range, span, marks, colours, t, trainers]);
  const closed = useMemo(() => (plan ? closedDaysIn(range, plan.closures, null, t) : []), [plan, range, t]);

  if (!plan || plan.trainers.length === 0) {
    return (
      <section className="hp-screen-empty" data-testid="screen-trainers">
        <p>{plan ? t('cal.rooms.empty') : t('cal.loading')}</p>
      </section>
    );
  }
  return (
    <section className="hp-screen" data-testid="screen-trainers" aria-labelledby="trainers-title">
      <h1 id="trainers-title" className="hp-visually-hidden">
        {t('cal.trainers.title')}
      </h1>
      <CalendarToolbar range={range} anchor={anchor} termStart={plan.term.start} />
      <div className="hp-filters">
        <label className="hp-field">
          <span>{t('cal.trainers.skill')}</span>
          <select value={filter.skill} onChange={(e) => setFilter({ skill: e.target.value })} data-testid="filter-skill">
            <option value="">{t('cal.trainers.any')}</option>
            {skills.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="hp-field">
          <span>{t('cal.trainers.region')}</span>
          <select value={filter.region} onChange={(e) => setFilter({ region: e.target.value })} data-testid="filter-region">
            <option value="">{t('cal.trainers.any')}</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label className="hp-field">
          <span>{t('cal.trainers.kind')}</span>
          <select value={filter.kind} onChange={(e) => setFilter({ kind: e.target.value as '' | 'internal' | 'external' })} data-testid="filter-kind">
            <option value="">{t('cal.trainers.any')}</option>
            <option value="internal">{t('cal.trainers.internal')}</option>
            <option value="external">{t('cal.trainers.external')}</option>
          </select>
        </label>
        <label className="hp-field">
          <input type="search" placeholder={t('cal.trainers.search')} aria-label={t('cal.trainers.search')} value={filter.text} onChange={(e) => setFilter({ text: e.target.value })} data-testid="filter-text" />
        </label>
        <label className="hp-field">
          <input type="checkbox" checked={filter.busyOnly} onChange={(e) => setFilter({ busyOnly: e.target.checked })} data-testid="filter-busy" />
          {t('cal.trainers.busyOnly')}
        </label>
        <span className="hp-muted" data-testid="trainers-shown">
          {t('cal.trainers.shown', { shown: formatNumber(language, trainers.length), total: formatNumber(language, plan.trainers.length) })}
        </span>
      </div>
      <div className="hp-cal-body">
        <SessionTimeline
          testId="trainer-timeline"
          resourceHeader={t('cal.trainers.header')}
          resources={resources}
          events={events}
          range={range}
          span={span}
          closedDays={closed}
          virtual
          judge={judge}
          drop={drop}
          onEventClick={onEventClick}
        />
        <HoverVerdictPanel />
      </div>
      <Legend programmes={legendOf(colours, events)} blocked />
      <SessionDetails />
      <RefusedMoveDialog />
    </section>
  );
}
