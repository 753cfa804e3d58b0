// The "Tastatur" button under the screen list, and the list of shortcuts it
// (or "?") opens. Also binds the screen keys, which belong to the whole window.
import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { SCREENS } from '../../store/uiSlice';
import { useScreenKeys } from './useScreenKeys';
import './keyboard.css';

function Keys({ combos }: { combos: string[][] }) {
  const { t } = useT();
  return (
    <>
      {combos.map((combo, i) => (
        <Fragment key={combo.join('+')}>
          {i > 0 && <span className="kbd-or"> {t('keys.or')} </span>}
          {combo.map((k, j) => (
            <Fragment key={k}>
              {j > 0 && '+'}
              <kbd>{k}</kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </>
  );
}

function HelpDialog({ onClose }: { onClose(): void }) {
  const { t } = useT();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  const row = (combos: string[][], what: string) => (
    <tr key={what}>
      <th scope="row">
        <Keys combos={combos} />
      </th>
      <td>{what}</td>
    </tr>
  );
  return (
    <div className="solve-overlay" onKeyDown={(e) => e.key === 'Escape' && onClose()} onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div className="solve-dialog kbd-dialog" role="dialog" aria-modal="true" aria-labelledby="kbd-title" data-testid="shortcut-help">
        <h2 id="kbd-title">{t('keys.title')}</h2>
        <div className="kbd-columns">
          <section>
            <h3>{t('keys.calendar')}</h3>
            <table className="kbd-table">
              <tbody>
                {row([['Alt', '←']], t('keys.prev'))}
                {row([['Alt', '→']], t('keys.next'))}
                {row([['Home']], t('keys.home'))}
                {row([['W']], t('keys.week'))}
                {row([['2']], t('keys.twoWeeks'))}
                {row([['M']], t('keys.month'))}
                <tr>
                  <th colSpan={2} scope="rowgroup" className="kbd-group">
                    {t('keys.general')}
                  </th>
                </tr>
                {row([['Ctrl', 'Z']], t('keys.undo'))}
                {row([['Ctrl', 'Shift', 'Z']], t('keys.redo'))}
                {row([['?']], t('keys.help'))}
              </tbody>
            </table>
          </section>
          <section>
            <h3>{t('keys.views')}</h3>
            <table className="kbd-table">
              <tbody>
                {SCREENS.map((screen, i) =>
                  row(
                    [
                      ['Ctrl', String(i + 1)],
                      ['Alt', String(i + 1)],
                    ],
                    t('keys.screen', { screen: t(`nav.${screen}`) }),
                  ),
                )}
              </tbody>
            </table>
          </section>
        </div>
        <p className="muted kbd-note">{t('keys.textNote')}</p>
        <div className="solve-actions">
          <button ref={close} type="button" className="solve-btn solve-btn-primary" onClick={onClose} data-testid="shortcut-help-close">
            {t('keys.close')}
          </button>
        </div>
      </div>
    </div>
  );
}

export function ShortcutHelp() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  useScreenKeys(show);
  return (
    <>
      <button type="button" className="kbd-open" onClick={show} aria-haspopup="dialog" title="?" data-testid="shortcut-help-open">
        <span aria-hidden="true">⌨</span> {t('keys.open')} <kbd>?</kbd>
      </button>
      {open && <HelpDialog onClose={() => setOpen(false)} />}
    </>
  );
}
