import { useAppStore } from '../../store/useAppStore';
import { useT } from '../../i18n/useT';
import { formatNumber } from '../../i18n/format';
import type { MessageKey } from '../../i18n/dictionary';
import type { PlanSummary } from '../../../shared/contract/results';

type CountField = 'assigned' | 'unassigned' | 'deferred' | 'hardViolations';

const COUNTS: ReadonlyArray<{ field: CountField; label: MessageKey; testId: string }> = [
  { field: 'assigned', label: 'count.assigned', testId: 'count-assigned' },
  { field: 'unassigned', label: 'count.unassigned', testId: 'count-unassigned' },
  { field: 'deferred', label: 'count.deferred', testId: 'count-deferred' },
  { field: 'hardViolations', label: 'count.hard', testId: 'count-hard' },
];

function tone(field: CountField, summary: PlanSummary | null): string {
  if (summary === null) return '';
  if (field === 'hardViolations') return summary.hardViolations > 0 ? 'count-bad' : 'count-good';
  if (field === 'unassigned' && summary.unassigned > 0) return 'count-warn';
  return '';
}

export function SummaryCounts() {
  const { t, language } = useT();
  const summary = useAppStore((s) => s.summary);
  return (
    <dl className="counts" aria-label={t('header.counts')}>
      {COUNTS.map(({ field, label, testId }) => (
        <div key={field} className={`count ${tone(field, summary)}`}>
          <dt>{t(label)}</dt>
          <dd data-testid={testId}>{summary ? formatNumber(language, summary[field]) : '–'}</dd>
        </div>
      ))}
    </dl>
  );
}
