// File → Open data file…: the planner picks a holdplan data file (possibly one
// that does not exist yet); the store opens it, read-only when another instance
// holds its lock, and the renderer reloads to show it (and any banner).
import { dialog, type BrowserWindow } from 'electron';
import type { StoreSession } from './storeSession';

export async function openDataFile(window: BrowserWindow, session: StoreSession): Promise<void> {
  const choice = await dialog.showOpenDialog(window, {
    title: 'Open Holdplan data file',
    defaultPath: session.file(),
    properties: ['openFile', 'promptToCreate'],
    filters: [{ name: 'Holdplan data', extensions: ['json'] }],
  });
  const file = choice.filePaths[0];
  if (choice.canceled || file === undefined) return;
  try {
    await session.switchTo(file);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    dialog.showErrorBox('Holdplan could not open the file', `${file}\n\n${message}\n\nYou are still working on ${session.file()}.`);
    return;
  }
  window.webContents.reload();
}
