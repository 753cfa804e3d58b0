import { useAppStore } from '../../store/useAppStore';
import { TrainerView } from './TrainerView';
import { TrainerMonth } from './TrainerMonth';

/** All trainers on the time axis, or one trainer's own month when chosen. */
export function TrainerScreen() {
  const openTrainerId = useAppStore((s) => s.openTrainerId);
  return openTrainerId ? <TrainerMonth trainerId={openTrainerId} /> : <TrainerView />;
}
