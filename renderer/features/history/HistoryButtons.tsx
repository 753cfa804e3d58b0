import { useEffect } from 'react';
import { useAppStore } from '../../store/useAppStore';
import { selectReadOnly } from '../../store/selectors';
import { useT } from '../../i18n/useT';
import { useUndoShortcuts } from './useUndoShortcuts';
import { useStepLabel } from './useStepLabel';
import './history.css';

/** Undo and Redo in the header, with what each would take back as its tooltip. */
export function HistoryButtons() {
  const { t } = useT();
  const history = useAppStore((s) => s.history);
  const busy = useAppStore((s) => s.historyBusy);
  const readOnly = useAppStore(selectReadOnly);
  const plan = useAppStore((s) => s.plan);
  const refreshHistory = useAppStore((s) => s.refreshHistory);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const stepLabel = useStepLabel();

  // Every change reloads the plan, so a new plan is the moment to ask what undo would do.
  useEffect(() => {
    void refreshHistory();
  }, [plan, refreshHistory]);

  const canUndo = !readOnly && !busy && (history?.canUndo ?? false);
  const canRedo = !readOnly && !busy && (history?.canRedo ?? false);
  useUndoShortcuts(
    () => canUndo && void undo(),
    () => canRedo && void redo(),
  );

  const undoTitle = history?.undoLabel ? t('history.undoWhat', { what: stepLabel(history.undoLabel) }) : t('history.nothingToUndo');
  const redoTitle = history?.redoLabel ? t('history.redoWhat', { what: stepLabel(history.redoLabel) }) : t('history.nothingToRedo');
  return (
    <div className="history-buttons" role="group" aria-label={t('history.label')}>
      <button type="button" className="history-button" data-testid="undo" disabled={!canUndo} title={`${undoTitle} (Ctrl+Z)`} onClick={() => void undo()}>
        <span aria-hidden="true">↶</span> {t('history.undo')}
      </button>
      <button type="button" className="history-button" data-testid="redo" disabled={!canRedo} title={`${redoTitle} (Ctrl+Shift+Z)`} onClick={() => void redo()}>
        <span aria-hidden="true">↷</span> {t('history.redo')}
      </button>
    </div>
  );
}
