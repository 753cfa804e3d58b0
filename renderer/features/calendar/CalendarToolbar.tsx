import { useContext, type ReactNode } from 'react';
import { StoreContext } from '../../store/StoreProvider';
import { useAppStore } from '../../store/useAppStore';
import type { CalendarSpan } from '../../store/calendarSlice';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../i18n/format';
import { addDays, isoWeekNumber } from '../../../shared/calendar/dates';
import { stepAnchor, type DayRange } from './timeAxis';
import { DateField } from '../dates/DateField';
import { usePeriodKeys } from '../keyboard/usePeriodKeys';

const SPANS: CalendarSpan[] = ['week', 'twoWeeks', 'month'];

/** Period navigation shared by the timelines: span, previous/next, term start, and the view's own filters. */
export function CalendarToolbar({ range, anchor, termStart, spans = SPANS, children }: { range: DayRange; anchor: string; termStart: string; spans?: CalendarSpan[]; children?: ReactNode }) {
  const { t, language } = useT();
  const span = useAppStore((s) => s.calendarSpan);
  const setSpan = useAppStore((s) => s.setCalendarSpan);
  const setDate = useAppStore((s) => s.setCalendarDate);
  const store = useContext(StoreContext);
  // Keys read the store, not this render: two quick presses must step twice.
  const current = () => {
    const state = store?.getState();
    return { span: state?.calendarSpan ?? span, anchor: state?.calendarDate ?? anchor };
  };
  usePeriodKeys({
    step: (direction) => {
      const now = current();
      setDate(stepAnchor(now.span, now.anchor, direction));
    },
    home: () => setDate(termStart),
    span: (s) => spans.includes(s) && setSpan(s),
  });
  const last = addDays(range.end, -1);
  const weeks = isoWeekNumber(range.start) === isoWeekNumber(last) ? `${isoWeekNumber(range.start)}` : `${isoWeekNumber(range.start)}–${isoWeekNumber(last)}`;
  return (
    <div className="hp-toolbar" role="toolbar">
      {children}
      <div className="hp-toolbar-group" role="group" aria-label={t('cal.period')}>
        {spans.map((s) => (
          <button key={s} type="button" className="hp-btn" aria-pressed={span === s} data-testid={`span-${s}`} onClick={() => setSpan(s)}>
            {t(`cal.span.${s}`)}
          </button>
        ))}
      </div>
      <div className="hp-toolbar-group">
        <button type="button" className="hp-btn" aria-label={t('cal.prev')} data-testid="period-prev" onClick={() => setDate(stepAnchor(span, anchor, -1))}>
          ‹
        </button>
        <button type="button" className="hp-btn" onClick={() => setDate(termStart)}>
          {t('cal.termStart')}
        </button>
        <button type="button" className="hp-btn" aria-label={t('cal.next')} data-testid="period-next" onClick={() => setDate(stepAnchor(span, anchor, 1))}>
          ›
        </button>
      </div>
      <label className="hp-field">
        <span>{t('cal.goto')}</span>
        <DateField value={anchor} onChange={(iso) => iso && setDate(iso)} data-testid="goto-date" />
      </label>
      <div className="hp-period" data-testid="period-label">
        <strong>{t('cal.weekNo', { n: weeks })}</strong> · {formatDate(language, range.start)} – {formatDate(language, last)}
      </div>
    </div>
  );
}
