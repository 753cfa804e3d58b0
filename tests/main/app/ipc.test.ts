import { describe, expect, it } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { registerContract, UNTRUSTED_SENDER } from '../../../main/app/ipc';
import { isTrustedSender } from '../../../main/app/trustedSender';
import { ipcChannel, type Envelope } from '../../../shared/contract/envelope';
import { OP_NAMES, type Handlers } from '../../../shared/contract/operations';

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<Envelope<unknown>>;

function fakeIpcMain() {
  const channels: string[] = [];
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => {
      channels.push(channel);
      listeners.set(channel, listener);
    },
  } as unknown as Pick<IpcMain, 'handle'>;
  return { ipcMain, channels, listeners };
}

/** Handlers that record their calls; the contract's full list, each answering with its own name. */
function recordingHandlers(calls: string[]): Handlers {
  const entries = OP_NAMES.map((name) => [name, async () => (calls.push(name), `${name} done`)]);
  return Object.fromEntries(entries) as unknown as Handlers;
}

function eventFrom(url: string | null, parent: unknown = null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url, parent } } as unknown as IpcMainInvokeEvent;
}

const ours = eventFrom('holdplan://app/index.html');

describe('registerContract', () => {
  it('registers every operation of the contract exactly once, on its own channel', () => {
    const { ipcMain, channels } = fakeIpcMain();
    registerContract(ipcMain, recordingHandlers([]), isTrustedSender);
    expect([...channels].sort()).toEqual(OP_NAMES.map(ipcChannel).sort());
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('throws when the contract is registered a second time on the same IPC', () => {
    const { ipcMain } = fakeIpcMain();
    registerContract(ipcMain, recordingHandlers([]), isTrustedSender);
    expect(() => registerContract(ipcMain, recordingHandlers([]), isTrustedSender)).toThrow(/already registered/);
  });

  it('answers our own window through the validating dispatcher', async () => {
    const { ipcMain, listeners } = fakeIpcMain();
    const calls: string[] = [];
    registerContract(ipcMain, recordingHandlers(calls), isTrustedSender);
    const answer = await listeners.get(ipcChannel('centres.list'))?.(ours, {});
    expect(answer).toEqual({ ok: true, value: 'centres.list done' });
    expect(calls).toEqual(['centres.list']);
  });

  it('refuses malformed input without calling the handler', async () => {
    const { ipcMain, listeners } = fakeIpcMain();
    const calls: string[] = [];
    registerContract(ipcMain, recordingHandlers(calls), isTrustedSender);
    const answer = await listeners.get(ipcChannel('rooms.get'))?.(ours, { id: 42, extra: true });
    expect(answer?.ok).toBe(false);
    expect(answer?.ok === false && answer.error.code).toBe('invalid-input');
    expect(calls).toEqual([]);
  });

  it('rejects a message from any other page or frame without calling the handler', async () => {
    const { ipcMain, listeners } = fakeIpcMain();
    const calls: string[] = [];
    registerContract(ipcMain, recordingHandlers(calls), isTrustedSender);
    const strangers = [
      eventFrom('https://evil.example/'),
      eventFrom('file:///home/planner/page.html'),
      eventFrom('holdplan://elsewhere/index.html'),
      eventFrom('holdplan://app/index.html', { url: 'holdplan://app/index.html' }),
      eventFrom(null),
    ];
    for (const event of strangers) {
      expect(await listeners.get(ipcChannel('plan.export'))?.(event, {})).toEqual(UNTRUSTED_SENDER);
    }
    expect(calls).toEqual([]);
  });

  it('reaches the current handlers after the planner opens another data file', async () => {
    const { ipcMain, listeners } = fakeIpcMain();
    const first: string[] = [];
    const second: string[] = [];
    let current = recordingHandlers(first);
    registerContract(ipcMain, () => current, isTrustedSender);
    await listeners.get(ipcChannel('store.status'))?.(ours, {});
    current = recordingHandlers(second);
    await listeners.get(ipcChannel('store.status'))?.(ours, {});
    expect([first, second]).toEqual([['store.status'], ['store.status']]);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the top frame of our renderer', () => {
    expect(isTrustedSender(ours)).toBe(true);
    expect(isTrustedSender(eventFrom('holdplan://app/index.html#/rooms'))).toBe(true);
    expect(isTrustedSender(eventFrom('holdplan://app/index.html', {}))).toBe(false);
    expect(isTrustedSender(eventFrom('http://127.0.0.1:5173/'))).toBe(false);
    expect(isTrustedSender(eventFrom('not a url'))).toBe(false);
  });
});

