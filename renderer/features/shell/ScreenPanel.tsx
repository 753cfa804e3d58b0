import { useAppStore } from '../../store/useAppStore';
import { Overview } from './Overview';
import { RoomPlan } from '../calendar/RoomPlan';
import { TrainerScreen } from '../calendar/TrainerScreen';
import { CohortView } from '../calendar/CohortView';
import { DataScreen } from '../data/DataScreen';
import { ConflictsScreen } from '../conflicts/ConflictsScreen';
import { PrintScreen } from '../print/PrintScreen';

export function ScreenPanel() {
  const screen = useAppStore((s) => s.screen);
  switch (screen) {
    case 'overview':
      return <Overview />;
    case 'rooms':
      return <RoomPlan />;
    case 'trainers':
      return <TrainerScreen />;
    case 'cohorts':
      return <CohortView />;
    case 'data':
      return <DataScreen />;
    case 'conflicts':
      return <ConflictsScreen />;
    case 'print':
      return <PrintScreen />;
    default: {
      const unknown: never = screen;
      throw new Error(`No screen called ${String(unknown)}`);
    }
  }
}
