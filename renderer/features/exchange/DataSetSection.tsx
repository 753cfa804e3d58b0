import { useState } from 'react';
import type { ImportResult } from '../../../shared/contract/results';
import { useT } from '../../i18n/useT';
import { formatNumber } from '../../i18n/format';
import { messageOf } from '../../store/messageOf';
import { useAppStore } from '../../store/useAppStore';
import { saveBlob } from '../print/download';
import { ConfirmDialog } from './ConfirmDialog';
import { exportFileName, readPlanFile, type PlanFile } from './readPlanFile';

type ReadyFile = Extract<PlanFile, { ok: true }> & { fileName: string };

/** The whole data set in and out as a holdplan/v1 file. */
export function DataSetSection({ termName }: { termName: string }) {
  const { t, language } = useT();
  const query = useAppStore((s) => s.query);
  const change = useAppStore((s) => s.change);
  const dismissError = useAppStore((s) => s.dismissError);
  const readOnly = useAppStore((s) => s.storeStatus?.readOnly ?? false);
  const [pending, setPending] = useState<ReadyFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const exportPlan = async () => {
    setError(null);
    try {
      const plan = await query('plan.export', {});
      saveBlob(new Blob([JSON.stringify(plan, null, 2)], { type: 'application/json' }), exportFileName(plan.term.name));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const pick = async (file: File | undefined) => {
    setDone(null);
    setError(null);
    if (!file) return;
    const read = readPlanFile(await file.text());
    if (!read.ok) {
      setError(t(read.reason === 'not-json' ? 'dataset.notJson' : 'dataset.notHoldplan', { file: file.name, detail: read.detail }));
      setInputKey((k) => k + 1);
      return;
    }
    setPending({ ...read, fileName: file.name });
  };

  const importPlan = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      setDone(await change('plan.import', { plan: pending.plan }));
      setError(null);
    } catch (e) {
      // The refusal is shown here, next to the file it is about.
      dismissError();
      setError(t('dataset.refused', { file: pending.fileName, reason: messageOf(e) }));
    } finally {
      setBusy(false);
      setPending(null);
      setInputKey((k) => k + 1);
    }
  };

  const n = (v: number) => formatNumber(language, v);
  return (
    <section className="card" aria-labelledby="dataset-title" data-testid="dataset-section">
      <h3 id="dataset-title">{t('dataset.title')}</h3>
      <p className="muted">{t('dataset.intro')}</p>
      <div className="print-actions">
        <button type="button" className="button-quiet" onClick={() => void exportPlan()} data-testid="dataset-export">
          {t('dataset.export')}
        </button>
        <label className={`button-quiet file-button ${readOnly ? 'file-button-disabled' : ''}`}>
          {t('dataset.import')}
          <input key={inputKey} type="file" accept=".json,application/json" disabled={readOnly} onChange={(e) => void pick(e.target.files?.[0])} data-testid="dataset-file" />
        </label>
      </div>
      {error !== null && (
        <p className="print-error" role="alert" data-testid="dataset-error">
          {error}
        </p>
      )}
      {done !== null && (
        <div className="print-good" data-testid="dataset-done">
          {t('dataset.done', { trainers: n(done.counts.trainers), cohorts: n(done.counts.cohorts), sessions: n(done.counts.sessions) })}
          {done.warnings.length > 0 && (
            <ul>
              {done.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {pending !== null && (
        <ConfirmDialog
          title={t('dataset.confirmTitle')}
          confirm={busy ? t('dataset.importing') : t('dataset.confirm')}
          cancel={t('dataset.cancel')}
          busy={busy}
          onConfirm={() => void importPlan()}
          onCancel={() => {
            setPending(null);
            setInputKey((k) => k + 1);
          }}
        >
          <p>
            {t('dataset.confirmBody', {
              current: termName,
              file: pending.fileName,
              term: pending.termName ?? '?',
              trainers: n(pending.counts.trainers),
              cohorts: n(pending.counts.cohorts),
              sessions: n(pending.counts.sessions),
            })}
          </p>
          <p className="muted">{t('dataset.confirmNote')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
