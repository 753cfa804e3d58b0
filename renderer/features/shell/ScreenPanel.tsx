import { useAppStore } from '../../store/useAppStore';
import { Overview } from './Overview';
import { NotBuiltYet } from './NotBuiltYet';
import { DataScreen } from '../data/DataScreen';
import { ConflictsScreen } from '../conflicts/ConflictsScreen';

export function ScreenPanel() {
  const screen = useAppStore((s) => s.screen);
  if (screen === 'overview') return <Overview />;
  if (screen === 'data') return <DataScreen />;
  if (screen === 'conflicts') return <ConflictsScreen />;
  return <NotBuiltYet screen={screen} />;
}
