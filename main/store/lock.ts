// One writer per data file. The lock file names who holds it (host, user, pid,
// app) and carries a heartbeat, so a lock left by a crashed process is recognised
// on the same machine (its pid is gone) and from other machines sharing the file
// on a network drive (its heartbeat stops changing). Another machine's clock may be
// off by minutes, so its heartbeat is never compared with our clock: we watch the
// value, and only our own clock says how long it has stood still.
import { promises as fsp } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { z } from 'zod';
import { errnoCode, readTextIfExists } from './fsOps';
import { nameMatches } from './fileNames';
import type { Text } from '../../shared/i18n/text';

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
  /** Our own clock in milliseconds, only ever compared with itself (tests inject one). */
  now?: () => number;
}

export type LockResult = { kind: 'acquired'; lock: HeldLock } | { kind: 'held'; holder: LockInfo | null };

export function lockPathOf(file: string): string {
  return `${file}.lock`;
}

/** The temp file a heartbeat writes before renaming it over the lock, left behind when its process was killed. */
export function isLockTempOf(file: string, name: string): boolean {
  return nameMatches(name, `${basename(lockPathOf(file))}.`, String.raw`\d+\.[0-9a-f]{8}`, '.tmp');
}

function lockTempPath(lockPath: string): string {
  return `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
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

async function readLock(path: string): Promise<LockInfo | null> {
  return parseLock((await readTextIfExists(path)) ?? '');
}

const localClock = (): number => performance.now();

/**
 * What this process has seen in each lock file, and when by its own clock. Kept for the
 * life of the process, so a later open (or the store's background watch) can judge a
 * lock that an earlier look found unchanged.
 */
const observed = new Map<string, { text: string; since: number }>();

/** How long, by our clock, the lock at `path` has read exactly `text`; 0 when it just changed. */
function unchangedFor(path: string, text: string, now: number): number {
  const last = observed.get(path);
  if (last && last.text === text) return now - last.since;
  observed.set(path, { text, since: now });
  return 0;
}

function isStale(path: string, text: string, holder: LockInfo, options: LockOptions): boolean {
  if (holder.host === hostname()) {
    if (!isPidAlive(holder.pid)) return true;
    // One machine, one clock: the time stamp can be trusted here.
    const beat = Date.parse(holder.heartbeat);
    return Number.isNaN(beat) || Date.now() - beat > options.staleAfterMs;
  }
  return unchangedFor(path, text, (options.now ?? localClock)()) >= options.staleAfterMs;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function acquireLock(file: string, options: LockOptions): Promise<LockResult> {
  const path = lockPathOf(file);
  for (let attempt = 0; attempt < 10; attempt++) {
    const now = new Date().toISOString();
    const mine: LockInfo = { host: hostname(), user: currentUser(), pid: process.pid, app: options.app, since: now, heartbeat: now };
    try {
      await fsp.writeFile(path, JSON.stringify(mine), { flag: 'wx' });
      observed.delete(path);
      return { kind: 'acquired', lock: new HeldLock(path, mine, options) };
    } catch (e) {
      if (errnoCode(e) !== 'EEXIST') throw e;
    }

    const text = await readTextIfExists(path);
    if (text === null) continue;
    const holder = parseLock(text);
    if (holder === null) {
      const age = await ageOf(path);
      if (age === null) continue;
      if (age < INCOMPLETE_LOCK_MS) {
        await sleep(INCOMPLETE_LOCK_MS - age);
        continue;
      }
    } else if (!isStale(path, text, holder, options)) {
      return { kind: 'held', holder };
    }
    await moveAsideIfUnchanged(path, text);
  }
  return { kind: 'held', holder: await readLock(path) };
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
async function moveAsideIfUnchanged(path: string, judged: string): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fsp.rename(path, aside);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return;
    throw e;
  }
  if ((await readTextIfExists(aside)) !== judged) {
    await fsp.rename(aside, path);
    return;
  }
  await fsp.unlink(aside).catch(() => undefined);
}

export class HeldLock {
  private timer: NodeJS.Timeout | null = null;
  private lost = false;
  private released = false;
  private beating: Promise<void> | null = null;

  constructor(
    readonly path: string,
    private info: LockInfo,
    private readonly options: LockOptions,
  ) {
    this.timer = setInterval(() => void this.beat(), options.heartbeatMs);
    // The heartbeat must not keep a command-line run alive after its work is done.
    this.timer.unref();
  }

  private isOurs(holder: LockInfo | null): boolean {
    return holder !== null && holder.host === this.info.host && holder.pid === this.info.pid && holder.since === this.info.since;
  }

  /** Re-reads the lock; returns who holds it when it is no longer ours. */
  async verify(): Promise<{ ours: true } | { ours: false; holder: LockInfo | null }> {
    const holder = await readLock(this.path);
    if (this.lost) return { ours: false, holder };
    if (this.isOurs(holder)) return { ours: true };
    this.markLost(holder);
    return { ours: false, holder };
  }

  /** Refreshes the heartbeat; one at a time, and never after release() has begun. A failed beat is retried by the next. */
  beat(): Promise<void> {
    this.beating ??= this.refresh()
      .catch(() => undefined)
      .finally(() => {
        this.beating = null;
      });
    return this.beating;
  }

  private async refresh(): Promise<void> {
    if (this.lost || this.released) return;
    const check = await this.verify();
    if (!check.ours || this.released) return;
    this.info = { ...this.info, heartbeat: new Date().toISOString() };
    // Replaced by rename so a reader never sees a half-written lock.
    const temp = lockTempPath(this.path);
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

  /** Removes the lock only if it is still ours, after any heartbeat in flight has landed (else its rename would put the lock back). */
  async release(): Promise<void> {
    this.stopHeartbeat();
    this.released = true;
    await this.beating;
    if (this.lost) return;
    this.lost = true;
    if (this.isOurs(await readLock(this.path))) await fsp.unlink(this.path).catch(() => undefined);
  }
}

/** "ane on host pc-12 (command line, pid 4242) since 10:32" */
export function describeHolder(holder: LockInfo | null, now = new Date()): string {
  return holderText(holder, now).en;
}

/** The holder in both languages: "ane on host pc-12 … since 10:32" / "ane på maskinen pc-12 … siden 10:32". */
export function holderText(holder: LockInfo | null, now = new Date()): Text {
  if (!holder) return { en: 'another Holdplan instance', da: 'en anden Holdplan' };
  const since = new Date(holder.since);
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = `${pad(since.getHours())}:${pad(since.getMinutes())}`;
  const sameDay = since.toDateString() === now.toDateString();
  const known = !Number.isNaN(since.getTime());
  const when = sameDay ? clock : `${since.getFullYear()}-${pad(since.getMonth() + 1)}-${pad(since.getDate())} ${clock}`;
  const app = `(${holder.app}, pid ${holder.pid})`;
  return {
    en: `${holder.user} on host ${holder.host} ${app} since ${known ? when : 'an unknown time'}`,
    da: `${holder.user} på maskinen ${holder.host} ${app} siden ${known ? when : 'et ukendt tidspunkt'}`,
  };
}
