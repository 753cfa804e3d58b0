import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';

type Listener = (...args: unknown[]) => void;
type OpenHandler = (details: { url: string }) => { action: string };
type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;
type PermissionHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;

const fake = vi.hoisted(() => ({
  options: [] as unknown[],
  listeners: new Map<string, (...args: unknown[]) => void>(),
  openHandler: null as null | ((details: { url: string }) => { action: string }),
  headersListener: null as null | ((...args: never[]) => void),
  permissionHandler: null as null | ((...args: never[]) => void),
  loaded: [] as string[],
  openExternal: [] as string[],
  currentUrl: 'holdplan://app/index.html',
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      on: (name: string, listener: (...args: unknown[]) => void) => fake.listeners.set(name, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => (fake.openHandler = handler),
      getURL: () => fake.currentUrl,
      session: {
        webRequest: { onHeadersReceived: (listener: (...args: never[]) => void) => (fake.headersListener = listener) },
        setPermissionRequestHandler: (handler: (...args: never[]) => void) => (fake.permissionHandler = handler),
      },
    };
    constructor(options: unknown) {
      fake.options.push(options);
    }
    once(): void {}
    show(): void {}
    loadURL(url: string): Promise<void> {
      fake.loaded.push(url);
      return Promise.resolve();
    }
  }
  return { BrowserWindow, shell: { openExternal: (url: string) => (fake.openExternal.push(url), Promise.resolve()) } };
});

const { createMainWindow } = await import('../../../main/app/window');
const { CONTENT_SECURITY_POLICY } = await import('../../../main/app/csp');
const { operationsFromArgv } = await import('../../../main/app/operationsArgument');
const { OP_NAMES } = await import('../../../shared/contract/operations');

function navigate(url: string): boolean {
  const listener = fake.listeners.get('will-navigate') as Listener;
  let prevented = false;
  listener({ preventDefault: () => (prevented = true) }, url);
  return prevented;
}

beforeEach(() => {
  fake.options.length = 0;
  fake.loaded.length = 0;
  fake.openExternal.length = 0;
  fake.listeners.clear();
  createMainWindow({ preloadPath: '/app/dist/main/preload.cjs', operationNames: OP_NAMES, devTools: false });
});

describe('the main window', () => {
  it('isolates the page: context isolation and sandbox on, no Node, web security on', () => {
    const prefs = (fake.options[0] as BrowserWindowConstructorOptions).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/dist/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('loads our renderer from its own origin and hands the preload every operation name', () => {
    expect(fake.loaded).toEqual(['holdplan://app/index.html']);
    const prefs = (fake.options[0] as BrowserWindowConstructorOptions).webPreferences;
    expect(operationsFromArgv(prefs?.additionalArguments ?? [])).toEqual(OP_NAMES);
  });

  it('refuses to navigate away, and opens only https links in the system browser', () => {
    expect(navigate('https://example.org/help')).toBe(true);
    expect(navigate('http://example.org/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('javascript:alert(1)')).toBe(true);
    expect(navigate('holdplan://app/other.html')).toBe(true);
    expect(fake.openExternal).toEqual(['https://example.org/help']);
  });

  it('lets the page reload itself or jump within itself', () => {
    expect(navigate('holdplan://app/index.html')).toBe(false);
    expect(navigate('holdplan://app/index.html#/rooms')).toBe(false);
  });

  it('denies every new window; an https target opens outside instead', () => {
    const handler = fake.openHandler as OpenHandler;
    expect(handler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'holdplan://app/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///home/planner/secret.json' })).toEqual({ action: 'deny' });
    expect(fake.openExternal).toEqual(['https://example.org/']);
  });

  it('refuses webviews and every permission request', () => {
    let prevented = false;
    (fake.listeners.get('will-attach-webview') as Listener)({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    const answers: boolean[] = [];
    (fake.permissionHandler as unknown as PermissionHandler)({}, 'media', (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
  });

  it('puts the strict Content-Security-Policy on every response, replacing a looser one', () => {
    const responses: Record<string, string[]>[] = [];
    (fake.headersListener as unknown as HeadersListener)(
      { responseHeaders: { 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"], 'Content-Type': ['text/html'] } },
      (response) => responses.push(response.responseHeaders),
    );
    expect(responses[0]).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it('allows scripts only from our own files', () => {
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
  });

  it('allows inline styles (FullCalendar injects them) but nothing remote', () => {
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(directives.get('img-src')).toBe("'self' data:");
    expect(directives.get('connect-src')).toBe("'self'");
  });

  it('blocks plugins, base rewriting and framing', () => {
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
  });
});
