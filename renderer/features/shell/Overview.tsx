import { useAppStore } from '../../store/useAppStore';
import { selectIsEmpty } from '../../store/selectors';
import { useT } from '../../i18n/useT';
import { formatDateTime, formatNumber } from '../../i18n/format';
import type { MessageKey } from '../../i18n/dictionary';
import type { PlanSummary } from '../../../shared/contract/results';
import { DemoLoader } from './DemoLoader';

const DATA_COUNTS: ReadonlyArray<{ field: keyof PlanSummary['counts']; label: MessageKey }> = [
  { field: 'centres', label: 'overview.centres' },
  { field: 'rooms', label: 'overview.rooms' },
  { field: 'trainers', label: 'overview.trainers' },
  { field: 'courses', label: 'overview.courses' },
  { field: 'cohorts', label: 'overview.cohorts' },
  { field: 'sessions', label: 'overview.sessions' },
];

export function Overview() {
  const { t, language } = useT();
  const summary = useAppStore((s) => s.summary);
  const isEmpty = useAppStore(selectIsEmpty);
  const status = useAppStore((s) => s.storeStatus);

  if (summary === null) {
    return (
      <section className="panel" aria-busy="true">
        <p className="muted">{t('app.loading')}</p>
      </section>
    );
  }
  if (isEmpty) return <DemoLoader termName={summary.termName} />;

  const inTerm = summary.assigned + summary.unassigned;
  const share = inTerm === 0 ? 0 : summary.assigned / inTerm;
  const n = (value: number) => formatNumber(language, value);
  return (
    <section className="panel" aria-labelledby="screen-title" data-testid="screen-overview">
      <h2 id="screen-title">{t('overview.title')}</h2>
      <div className="overview-grid">
        <div className="card">
          <h3>{t('overview.plan')}</h3>
          <div className="progress" role="img" aria-label={t('overview.assignedShare', { assigned: n(summary.assigned), total: n(inTerm) })}>
            <div className="progress-bar" style={{ width: `${Math.round(share * 100)}%` }} />
          </div>
          <p>{t('overview.assignedShare', { assigned: n(summary.assigned), total: n(inTerm) })}</p>
          {summary.assigned === 0 && inTerm > 0 && <p className="muted">{t('overview.nothingPlanned')}</p>}
          {summary.deferred > 0 && <p className="muted">{t('overview.deferredNote', { deferred: n(summary.deferred) })}</p>}
          <p>
            {t('count.hard')}: <strong>{n(summary.hardViolations)}</strong> · {t('overview.soft')}: <strong>{n(summary.soft)}</strong>
          </p>
        </div>
        <div className="card">
          <h3>{t('overview.data')}</h3>
          <dl className="facts">
            {DATA_COUNTS.map(({ field, label }) => (
              <div key={field}>
                <dt>{t(label)}</dt>
                <dd data-testid={`data-${field}`}>{n(summary.counts[field])}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
      {status && (
        <dl className="file-facts">
          <div>
            <dt>{t('overview.file')}</dt>
            <dd>
              <code>{status.path}</code>
            </dd>
          </div>
          <div>
            <dt>{t('overview.savedAt')}</dt>
            <dd>{status.savedAt ? formatDateTime(language, status.savedAt) : t('overview.neverSaved')}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
