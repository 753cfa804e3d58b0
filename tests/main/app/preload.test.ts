import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { operationsArgument, operationsFromArgv } from '../../../main/app/operationsArgument';
import { ipcChannel } from '../../../shared/contract/envelope';
import { OP_NAMES } from '../../../shared/contract/operations';

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as [string, unknown][],
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api) },
  ipcRenderer: {
    invoke: (channel: string, input: unknown) => {
      bridge.invoked.push([channel, input]);
      return Promise.resolve({ ok: true, value: channel });
    },
    send: () => undefined,
    on: () => undefined,
  },
}));

const originalArgv = process.argv;

async function loadPreload(argv: string[]): Promise<Record<string, unknown>> {
  process.argv = argv;
  vi.resetModules();
  bridge.exposed.clear();
  await import('../../../main/app/preload');
  expect([...bridge.exposed.keys()]).toEqual(['holdplan']);
  return bridge.exposed.get('holdplan') as Record<string, unknown>;
}

beforeEach(() => {
  bridge.invoked.length = 0;
});
afterEach(() => {
  process.argv = originalArgv;
});

describe('the preload', () => {
  it('exposes exactly one function per contract operation, and nothing else', async () => {
    const api = await loadPreload(['electron', '--type=renderer', operationsArgument(OP_NAMES)]);
    expect(Object.keys(api).sort()).toEqual([...OP_NAMES].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each operation on its own channel and returns the envelope main answered', async () => {
    const api = (await loadPreload([operationsArgument(OP_NAMES)])) as Record<string, (input?: unknown) => Promise<unknown>>;
    const answer = await api['rooms.list']?.({ centreId: 'c-aar' });
    expect(bridge.invoked).toEqual([[ipcChannel('rooms.list'), { centreId: 'c-aar' }]]);
    expect(answer).toEqual({ ok: true, value: ipcChannel('rooms.list') });
  });

  it('exposes nothing when main passed no operation names', async () => {
    expect(Object.keys(await loadPreload(['electron']))).toEqual([]);
  });

  it('ignores names that are not operation names, so no channel can be smuggled in', async () => {
    const api = await loadPreload(['--holdplan-operations=store.status,../x,ipc:send,,plan.check']);
    expect(Object.keys(api)).toEqual(['store.status', 'plan.check']);
  });
});

describe('operationsArgument', () => {
  it('carries every name of the contract through the command line unchanged', () => {
    expect(operationsFromArgv(['x', operationsArgument(OP_NAMES)])).toEqual(OP_NAMES);
  });

  it('refuses to pass a name that the preload would drop', () => {
    expect(() => operationsArgument(['plan.check', 'bad,name'])).toThrow(/bad,name/);
  });
});
