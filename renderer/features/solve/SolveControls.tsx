// The header's solving control: one button opening a panel with the mode, the
// live progress, Stop and the summary afterwards, and the way into "Trainer
// cancels" (the header has room for one button at 1366 px). Other screens open
// that dialog for a given trainer with the store's openTrainerCancels(id).
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { SolvePanel } from './SolvePanel';
import { TrainerCancelsDialog } from './TrainerCancelsDialog';
import { progressShare } from './progress';
import './solve.css';

export function SolveControls() {
  const { t } = useT();
  const [panelOpen, setPanelOpen] = useState(false);
  const cancelsDialog = useAppStore((s) => s.trainerCancelsDialog);
  const openTrainerCancels = useAppStore((s) => s.openTrainerCancels);
  const run = useAppStore((s) => s.solverRun);
  const hasPlan = useAppStore((s) => (s.plan?.sessions.length ?? 0) > 0);
  const running = run?.state === 'running';
  return (
    <div className="solve-controls">
      <button
        type="button"
        className="solve-btn solve-btn-primary"
        data-testid="solve-open"
        aria-expanded={panelOpen}
        disabled={!hasPlan && !running}
        onClick={() => setPanelOpen((open) => !open)}
      >
        {running ? t('solve.buttonRunning', { percent: Math.round(100 * progressShare(run)) }) : t('solve.button')}
      </button>
      {panelOpen && (
        <SolvePanel
          onClose={() => setPanelOpen(false)}
          onTrainerCancels={() => {
            setPanelOpen(false);
            openTrainerCancels();
          }}
        />
      )}
      {cancelsDialog && <TrainerCancelsDialog trainerId={cancelsDialog.trainerId} />}
    </div>
  );
}
