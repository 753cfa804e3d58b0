// One writer per data file. The lock file names who holds it (host, user, pid,
// app) and carries a heartbeat, so a lock left by a crashed process is recognised
// on the same machine (its pid is gone) and from other machines sharing the file
// on a network drive (its heartbeat stops).
import { promises as fsp } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { errnoCode } from './fsOps';

export const LockInfo = z.looseObject({
  host: z.string(),
  user: z.string(),
  pid: z.number().int(),
  app: z.string(),
  since: z.string(),
  heartbeat: z.string(),
});
export type LockInfo = z.infer<typeof LockInfo>;

/** A lock file still empty or half-written this long after it was created was left by a process that died creating it. */
const INCOMPLETE_LOCK_MS = 1000;

export interface LockOptions {
  app: string;
  heartbeatMs: number;
  staleAfterMs: number;
  /** Called when another instance has taken the lock over (we were judged stale, e.g. after a long sleep). */
  onLost?: (holder: LockInfo | null) => void;
}

export type LockResult =
  | { kind: 'acquired'; lock: HeldLock; tookOverFrom: LockInfo | null }
  | { kind: 'held'; holder: LockInfo | null };

export function lockPathOf(file: string): string {
  return `${file}.lock`;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return errnoCode(e) === 'EPERM';
  }
}

function parseLock(text: string): LockInfo | null {
  try {
    const parsed = LockInfo.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function readText(path: string): Promise<string | null> {
  try {
    return await fsp.readFile(path, 'utf8');
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return null;
    throw e;
  }
}

export function isStale(holder: LockInfo, staleAfterMs: number, now = Date.now()): boolean {
  if (holder.host === hostname() && !isPidAlive(holder.pid)) return true;
  const beat = Date.parse(holder.heartbeat);
  return Number.isNaN(beat) || now - beat > staleAfterMs;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function acquireLock(file: string, options: LockOptions): Promise<LockResult> {
  const path = lockPathOf(file);
  let tookOverFrom: LockInfo | null = null;
  for (let attempt = 0; attempt < 10; attempt++) {
    const now = new Date().toISOString();
    const mine: LockInfo = { host: hostname(), user: currentUser(), pid: process.pid, app: options.app, since: now, heartbeat: now };
    try {
      await fsp.writeFile(path, JSON.stringify(mine), { flag: 'wx' });
      return { kind: 'acquired', lock: new HeldLock(path, mine, options), tookOverFrom };
    } catch (e) {
      if (errnoCode(e) !== 'EEXIST') throw e;
    }

    const text = await readText(path);
    if (text === null) continue;
    const holder = parseLock(text);
    if (holder === null) {
      const age = await ageOf(path);
      if (age === null) continue;
      if (age < INCOMPLETE_LOCK_MS) {
        await sleep(INCOMPLETE_LOCK_MS - age);
        continue;
      }
    } else if (!isStale(holder, options.staleAfterMs)) {
      return { kind: 'held', holder };
    }
    if (await moveAsideIfUnchanged(path, text)) tookOverFrom = holder;
  }
  return { kind: 'held', holder: parseLock((await readText(path)) ?? '') };
}

async function ageOf(path: string): Promise<number | null> {
  try {
    return Date.now() - (await fsp.stat(path)).mtimeMs;
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return null;
    throw e;
  }
}

/**
 * Takes a stale lock away. Two instances may judge the same lock stale at once: only one
 * rename succeeds, and if what we moved is no longer the lock we judged (someone
 * replaced it meanwhile), it goes back.
 */
async function moveAsideIfUnchanged(path: string, judged: string): Promise<boolean> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fsp.rename(path, aside);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return false;
    throw e;
  }
  if ((await readText(aside)) !== judged) {
    await fsp.rename(aside, path);
    return false;
  }
  await fsp.unlink(aside).catch(() => undefined);
  return true;
}

export class HeldLock {
  private timer: NodeJS.Timeout | null = null;
  private lost = false;

  constructor(
    readonly path: string,
    private info: LockInfo,
    private readonly options: LockOptions,
  ) {
    this.timer = setInterval(() => void this.beat().catch(() => undefined), options.heartbeatMs);
    // The heartbeat must not keep a command-line run alive after its work is done.
    this.timer.unref();
  }

  get isLost(): boolean {
    return this.lost;
  }

  private isOurs(holder: LockInfo | null): boolean {
    return holder !== null && holder.host === this.info.host && holder.pid === this.info.pid && holder.since === this.info.since;
  }

  /** Re-reads the lock; returns who holds it when it is no longer ours. */
  async verify(): Promise<{ ours: true } | { ours: false; holder: LockInfo | null }> {
    if (this.lost) return { ours: false, holder: parseLock((await readText(this.path)) ?? '') };
    const holder = parseLock((await readText(this.path)) ?? '');
    if (this.isOurs(holder)) return { ours: true };
    this.markLost(holder);
    return { ours: false, holder };
  }

  async beat(): Promise<void> {
    if (this.lost) return;
    const check = await this.verify();
    if (!check.ours) return;
    this.info = { ...this.info, heartbeat: new Date().toISOString() };
    // Replaced by rename so a reader never sees a half-written lock.
    const temp = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await fsp.writeFile(temp, JSON.stringify(this.info));
    await fsp.rename(temp, this.path);
  }

  private markLost(holder: LockInfo | null): void {
    if (this.lost) return;
    this.lost = true;
    this.stopHeartbeat();
    this.options.onLost?.(holder);
  }

  private stopHeartbeat(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Removes the lock only if it is still ours. */
  async release(): Promise<void> {
    this.stopHeartbeat();
    if (this.lost) return;
    this.lost = true;
    const holder = parseLock((await readText(this.path)) ?? '');
    if (this.isOurs(holder)) await fsp.unlink(this.path).catch(() => undefined);
  }
}

/** "ane on host pc-12 (command line, pid 4242) since 10:32" */
export function describeHolder(holder: LockInfo | null, now = new Date()): string {
  if (!holder) return 'another Holdplan instance';
  const since = new Date(holder.since);
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = `${pad(since.getHours())}:${pad(since.getMinutes())}`;
  const sameDay = since.toDateString() === now.toDateString();
  const when = Number.isNaN(since.getTime())
    ? 'an unknown time'
    : sameDay
      ? clock
      : `${since.getFullYear()}-${pad(since.getMonth() + 1)}-${pad(since.getDate())} ${clock}`;
  return `${holder.user} on host ${holder.host} (${holder.app}, pid ${holder.pid}) since ${when}`;
}
