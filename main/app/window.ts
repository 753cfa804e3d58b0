// The one application window, locked down: isolated, sandboxed preload, no Node
// in the page, web security on, permissions refused, CSP on every response.
import { BrowserWindow, shell } from 'electron';
import { enforceContentSecurityPolicy } from './csp';
import { guardNavigation } from './navigation';
import { operationsArgument } from './operationsArgument';
import { RENDERER_URL } from './rendererOrigin';

export interface MainWindowOptions {
  preloadPath: string;
  /** The contract's operation names, handed to the preload. */
  operationNames: readonly string[];
  devTools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Holdplan',
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: options.devTools,
      additionalArguments: [operationsArgument(options.operationNames)],
    },
  });
  const { webContents } = window;
  enforceContentSecurityPolicy(webContents.session);
  webContents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  guardNavigation(webContents, (url) => shell.openExternal(url));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(RENDERER_URL);
  return window;
}
