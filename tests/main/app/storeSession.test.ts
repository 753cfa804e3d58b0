import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const log = vi.hoisted(() => ({ events: [] as string[], refuse: new Set<string>() }));

vi.mock('../../../main/store/index', () => ({
  openStore: async ({ file, app }: { file: string; app: string }) => {
    if (log.refuse.has(file)) throw new Error(`${file} is not a Holdplan data file.`);
    log.events.push(`open ${file} as ${app}`);
    return { path: file, close: async () => void log.events.push(`close ${file}`) };
  },
}));
vi.mock('../../../main/services/index', () => ({
  createServices: (store: { path: string }) => ({ 'store.status': async () => store.path }),
}));

const { openStoreSession } = await import('../../../main/app/storeSession');
const first = path.resolve('/data/holdplan.json');
const shared = path.resolve('/mnt/shared/plan.json');

beforeEach(() => {
  log.events.length = 0;
  log.refuse.clear();
});

describe('the store session', () => {
  it('opens the data file as the Electron app and closes it once', async () => {
    const session = await openStoreSession(first);
    await session.close();
    await session.close();
    expect(log.events).toEqual([`open ${first} as Electron app`, `close ${first}`]);
  });

  it('switches to another file: the new store is open before the old one is closed', async () => {
    const session = await openStoreSession(first);
    await session.switchTo(shared);
    expect(log.events).toEqual([`open ${first} as Electron app`, `open ${shared} as Electron app`, `close ${first}`]);
    expect(session.file()).toBe(shared);
    expect(await session.handlers()['store.status']({})).toBe(shared);
  });

  it('keeps working on the current file when the chosen one cannot be opened', async () => {
    const session = await openStoreSession(first);
    log.refuse.add(shared);
    await expect(session.switchTo(shared)).rejects.toThrow(/not a Holdplan data file/);
    expect(session.file()).toBe(first);
    expect(log.events).toEqual([`open ${first} as Electron app`]);
  });

  it('does not reopen the file it already holds (it would find its own lock)', async () => {
    const session = await openStoreSession(first);
    await session.switchTo(first);
    expect(log.events).toEqual([`open ${first} as Electron app`]);
  });
});
