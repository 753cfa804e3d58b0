import { useEffect } from 'react';
import { useAppStore } from '../../store/useAppStore';
import { SCREENS } from '../../store/uiSlice';
import { isHelpKey, isTextEntry, modalIsOpen, screenKeyOf } from './shortcuts';

/** Ctrl/Alt+1…7 switch screens; "?" opens the shortcut list. */
export function useScreenKeys(openHelp: () => void): void {
  const setScreen = useAppStore((s) => s.setScreen);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || modalIsOpen()) return;
      const index = screenKeyOf(e, SCREENS.length);
      const screen = index === null ? undefined : SCREENS[index];
      if (screen) {
        e.preventDefault();
        setScreen(screen);
        return;
      }
      if (isHelpKey(e) && !isTextEntry(e.target)) {
        e.preventDefault();
        openHelp();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [setScreen, openHelp]);
}
