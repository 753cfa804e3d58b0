import { useEffect, useMemo, useState } from 'react';
import type { PrintDocument } from '../../../shared/contract/printResults';
import type { Plan } from '../../../shared/domain/schema';
import { useT } from '../../i18n/useT';
import { DateField } from '../dates/DateField';
import { messageOf } from '../../store/messageOf';
import type { AppState } from '../../store/types';
import { useAppStore } from '../../store/useAppStore';
import { base64ToBytes, saveBlob } from './download';
import { PRINT_KINDS, busiestDay, busiestWeek, byName, defaultChoice, isComplete, previewCall, type PrintChoice, type PrintKind } from './printChoice';
import { printHtml } from './printHtml';
import { ScaledPreview } from './ScaledPreview';

function loadPreview(query: AppState['query'], choice: PrintChoice): Promise<PrintDocument> {
  const call = previewCall(choice);
  switch (call.op) {
    case 'print.roomPlanHtml':
      return query(call.op, call.input);
    case 'print.doorSignsHtml':
      return query(call.op, call.input);
    case 'print.trainerHtml':
      return query(call.op, call.input);
    case 'print.cohortHtml':
      return query(call.op, call.input);
  }
}

/** Pick a printout, see it as it will print, and save it as PDF or print it. */
export function PrintSection({ plan }: { plan: Plan }) {
  const { t } = useT();
  const query = useAppStore((s) => s.query);
  const [kind, setKind] = useState<PrintKind>('roomPlan');
  const [choice, setChoice] = useState<PrintChoice | null>(() => defaultChoice(plan, 'roomPlan'));
  const [doc, setDoc] = useState<PrintDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'pdf' | 'print' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const pickKind = (next: PrintKind) => {
    setKind(next);
    setChoice(defaultChoice(plan, next));
  };

  // The plan is reloaded after every change; the preview follows it.
  useEffect(() => {
    setSaved(null);
    if (choice === null || !isComplete(choice)) return;
    let current = true;
    loadPreview(query, choice).then(
      (next) => {
        if (!current) return;
        setDoc(next);
        setError(null);
      },
      (e: unknown) => {
        if (!current) return;
        setDoc(null);
        setError(messageOf(e));
      },
    );
    return () => {
      current = false;
    };
  }, [choice, plan, query]);

  const downloadPdf = async () => {
    if (choice === null) return;
    setBusy('pdf');
    setSaved(null);
    try {
      const pdf = await query('print.pdf', choice);
      saveBlob(new Blob([base64ToBytes(pdf.pdf)], { type: 'application/pdf' }), pdf.fileName);
      setSaved(pdf.fileName);
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const print = async () => {
    if (doc === null) return;
    setBusy('print');
    try {
      await printHtml(doc.html);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card print-card" aria-labelledby="print-title" data-testid="print-section">
      <h3 id="print-title">{t('print.title')}</h3>
      <div className="print-controls">
        <fieldset className="print-kinds">
          <legend className="sr-only">{t('print.what')}</legend>
          {PRINT_KINDS.map((k) => (
            <label key={k} className={`print-kind ${kind === k ? 'print-kind-on' : ''}`}>
              <input type="radio" name="print-kind" value={k} checked={kind === k} onChange={() => pickKind(k)} data-testid={`print-kind-${k}`} />
              {t(`print.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        {choice === null ? <p className="muted">{t('print.nothing')}</p> : <ChoiceFields plan={plan} choice={choice} onChange={setChoice} />}
      </div>
      <div className="print-actions">
        <button type="button" className="button-primary" onClick={() => void downloadPdf()} disabled={doc === null || busy !== null} data-testid="print-pdf">
          {busy === 'pdf' ? t('print.pdfBusy') : t('print.pdf')}
        </button>
        <button type="button" className="button-quiet" onClick={() => void print()} disabled={doc === null || busy !== null} data-testid="print-print">
          {t('print.print')}
        </button>
        {saved !== null && (
          <span className="print-note" data-testid="print-saved">
            {t('print.saved', { file: saved })}
          </span>
        )}
      </div>
      {error !== null && (
        <p className="print-error" role="alert" data-testid="print-error">
          {error}
        </p>
      )}
      {doc !== null && (
        <figure className="print-preview">
          <figcaption className="muted">{t('print.previewOf', { title: doc.title })}</figcaption>
          <ScaledPreview doc={doc} />
        </figure>
      )}
    </section>
  );
}

function ChoiceFields({ plan, choice, onChange }: { plan: Plan; choice: PrintChoice; onChange(next: PrintChoice): void }) {
  const { t } = useT();
  const centres = useMemo(() => byName(plan.centres), [plan.centres]);
  const trainers = useMemo(() => byName(plan.trainers), [plan.trainers]);
  const cohorts = useMemo(() => byName(plan.cohorts), [plan.cohorts]);
  switch (choice.what) {
    case 'roomPlan':
    case 'doorSigns': {
      const pickCentre = (centreId: string) =>
        onChange(choice.what === 'roomPlan' ? { ...choice, centreId, week: busiestWeek(plan, centreId) } : { ...choice, centreId, date: busiestDay(plan, centreId) });
      return (
        <div className="print-fields">
          <label>
            {t('print.centre')}
            <select value={choice.centreId} onChange={(e) => pickCentre(e.target.value)} data-testid="print-centre">
              {centres.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          {choice.what === 'roomPlan' ? (
            <label>
              {t('print.week')}
              <input type="week" value={choice.week} onChange={(e) => onChange({ ...choice, week: e.target.value })} required data-testid="print-week" />
            </label>
          ) : (
            <label>
              {t('print.date')}
              <DateField value={choice.date} onChange={(date) => onChange({ ...choice, date })} required data-testid="print-date" />
            </label>
          )}
        </div>
      );
    }
    case 'trainer':
      return (
        <div className="print-fields">
          <label>
            {t('print.trainer')}
            <select value={choice.trainerId} onChange={(e) => onChange({ what: 'trainer', trainerId: e.target.value })} data-testid="print-trainer">
              {trainers.map((tr) => (
                <option key={tr.id} value={tr.id}>
                  {tr.name} ({tr.id})
                </option>
              ))}
            </select>
          </label>
        </div>
      );
    case 'cohort':
      return (
        <div className="print-fields">
          <label>
            {t('print.cohort')}
            <select value={choice.cohortId} onChange={(e) => onChange({ what: 'cohort', cohortId: e.target.value })} data-testid="print-cohort">
              {cohorts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      );
  }
}
