// Electron's entry (bundled to dist/main/app.cjs): app lifecycle only. The window,
// IPC, menu and store session each live in their own file.
import path from 'node:path';
import { app, dialog, ipcMain, net, protocol, type BrowserWindow } from 'electron';
import { OP_NAMES } from '../../shared/contract/operations';
import { PRODUCT_NAME } from '../store/dataDir';
import { electronDataFile } from './dataFile';
import { registerContract } from './ipc';
import { installMenu } from './menu';
import { openDataFile } from './openDataFile';
import { electronHtmlToPdf } from './printToPdf';
import { installHtmlToPdf } from '../print/sharedPdf';
import { registerRendererScheme, serveRenderer } from './rendererProtocol';
import { openStoreSession, type StoreSession } from './storeSession';
import { isTrustedSender } from './trustedSender';
import { createMainWindow } from './window';

// Bundled layout: dist/main/app.cjs, dist/main/preload.cjs, dist/renderer/.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererDir = path.join(__dirname, '..', 'renderer');
const dev = !app.isPackaged;

let mainWindow: BrowserWindow | null = null;
let session: StoreSession | null = null;

function showWindow(): BrowserWindow {
  if (mainWindow === null || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow({ preloadPath, operationNames: OP_NAMES, devTools: dev });
    mainWindow.on('closed', () => (mainWindow = null));
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  return mainWindow;
}

async function start(): Promise<void> {
  serveRenderer(protocol, net, rendererDir);
  // The desktop app prints with its own Chromium (webContents.printToPDF), never a system browser.
  installHtmlToPdf(electronHtmlToPdf);
  const opened = await openStoreSession(electronDataFile(process.argv, process.env, app.getPath('userData')));
  session = opened;
  registerContract(ipcMain, () => opened.handlers(), isTrustedSender);
  installMenu({
    isMac: process.platform === 'darwin',
    dev,
    actions: { openDataFile: () => void openDataFile(showWindow(), opened) },
  });
  showWindow();
}

async function closeStoreAndQuit(): Promise<void> {
  const closing = session;
  session = null;
  try {
    await closing?.close();
  } finally {
    app.quit();
  }
}

// The same folder in development (`electron .`, named after package.json's
// lower-case "name") as packaged, and as browser mode and the command line use.
app.setPath('userData', path.join(app.getPath('appData'), PRODUCT_NAME));
registerRendererScheme(protocol);

// A second instance would fight the first for the data file: it hands over to
// the running one, which comes to the front.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (app.isReady()) showWindow();
  });
  app.on('activate', () => {
    if (session !== null) showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    if (session === null) return;
    event.preventDefault();
    void closeStoreAndQuit();
  });
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      dialog.showErrorBox('Holdplan could not start', message);
      app.exit(1);
    });
}
