import { useAppStore } from '../../store/useAppStore';
import { SCREENS } from '../../store/uiSlice';
import { useT } from '../../i18n/useT';
import { useRovingFocus } from './useRovingFocus';
import { ShortcutHelp } from '../keyboard/ShortcutHelp';

export function NavBar() {
  const { t } = useT();
  const screen = useAppStore((s) => s.screen);
  const setScreen = useAppStore((s) => s.setScreen);
  const { onKeyDown, itemProps } = useRovingFocus(SCREENS.length, SCREENS.indexOf(screen));
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul onKeyDown={onKeyDown}>
        {SCREENS.map((id, index) => (
          <li key={id}>
            <button
              type="button"
              className="nav-item"
              aria-current={id === screen ? 'page' : undefined}
              data-testid={`nav-${id}`}
              onClick={() => setScreen(id)}
              {...itemProps(index)}
            >
              {t(`nav.${id}`)}
            </button>
          </li>
        ))}
      </ul>
      <ShortcutHelp />
    </nav>
  );
}
