import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../main/store';
import { acquireLock, describeHolder } from '../../../main/store/lock';
import { tempFolder } from './helpers';

const fixture = fileURLToPath(new URL('./fixtures/holdStore.ts', import.meta.url));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** Starts another process that opens the store and holds it. */
function holdInChild(file: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, file], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`the holding process exited with ${code}`)));
  });
}

function deadPid(): number {
  const done = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(done.stdout.toString());
}

function lockOf(host: string, pid: number, heartbeatAgoMs: number) {
  const beat = new Date(Date.now() - heartbeatAgoMs).toISOString();
  return JSON.stringify({ host, user: 'ane', pid, app: 'Electron app', since: new Date(Date.now() - 3_600_000).toISOString(), heartbeat: beat });
}

async function lockFile(file: string) {
  return JSON.parse(await readFile(`${file}.lock`, 'utf8'));
}

describe('the lock', () => {
  it('names host, user, pid, app and the time it was taken', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    const store = await openStore({ file, app: 'browser mode' });
    expect(await lockFile(file)).toMatchObject({ host: hostname(), user: userInfo().username, pid: process.pid, app: 'browser mode' });
    await store.close();
  });

  it('opens read-only, saying who has the file, while another live process holds it', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    const child = await holdInChild(file);
    const before = await readFile(file, 'utf8');

    const store = await openStore({ file, app: 'Electron app' });

    expect(store.read().term.name).toBe('held by another process');
    const status = store.status();
    expect(status.readOnly).toBe(true);
    expect(status.lockHolder).toMatchObject({ host: hostname(), pid: child.pid, app: 'command line' });
    const attempt = store.update((plan) => {
      plan.term.name = 'mine';
    });
    await expect(attempt).rejects.toMatchObject({ code: 'read-only' });
    await expect(attempt).rejects.toThrow(
      new RegExp(`is open in Holdplan by ${userInfo().username} on host ${hostname()} \\(command line, pid ${child.pid}\\) since \\d\\d:\\d\\d; it opened read-only here`),
    );
    expect(await readFile(file, 'utf8')).toBe(before);
    await store.close();
    expect((await lockFile(file)).pid).toBe(child.pid);
  });

  it('opens read-only when another machine holds the lock with a fresh heartbeat', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    await writeFile(`${file}.lock`, lockOf('pc-12', 4242, 1_000));
    const store = await openStore({ file, app: 'test' });
    expect(store.status()).toMatchObject({ readOnly: true, lockHolder: { host: 'pc-12', user: 'ane', pid: 4242 } });
    await expect(store.update(() => undefined)).rejects.toThrow(/by ane on host pc-12 \(Electron app, pid 4242\) since/);
    await store.close();
    expect((await lockFile(file)).host).toBe('pc-12');
  });

  it('is taken over when its process on this machine is gone', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    await writeFile(`${file}.lock`, lockOf(hostname(), deadPid(), 0));
    const store = await openStore({ file, app: 'test' });
    expect(store.status().readOnly).toBe(false);
    expect((await lockFile(file)).pid).toBe(process.pid);
    await store.update((plan) => {
      plan.term.name = 'taken over';
    });
    await store.close();
  });

  it('from another machine is judged by whether its heartbeat changes on our clock, not by its time stamp', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    // The other PC's clock is a minute behind ours, so its heartbeat always looks a minute old.
    await writeFile(`${file}.lock`, lockOf('pc-12', 4242, 60_000));
    const beat = async () => {
      await writeFile(`${file}.lock.other`, lockOf('pc-12', 4242, 60_000));
      await rename(`${file}.lock.other`, `${file}.lock`);
    };
    const other = setInterval(() => void beat().catch(() => undefined), 10);
    try {
      const store = await openStore({ file, app: 'test', staleAfterMs: 150, heartbeatMs: 10 });
      expect(store.status().readOnly).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(store.status().readOnly).toBe(true);
      expect((await lockFile(file)).host).toBe('pc-12');
      await store.close();
    } finally {
      clearInterval(other);
    }
  });

  it('from another machine is taken over in the background once its heartbeat has not changed for staleAfterMs here', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    const seed = await openStore({ file, app: 'test' });
    await seed.update((plan) => {
      plan.term.name = 'before';
    });
    await seed.close();
    // The heartbeat looks fresh by the other PC's clock (it runs ahead), but it never changes.
    await writeFile(`${file}.lock`, lockOf('pc-12', 4242, -60_000));
    const store = await openStore({ file, app: 'test', staleAfterMs: 150, heartbeatMs: 10 });
    expect(store.status()).toMatchObject({ readOnly: true, lockHolder: { host: 'pc-12' } });
    // The other machine saved once more before it went quiet; the takeover must not lose that.
    const saved = JSON.parse(await readFile(file, 'utf8'));
    saved.plan.term.name = 'their last save';
    await writeFile(file, JSON.stringify(saved));

    await vi.waitFor(() => expect(store.status().readOnly).toBe(false), { timeout: 5_000 });
    expect(store.status().lockHolder).toBeNull();
    expect(store.status().notices.join(' ')).toMatch(/pc-12.*took the file over/);
    expect(await lockFile(file)).toMatchObject({ host: hostname(), pid: process.pid });
    expect(store.read().term.name).toBe('their last save');
    await store.update((plan) => {
      plan.term.name = 'mine now';
    });
    await store.close();
    expect(JSON.parse(await readFile(file, 'utf8')).plan.term.name).toBe('mine now');
  });

  it('from another machine is taken over by a later open once we have seen it unchanged for staleAfterMs', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    await writeFile(`${file}.lock`, lockOf('pc-12', 4242, 0));
    let clock = 1_000;
    const options = { app: 'test', heartbeatMs: 60_000, staleAfterMs: 30_000, now: () => clock };
    expect((await acquireLock(file, options)).kind).toBe('held');
    clock += 29_000;
    expect((await acquireLock(file, options)).kind).toBe('held');
    clock += 2_000;
    const taken = await acquireLock(file, options);
    expect(taken.kind).toBe('acquired');
    if (taken.kind === 'acquired') await taken.lock.release();
  });

  it('from another machine is not taken over when its heartbeat changed while we watched', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    await writeFile(`${file}.lock`, lockOf('pc-12', 4242, 0));
    let clock = 1_000;
    const options = { app: 'test', heartbeatMs: 60_000, staleAfterMs: 30_000, now: () => clock };
    expect((await acquireLock(file, options)).kind).toBe('held');
    clock += 20_000;
    await writeFile(`${file}.lock`, lockOf('pc-12', 4242, -5_000));
    expect((await acquireLock(file, options)).kind).toBe('held');
    clock += 20_000;
    expect((await acquireLock(file, options)).kind).toBe('held');
  });

  it('is taken over when a process died while creating it and left it empty', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    await writeFile(`${file}.lock`, '');
    const longAgo = new Date(Date.now() - 10_000);
    await utimes(`${file}.lock`, longAgo, longAgo);
    const store = await openStore({ file, app: 'test' });
    expect(store.status().readOnly).toBe(false);
    await store.close();
  });

  it('refreshes its heartbeat while the store is open', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    const store = await openStore({ file, app: 'test', heartbeatMs: 20 });
    const first = (await lockFile(file)).heartbeat;
    await vi.waitFor(async () => expect((await lockFile(file)).heartbeat).not.toBe(first), { timeout: 5_000 });
    await store.close();
  });

  it('stops saving, and close leaves the new holder’s lock alone, when another instance took it over', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    const store = await openStore({ file, app: 'test' });
    const theirs = lockOf('pc-12', 4242, 0);
    await writeFile(`${file}.lock`, theirs);

    await expect(store.update(() => undefined)).rejects.toMatchObject({ code: 'read-only', message: expect.stringMatching(/taken over by ane on host pc-12/) });
    expect(store.status()).toMatchObject({ readOnly: true, lockHolder: { host: 'pc-12' } });
    await store.close();
    expect(await readFile(`${file}.lock`, 'utf8')).toBe(theirs);
  });

  it('is not taken when the store is opened read-only on purpose', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    const store = await openStore({ file, app: 'test', readOnly: true });
    await expect(readFile(`${file}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(store.update(() => undefined)).rejects.toMatchObject({ code: 'read-only', message: expect.stringMatching(/opened read-only/) });
    await store.close();
  });
});

describe('releasing the lock', () => {
  it('waits for a heartbeat in flight, so the heartbeat cannot put the lock file back', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    for (let round = 0; round < 5; round++) {
      const taken = await acquireLock(file, { app: 'test', heartbeatMs: 60_000, staleAfterMs: 30_000 });
      if (taken.kind !== 'acquired') throw new Error('the lock should be free');
      const beating = taken.lock.beat();
      await taken.lock.release();
      await beating;
      await expect(readFile(`${file}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
    }
  });
});

describe('describeHolder', () => {
  it('gives the date as well as the time when the lock was taken on another day', () => {
    const holder = { host: 'pc-12', user: 'ane', pid: 4242, app: 'command line', since: new Date(2027, 0, 4, 10, 32).toISOString(), heartbeat: '' };
    expect(describeHolder(holder, new Date(2027, 0, 4, 15, 0))).toBe('ane on host pc-12 (command line, pid 4242) since 10:32');
    expect(describeHolder(holder, new Date(2027, 0, 5, 9, 0))).toBe('ane on host pc-12 (command line, pid 4242) since 2027-01-04 10:32');
  });
});
