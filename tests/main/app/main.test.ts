// The app's start and quit, with Electron replaced by fakes and the real store
// and services underneath, on a fresh data folder.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ipcChannel, type Envelope } from '../../../shared/contract/envelope';
import type { StoreStatus } from '../../../shared/contract/results';

type IpcListener = (event: unknown, input: unknown) => Promise<Envelope<unknown>>;

const fake = vi.hoisted(() => ({
  appListeners: new Map<string, (...args: unknown[]) => unknown>(),
  ipc: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  windows: 0,
  quits: 0,
  errors: [] as string[],
  schemes: [] as string[],
  ready: null as null | Promise<void>,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      getURL: () => 'holdplan://app/index.html',
      reload: () => undefined,
      session: { webRequest: { onHeadersReceived: () => undefined }, setPermissionRequestHandler: () => undefined },
    };
    constructor() {
      fake.windows++;
    }
    on(): void {}
    once(): void {}
    show(): void {}
    focus(): void {}
    isMinimized(): boolean {
      return false;
    }
    isDestroyed(): boolean {
      return false;
    }
    loadURL(): Promise<void> {
      return Promise.resolve();
    }
  }
  const paths = new Map<string, string>([['appData', '/nonexistent/appData']]);
  const app = {
    isPackaged: false,
    setPath: (name: string, value: string) => paths.set(name, value),
    getPath: (name: string) => paths.get(name) ?? `/nonexistent/${name}`,
    requestSingleInstanceLock: () => true,
    on: (name: string, listener: (...args: unknown[]) => unknown) => fake.appListeners.set(name, listener),
    whenReady: () => (fake.ready = Promise.resolve()),
    isReady: () => true,
    quit: () => void fake.quits++,
    exit: () => undefined,
  };
  return {
    app,
    BrowserWindow,
    dialog: { showErrorBox: (title: string, text: string) => fake.errors.push(`${title}: ${text}`) },
    ipcMain: { handle: (channel: string, listener: IpcListener) => fake.ipc.set(channel, listener as never) },
    net: { fetch: () => Promise.reject(new Error('no files in this test')) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => fake.schemes.push(...schemes.map((s) => s.scheme)),
      handle: () => undefined,
    },
    shell: { openExternal: () => Promise.resolve() },
    Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (t: unknown) => t },
  };
});

const dataDir = mkdtempSync(path.join(tmpdir(), 'holdplan-app-'));
const previousData = process.env.HOLDPLAN_DATA;
process.env.HOLDPLAN_DATA = dataDir;

afterAll(() => {
  if (previousData === undefined) delete process.env.HOLDPLAN_DATA;
  else process.env.HOLDPLAN_DATA = previousData;
  rmSync(dataDir, { recursive: true, force: true });
});

const fromOurWindow = { senderFrame: { url: 'holdplan://app/index.html', parent: null } };

async function started(): Promise<void> {
  await import('../../../main/app/main');
  await fake.ready;
  await vi.waitFor(() => expect(fake.windows).toBe(1), { timeout: 10_000 });
}

describe('the Electron app', () => {
  it('starts: opens the store in the data folder, registers the contract, shows one window', async () => {
    await started();
    expect(fake.errors).toEqual([]);
    expect(fake.schemes).toEqual(['holdplan']);
    const answer = await fake.ipc.get(ipcChannel('store.status'))?.(fromOurWindow, {});
    expect(answer).toMatchObject({ ok: true, value: { path: path.join(dataDir, 'holdplan.json'), readOnly: false } });
    expect((answer as { value: StoreStatus }).value.lockHolder).toBeNull();
  });

  it('prints with its own Chromium (printToPDF), never a system browser', async () => {
    await started();
    const { currentHtmlToPdf } = await import('../../../main/print/sharedPdf');
    const { electronHtmlToPdf } = await import('../../../main/app/printToPdf');
    expect(currentHtmlToPdf()).toBe(electronHtmlToPdf);
  });

  it('refuses the contract to a page that is not ours', async () => {
    const answer = await fake.ipc.get(ipcChannel('store.status'))?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, {});
    expect(answer).toMatchObject({ ok: false });
  });

  it('closes the store before quitting, so no lock is left behind', async () => {
    const lockFiles = () => readdirSync(dataDir).filter((name) => name.includes('lock'));
    expect(lockFiles().length).toBeGreaterThan(0);
    let prevented = false;
    fake.appListeners.get('will-quit')?.({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(fake.quits).toBe(1));
    expect(lockFiles()).toEqual([]);
    // The second will-quit, from app.quit(), goes through.
    let preventedAgain = false;
    fake.appListeners.get('will-quit')?.({ preventDefault: () => (preventedAgain = true) });
    expect(preventedAgain).toBe(false);
  });
});
