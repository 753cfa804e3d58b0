// The store: the only writer of one data file (see types.ts for the contract).
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { HoldplanError, isHoldplanError } from '../../shared/domain/errors';
import { integrityProblems } from '../../shared/domain/integrity';
import { Plan } from '../../shared/domain/schema';
import { describeZodError } from '../../shared/domain/zodMessage';
import type { StoreStatus } from '../../shared/contract/results';
import type { OpenStoreOptions, Store } from './types';
import { DurableJsonAdapter } from './durableJsonAdapter';
import { isTempFileOf } from './durableWrite';
import { nodeFsOps } from './fsOps';
import { backupFolderOf, keepBackup } from './backups';
import { acquireLock, describeHolder, type HeldLock, type LockInfo } from './lock';
import { loadPlan } from './loadPlan';
import { serialise, storeFileOf, StoreFile } from './storeFile';
import { validateStoreText } from './validateFile';

const DEFAULT_HEARTBEAT_MS = 5_000;
const DEFAULT_STALE_AFTER_MS = 30_000;

type Access = { kind: 'writer'; lock: HeldLock } | { kind: 'read-only'; holder: LockInfo | null; byChoice: boolean };

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const fs = options.fs ?? nodeFsOps;
  await fsp.mkdir(dirname(options.file), { recursive: true });

  let lostTo: { holder: LockInfo | null } | null = null;
  let access: Access;
  if (options.readOnly) {
    access = { kind: 'read-only', holder: null, byChoice: true };
  } else {
    const result = await acquireLock(options.file, {
      app: options.app,
      heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
      staleAfterMs: options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS,
      onLost: (holder) => {
        lostTo = { holder };
      },
    });
    access = result.kind === 'acquired' ? { kind: 'writer', lock: result.lock } : { kind: 'read-only', holder: result.holder, byChoice: false };
  }

  try {
    if (access.kind === 'writer') await clearLeftovers(options.file);
    const loaded = await loadPlan(options.file, access.kind === 'writer');
    const adapter = new DurableJsonAdapter<StoreFile>(options.file, serialise, (text) => parseOrThrow(text, options.file), fs);
    const db = new Low<StoreFile>(adapter, storeFileOf(loaded.plan, options.app, new Date()));
    const store = new FileStore(options, db, access, loaded.plan, loaded.savedAt, loaded.notices, () => lostTo);
    if (loaded.needsSave) await store.saveRecovered();
    return store;
  } catch (e) {
    if (access.kind === 'writer') await access.lock.release();
    throw e;
  }
}

function parseOrThrow(text: string, where: string): StoreFile {
  const checked = validateStoreText(text, where);
  if (!checked.ok) throw new HoldplanError('corrupt-store', `${where} cannot be read: ${checked.reason}.`);
  return checked.file;
}

/** Temp files of saves, backups and heartbeats that a killed process left behind; only the lock holder may remove them. */
async function clearLeftovers(file: string): Promise<void> {
  const lockTemp = (name: string) => name.startsWith(`${basename(file)}.lock.`) && name.endsWith('.tmp');
  for (const folder of [dirname(file), backupFolderOf(file)]) {
    const names = await fsp.readdir(folder).catch(() => [] as string[]);
    const leftovers = names.filter((n) => isTempFileOf(file, n) || lockTemp(n));
    await Promise.all(leftovers.map((n) => fsp.unlink(join(folder, n)).catch(() => undefined)));
  }
}

class FileStore implements Store {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly options: OpenStoreOptions,
    private readonly db: Low<StoreFile>,
    private readonly access: Access,
    private plan: Plan,
    private savedAt: string | null,
    private readonly notices: string[],
    private readonly lockLostTo: () => { holder: LockInfo | null } | null,
  ) {}

  get path(): string {
    return this.options.file;
  }

  read(): Plan {
    return this.plan;
  }

  update<T>(change: (draft: Plan) => T): Promise<T> {
    const run = this.queue.then(() => this.apply(change));
    this.queue = run.catch(() => undefined);
    return run;
  }

  status(): StoreStatus {
    const holder = this.currentHolder();
    return {
      path: this.path,
      readOnly: this.readOnlyReason() !== null,
      lockHolder: holder ? { host: holder.host, user: holder.user, pid: holder.pid, app: holder.app, since: holder.since, heartbeat: holder.heartbeat } : null,
      savedAt: this.savedAt,
      notices: [...this.notices],
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    if (this.access.kind === 'writer') await this.access.lock.release();
  }

  async saveRecovered(): Promise<void> {
    await this.save(this.plan);
  }

  private currentHolder(): LockInfo | null {
    const lost = this.lockLostTo();
    if (lost) return lost.holder;
    return this.access.kind === 'read-only' ? this.access.holder : null;
  }

  private readOnlyReason(): string | null {
    const lost = this.lockLostTo();
    if (lost) return `${this.path} was taken over by ${describeHolder(lost.holder)} while it was open here, so changes can no longer be saved.`;
    if (this.access.kind === 'writer') return null;
    if (this.access.byChoice) return `${this.path} was opened read-only, so changes cannot be saved.`;
    return `${this.path} is open in Holdplan by ${describeHolder(this.access.holder)}; it opened read-only here, so changes cannot be saved.`;
  }

  private async apply<T>(change: (draft: Plan) => T): Promise<T> {
    if (this.closed) throw new HoldplanError('read-only', `The store for ${this.path} is closed.`);
    if (this.access.kind === 'writer') await this.access.lock.verify();
    const reason = this.readOnlyReason();
    if (reason) throw new HoldplanError('read-only', reason);

    const draft = structuredClone(this.plan);
    let result: T;
    try {
      result = change(draft);
    } catch (e) {
      if (isHoldplanError(e)) throw e;
      throw new HoldplanError('invalid-input', `The change was not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
    const parsed = Plan.safeParse(draft);
    if (!parsed.success) {
      const details = describeZodError(parsed.error);
      throw new HoldplanError('invalid-input', `The change was not saved because the plan would not be valid: ${details.join('; ')}`, details);
    }
    const problems = integrityProblems(parsed.data);
    if (problems.length > 0) {
      throw new HoldplanError('invalid-input', `The change was not saved because the plan would not hang together: ${problems.join('; ')}`, problems);
    }
    await this.save(parsed.data);
    return result;
  }

  private async save(plan: Plan): Promise<void> {
    const savedAt = new Date();
    this.db.data = storeFileOf(plan, this.options.app, savedAt);
    await this.db.write();
    this.plan = plan;
    this.savedAt = savedAt.toISOString();
    try {
      await keepBackup(this.path, savedAt);
    } catch (e) {
      this.notices.push(`The save at ${this.savedAt} succeeded, but its backup could not be written: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
