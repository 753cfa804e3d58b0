import { useEffect, useState } from 'react';
import type { PublicationChanges } from '../../../shared/contract/publishingResults';
import type { Plan } from '../../../shared/domain/schema';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { messageOf } from '../../store/messageOf';
import { useAppStore } from '../../store/useAppStore';

/** Shown before "and N more": the list is for reading, the schedules carry the details. */
const CHANGES_SHOWN = 40;

/** Publish marks the plan as sent; afterwards, what has changed since and who needs a new schedule. */
export function PublishSection({ plan }: { plan: Plan }) {
  const { t, language } = useT();
  const query = useAppStore((s) => s.query);
  const change = useAppStore((s) => s.change);
  const dismissError = useAppStore((s) => s.dismissError);
  const readOnly = useAppStore((s) => s.storeStatus?.readOnly ?? false);
  const [changes, setChanges] = useState<PublicationChanges | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Every change reloads the plan, and with it the list.
  useEffect(() => {
    let current = true;
    query('plan.changesSincePublication', {}).then(
      (next) => current && setChanges(next),
      (e: unknown) => current && setError(messageOf(e)),
    );
    return () => {
      current = false;
    };
  }, [plan, query]);

  const publish = async () => {
    setBusy(true);
    try {
      await change('plan.publish', {});
      setError(null);
    } catch (e) {
      dismissError();
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const n = (v: number) => formatNumber(language, v);
  return (
    <section className="card" aria-labelledby="publish-title" data-testid="publish-section">
      <h3 id="publish-title">{t('publish.title')}</h3>
      <p className="muted" data-testid="publish-status">
        {changes?.publishedAt ? t('publish.publishedAt', { when: formatDateTime(language, changes.publishedAt) }) : t('publish.never')}
      </p>
      {changes?.publishedAt && changes.changes.length === 0 && <p className="print-good">{t('publish.noChanges')}</p>}
      {changes && changes.changes.length > 0 && (
        <div data-testid="publish-changes">
          <p>{t('publish.changed', { n: n(changes.changes.length) })}</p>
          <ul className="publish-list">
            {changes.changes.slice(0, CHANGES_SHOWN).map((c) => (
              <li key={c.sessionId}>{c.text}</li>
            ))}
          </ul>
          {changes.changes.length > CHANGES_SHOWN && <p className="muted">… +{n(changes.changes.length - CHANGES_SHOWN)}</p>}
          <p>
            <strong>{t('publish.trainers')}</strong> {changes.trainers.map((r) => r.name).join(', ') || '–'}
          </p>
          <p>
            <strong>{t('publish.customers')}</strong> {changes.customers.join(', ') || '–'}
          </p>
        </div>
      )}
      <div className="print-actions">
        <button type="button" className="button-quiet" onClick={() => void publish()} disabled={busy || readOnly} data-testid="publish-button">
          {t('publish.button')}
        </button>
      </div>
      {error !== null && (
        <p className="print-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
