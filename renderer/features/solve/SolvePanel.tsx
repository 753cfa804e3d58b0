// Solving in the background: choose fill (default) or optimise, watch the
// progress and the live score, stop at any moment keeping the best plan so far,
// then read what changed. The whole solve is one undo step.
import { useState } from 'react';
import type { SolveSummary, SolverStatus } from '../../../shared/contract/solverResults';
import type { MessageKey } from '../../i18n/dictionary';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import type { SolveMode } from '../../store/solverSlice';
import { progressShare } from './progress';
import { solveDa } from './solveMessages';

const SECONDS = [10, 30, 60, 120] as const;
const CHANGES_SHOWN = 100;

function goalKey(rule: string): MessageKey | null {
  const key = `solve.goal.${rule}`;
  return key in solveDa ? (key as MessageKey) : null;
}

function StartForm() {
  const { t } = useT();
  const startSolve = useAppStore((s) => s.startSolve);
  const starting = useAppStore((s) => s.solverStarting);
  const [mode, setMode] = useState<SolveMode>('fill');
  const [seconds, setSeconds] = useState<number>(10);
  return (
    <form
      className="solve-form"
      onSubmit={(e) => {
        e.preventDefault();
        void startSolve(mode, seconds);
      }}
    >
      <fieldset>
        <legend>{t('solve.mode')}</legend>
        {(['fill', 'optimise'] as const).map((m) => (
          <label key={m} className="solve-choice">
            <input type="radio" name="solve-mode" value={m} checked={mode === m} onChange={() => setMode(m)} data-testid={`solve-mode-${m}`} />
            {t(m === 'fill' ? 'solve.mode.fill' : 'solve.mode.optimise')}
          </label>
        ))}
      </fieldset>
      <label className="solve-seconds">
        {t('solve.seconds')}
        <select value={seconds} onChange={(e) => setSeconds(Number(e.target.value))} data-testid="solve-seconds">
          {SECONDS.map((n) => (
            <option key={n} value={n}>
              {t('solve.secondsValue', { n })}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="solve-btn solve-btn-primary" disabled={starting} data-testid="solve-start">
        {t('solve.start')}
      </button>
    </form>
  );
}

function Running({ run }: { run: SolverStatus }) {
  const { t, language } = useT();
  const stopSolve = useAppStore((s) => s.stopSolve);
  const p = run.progress;
  const share = progressShare(run);
  return (
    <div className="solve-running" data-testid="solve-running">
      <div className="solve-bar" role="progressbar" aria-label={t('solve.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)}>
        <div className="solve-bar-fill" style={{ width: `${share * 100}%` }} />
      </div>
      {p ? (
        <>
          <p className={`solve-score ${p.best.hard > 0 ? 'solve-bad' : p.best.unassigned > 0 ? 'solve-warn' : 'solve-good'}`} data-testid="solve-live-score">
            {t('solve.score', { hard: formatNumber(language, p.best.hard), unassigned: formatNumber(language, p.best.unassigned), soft: formatNumber(language, p.best.soft) })}
          </p>
          <p className="solve-muted">{t('solve.moves', { moves: formatNumber(language, p.movesEvaluated) })}</p>
        </>
      ) : (
        <p className="solve-muted">{t('solve.waiting')}</p>
      )}
      <button type="button" className="solve-btn solve-btn-danger" onClick={() => void stopSolve()} data-testid="solve-stop">
        {t('solve.stop')}
      </button>
    </div>
  );
}

function Summary({ summary, state }: { summary: SolveSummary; state: SolverStatus['state'] }) {
  const { t, language } = useT();
  const n = (x: number) => formatNumber(language, x);
  return (
    <div className="solve-summary" data-testid="solve-summary">
      <h3>{t(state === 'cancelled' ? 'solve.cancelled' : 'solve.done')}</h3>
      <p className={summary.hard > 0 ? 'solve-bad' : summary.unassigned.length > 0 ? 'solve-warn' : 'solve-good'}>
        {t('solve.summary', { assigned: n(summary.assigned), unassigned: n(summary.unassigned.length), deferred: n(summary.deferred), hard: n(summary.hard) })}
      </p>
      <p className="solve-muted">
        {t('solve.summarySoft', { soft: n(summary.softTotal) })}: {summary.soft
          .filter((s) => s.penalty > 0)
          .map((s) => {
            const key = goalKey(s.rule);
            return `${key ? t(key) : s.rule} ${n(s.penalty)}`;
          })
          .join(', ')}
      </p>
      <p className="solve-muted">{t('solve.summarySpeed', { moves: n(summary.movesEvaluated), seconds: (summary.elapsedMs / 1000).toFixed(1), perSecond: n(summary.movesPerSecond) })}</p>
      {summary.notes.map((note, i) => (
        <p key={i} className="solve-note" data-testid="solve-note">
          {note}
        </p>
      ))}
      {summary.applied && summary.changes.length > 0 && <p className="solve-muted">{t('solve.applied')}</p>}
      {summary.unassigned.length > 0 && (
        <details open>
          <summary>{t('solve.unassigned')}</summary>
          <ul className="solve-list">
            {summary.unassigned.map((u) => (
              <li key={u.sessionId}>
                <strong>{u.session}:</strong> {u.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {summary.changes.length === 0 ? (
        <p className="solve-muted">{t('solve.noChanges')}</p>
      ) : (
        <details>
          <summary data-testid="solve-changes">{t('solve.changes', { n: n(summary.changes.length) })}</summary>
          <ul className="solve-list">
            {summary.changes.slice(0, CHANGES_SHOWN).map((c) => (
              <li key={c.sessionId}>
                <strong>{c.session}:</strong> {c.before} → {c.after}
                {c.why && <span className="solve-why"> — {c.why}</span>}
              </li>
            ))}
            {summary.changes.length > CHANGES_SHOWN && <li>{t('solve.moreChanges', { n: n(summary.changes.length - CHANGES_SHOWN) })}</li>}
          </ul>
        </details>
      )}
    </div>
  );
}

export function SolvePanel({ onClose, onTrainerCancels }: { onClose: () => void; onTrainerCancels: () => void }) {
  const { t } = useT();
  const run = useAppStore((s) => s.solverRun);
  const dismiss = useAppStore((s) => s.dismissSolveSummary);
  const ended = run !== null && run.state !== 'running';
  return (
    <section className="solve-panel" aria-label={t('solve.panel')} data-testid="solve-panel" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <header className="solve-panel-head">
        <h2>{t('solve.panel')}</h2>
        <button type="button" className="solve-btn solve-btn-small" onClick={onClose}>
          {t('solve.close')}
        </button>
      </header>
      {run === null && <StartForm />}
      {run?.state === 'running' && <Running run={run} />}
      {ended && run.state === 'failed' && <p className="solve-bad">{run.error ?? t('solve.failed')}</p>}
      {ended && run.summary && <Summary summary={run.summary} state={run.state} />}
      {ended && (
        <div className="solve-actions">
          <button type="button" className="solve-btn" onClick={dismiss} data-testid="solve-again">
            {t('solve.again')}
          </button>
        </div>
      )}
      {run?.state !== 'running' && (
        <div className="solve-cancels">
          <p className="solve-muted">{t('cancels.hint')}</p>
          <button type="button" className="solve-btn" data-testid="trainer-cancels-open" onClick={onTrainerCancels}>
            {t('cancels.button')}
          </button>
        </div>
      )}
    </section>
  );
}
