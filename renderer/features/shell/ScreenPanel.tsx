import { useAppStore } from '../../store/useAppStore';
import { Overview } from './Overview';
import { NotBuiltYet } from './NotBuiltYet';

export function ScreenPanel() {
  const screen = useAppStore((s) => s.screen);
  return screen === 'overview' ? <Overview /> : <NotBuiltYet screen={screen} />;
}
