// A small application menu. DevTools only while developing: a packaged app gives
// a planner no console to paste into.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openDataFile(): void;
}

export interface MenuOptions {
  isMac: boolean;
  dev: boolean;
  actions: MenuActions;
}

export function menuTemplate({ isMac, dev, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open data file…', accelerator: 'CmdOrCtrl+O', click: () => actions.openDataFile() },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [{ role: 'reload' }, ...(dev ? [{ role: 'toggleDevTools' } as const] : []), { type: 'separator' }, { role: 'togglefullscreen' }],
  };
  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
