import { useRef } from 'react';
import { useT } from '../../i18n/useT';
import { firstOfMonth, stepAnchor } from './timeAxis';
import { usePeriodKeys } from '../keyboard/usePeriodKeys';

/** Previous / next month and the month's name, for the month calendars; `home` is where the Home key leads. */
export function MonthToolbar({ month, onChange, home }: { month: string; onChange(month: string): void; home: string }) {
  const { t, language } = useT();
  // The month last asked for, ahead of the render that shows it: two quick presses must step twice.
  const asked = useRef({ shown: month, wanted: month });
  if (asked.current.shown !== month) asked.current = { shown: month, wanted: month };
  const go = (next: string) => {
    asked.current.wanted = next;
    onChange(next);
  };
  usePeriodKeys({ step: (direction) => go(stepAnchor('month', asked.current.wanted, direction)), home: () => go(firstOfMonth(home)) });
  const [y, m] = month.split('-').map(Number) as [number, number];
  const name = new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  return (
    <div className="hp-toolbar-group">
      <button type="button" className="hp-btn" aria-label={t('cal.prev')} onClick={() => onChange(stepAnchor('month', month, -1))}>
        ‹
      </button>
      <span className="hp-btn hp-month-name" data-testid="month-name">
        {name}
      </span>
      <button type="button" className="hp-btn" aria-label={t('cal.next')} onClick={() => onChange(stepAnchor('month', month, 1))}>
        ›
      </button>
    </div>
  );
}
