import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (t: unknown) => t } }));
const { menuTemplate } = await import('../../../main/app/menu');

function items(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label === label);
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}

describe('the application menu', () => {
  it('offers Open data file… which asks the app to open one', () => {
    let asked = 0;
    const template = menuTemplate({ isMac: false, dev: false, actions: { openDataFile: () => asked++ } });
    const open = items(template, 'File').find((i) => i.label === 'Open data file…');
    (open?.click as (() => void) | undefined)?.();
    expect(asked).toBe(1);
    expect(items(template, 'File').some((i) => i.role === 'quit')).toBe(true);
  });

  it('has the standard edit roles', () => {
    const roles = items(menuTemplate({ isMac: false, dev: false, actions: { openDataFile: () => undefined } }), 'Edit').map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('shows Toggle DevTools only while developing', () => {
    const roles = (dev: boolean) => items(menuTemplate({ isMac: false, dev, actions: { openDataFile: () => undefined } }), 'View').map((i) => i.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('reload');
  });
});
