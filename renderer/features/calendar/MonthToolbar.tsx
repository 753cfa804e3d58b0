import { useT } from '../../i18n/useT';
import { stepAnchor } from './timeAxis';

/** Previous / next month and the month's name, for the month calendars. */
export function MonthToolbar({ month, onChange }: { month: string; onChange(month: string): void }) {
  const { t, language } = useT();
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
