// A move that breaks a hard rule is refused; the planner may still force it,
// deliberately, here. A forced move is saved with its values locked, so it shows
// as a locked conflict.
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../../i18n/useT';
import { ruleLabel } from './ruleLabels';

export function RefusedMoveDialog() {
  const { t, language } = useT();
  const pending = useAppStore((s) => s.pendingMove);
  const setPending = useAppStore((s) => s.setPendingMove);
  const saveSession = useAppStore((s) => s.saveSession);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) cancelRef.current?.focus();
  }, [pending]);
  if (!pending) return null;
  const cancel = () => setPending(null);
  const force = async () => {
    setPending(null);
    await saveSession(pending.sessionId, pending.patch);
  };
  return (
    <div className="hp-overlay" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <div className="hp-dialog" role="alertdialog" aria-modal="true" aria-labelledby="refused-title" data-testid="refused-move">
        <h2 id="refused-title">⚠ {t('cal.refused.title')}</h2>
        <p>{t('cal.refused.body', { target: pending.target })}</p>
        <ul className="hp-reasons">
          {pending.violations.map((v, i) => (
            <li key={i} data-rule={v.rule}>
              <strong>{ruleLabel(language, v.rule)}:</strong> {v.justification}
            </li>
          ))}
        </ul>
        <p className="hp-note">{t('cal.refused.note')}</p>
        <div className="hp-dialog-actions">
          <button ref={cancelRef} type="button" className="hp-btn hp-btn-primary" onClick={cancel}>
            {t('cal.refused.cancel')}
          </button>
          <button type="button" className="hp-btn hp-btn-danger" data-testid="force-move" onClick={() => void force()}>
            {t('cal.refused.force')}
          </button>
        </div>
      </div>
    </div>
  );
}
