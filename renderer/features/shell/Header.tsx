import { useAppStore } from '../../store/useAppStore';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../i18n/format';
import { SummaryCounts } from './SummaryCounts';
import { LanguageSwitch } from './LanguageSwitch';
import { HistoryButtons } from '../history/HistoryButtons';
import { SolveControls } from '../solve/SolveControls';

export function Header() {
  const { t, language } = useT();
  const summary = useAppStore((s) => s.summary);
  return (
    <header className="header">
      <div className="header-brand" aria-hidden="true">
        {t('app.name')}
      </div>
      <div className="header-term">
        <span className="header-label">{t('header.term')}</span>
        <h1 className="header-term-name" data-testid="term-name">
          {summary?.termName ?? '…'}
        </h1>
        {summary && (
          <span className="header-term-dates">
            {t('overview.period', { start: formatDate(language, summary.termStart), end: formatDate(language, summary.termEnd) })}
          </span>
        )}
      </div>
      <SummaryCounts />
      <SolveControls />
      <HistoryButtons />
      <LanguageSwitch />
    </header>
  );
}
