// The store: the only writer of one data file (see types.ts for the contract).
import { promises as fsp } from 'node:fs';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { HoldplanError, isHoldplanError } from '../../shared/domain/errors';
import { integrityProblems } from '../../shared/domain/integrity';
import { Plan } from '../../shared/domain/schema';
import { describeZodError } from '../../shared/domain/zodMessage';
import type { StoreStatus } from '../../shared/contract/results';
import type { OpenStoreOptions, Store } from './types';
import { DurableJsonAdapter } from './durableJsonAdapter';
import { isTempFileOf } from './durableWrite';
import { nodeFsOps, readTextIfExists } from './fsOps';
import { backupFolderOf, isBackupTempOf, keepBackup } from './backups';
import { acquireLock, holderText, isLockTempOf, lockPathOf, type HeldLock, type LockInfo, type LockOptions } from './lock';
import { loadPlan, type LoadAccess } from './loadPlan';
import { serialise, storeFileOf, StoreFile } from './storeFile';
import { validateStoreText } from './validateFile';
import type { Text } from '../../shared/i18n/text';
import { currentLanguage } from '../services/language';
import { storingMessages } from '../services/messages/storing';
import { say } from '../services/messages/say';

const DEFAULT_HEARTBEAT_MS = 5_000;
const DEFAULT_STALE_AFTER_MS = 30_000;

type Access = { kind: 'writer'; lock: HeldLock } | { kind: 'read-only'; holder: LockInfo | null; byChoice: boolean };

function loadAccess(access: Access): LoadAccess {
  if (access.kind === 'writer') return { writable: true };
  return { writable: false, because: access.byChoice ? storingMessages.becauseReadOnly() : storingMessages.becauseHeld({ holder: holderText(access.holder) }) };
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const fs = options.fs ?? nodeFsOps;
  // A read-only look creates nothing, not even the folder.
  if (!options.readOnly) await fsp.mkdir(dirname(options.file), { recursive: true });

  const lostTo: { holder: LockInfo | null }[] = [];
  const lockOptions: LockOptions = {
    app: options.app,
    heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    staleAfterMs: options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS,
    onLost: (holder) => {
      lostTo.push({ holder });
      store?.statusChanged();
    },
  };
  let store: FileStore | undefined;
  let access: Access;
  if (options.readOnly) {
    access = { kind: 'read-only', holder: null, byChoice: true };
  } else {
    const result = await acquireLock(options.file, lockOptions);
    access = result.kind === 'acquired' ? { kind: 'writer', lock: result.lock } : { kind: 'read-only', holder: result.holder, byChoice: false };
  }

  try {
    if (access.kind === 'writer') await clearLeftovers(options.file);
    const loaded = await loadPlan(options.file, loadAccess(access));
    const adapter = new DurableJsonAdapter<StoreFile>(options.file, serialise, (text) => parseOrThrow(text, options.file), fs);
    const db = new Low<StoreFile>(adapter, storeFileOf(loaded.plan, options.app, new Date()));
    store = new FileStore(options, lockOptions, db, access, loaded.plan, loaded.savedAt, loaded.notices, () => lostTo[0] ?? null);
    if (loaded.needsSave) await store.saveRecovered();
    store.watchForTakeover();
    return store;
  } catch (e) {
    if (access.kind === 'writer') await access.lock.release();
    throw e;
  }
}

function parseOrThrow(text: string, where: string): StoreFile {
  const checked = validateStoreText(text, where);
  if (!checked.ok) throw new HoldplanError('corrupt-store', say(storingMessages.cannotRead({ where, reason: checked.reason })));
  return checked.file;
}

/** Temp files of saves, backups and heartbeats that a killed process left behind; only the lock holder may remove them. */
async function clearLeftovers(file: string): Promise<void> {
  const ours = (name: string) => isTempFileOf(file, name) || isLockTempOf(file, name) || isBackupTempOf(file, name);
  for (const folder of [dirname(file), backupFolderOf(file)]) {
    const names = await fsp.readdir(folder).catch(() => [] as string[]);
    await Promise.all(names.filter(ours).map((n) => fsp.unlink(join(folder, n)).catch(() => undefined)));
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

class FileStore implements Store {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private closing: Promise<void> | null = null;
  private watcher: NodeJS.Timeout | null = null;
  private takingOver = false;

  constructor(
    private readonly options: OpenStoreOptions,
    private readonly lockOptions: LockOptions,
    private readonly db: Low<StoreFile>,
    private access: Access,
    private plan: Plan,
    private savedAt: string | null,
    private readonly notices: Text[],
    private readonly lockLostTo: () => { holder: LockInfo | null } | null,
  ) {}

  get path(): string {
    return this.options.file;
  }

  read(): Plan {
    return this.plan;
  }

  update<T>(change: (draft: Plan) => T): Promise<T> {
    // Refused here, not when its turn comes: what was queued before close() is still saved.
    if (this.closed) return Promise.reject(new HoldplanError('read-only', say(storingMessages.closed({ path: this.path }))));
    return this.enqueue(() => this.apply(change));
  }

  status(): StoreStatus {
    const holder = this.currentHolder();
    return {
      path: this.path,
      readOnly: this.readOnlyReason() !== null,
      lockHolder: holder ? { host: holder.host, user: holder.user, pid: holder.pid, app: holder.app, since: holder.since, heartbeat: holder.heartbeat } : null,
      savedAt: this.savedAt,
      notices: this.notices.map(say),
    };
  }

  close(): Promise<void> {
    this.closing ??= this.finishClose();
    return this.closing;
  }

  private async finishClose(): Promise<void> {
    this.closed = true;
    this.stopWatching();
    await this.queue;
    if (this.access.kind === 'writer') await this.access.lock.release();
  }

  async saveRecovered(): Promise<void> {
    await this.save(this.plan);
  }

  statusChanged(): void {
    this.options.onStatusChange?.(this.status());
  }

  /**
   * Opened read-only because another instance held the lock: keep looking at the lock, and
   * take the file over once it is free or proves stale (see acquireLock). Not when the
   * planner chose read-only, and not after losing the lock to someone else.
   */
  watchForTakeover(): void {
    if (this.access.kind !== 'read-only' || this.access.byChoice || this.closed) return;
    this.watcher = setInterval(() => this.tryTakeOver(), this.lockOptions.heartbeatMs);
    this.watcher.unref();
  }

  private stopWatching(): void {
    if (this.watcher) clearInterval(this.watcher);
    this.watcher = null;
  }

  private tryTakeOver(): void {
    if (this.takingOver || this.closed) return;
    this.takingOver = true;
    void this.enqueue(() => this.takeOver())
      .catch((e: unknown) => {
        this.notices.push(storingMessages.couldNotTakeOver({ path: this.path, error: message(e) }));
        this.statusChanged();
      })
      .finally(() => {
        this.takingOver = false;
      });
  }

  private async takeOver(): Promise<void> {
    if (this.closed || this.access.kind !== 'read-only') return;
    const previous = this.access.holder;
    const wasHeld = (await readTextIfExists(lockPathOf(this.path))) !== null;
    const result = await acquireLock(this.path, this.lockOptions);
    if (result.kind === 'held') {
      this.access = { kind: 'read-only', holder: result.holder, byChoice: false };
      return;
    }
    this.stopWatching();
    const lock = result.lock;
    try {
      await clearLeftovers(this.path);
      // The previous holder may have saved since this store read the file.
      const loaded = await loadPlan(this.path, { writable: true });
      this.access = { kind: 'writer', lock };
      this.plan = loaded.plan;
      this.savedAt = loaded.savedAt;
      this.notices.push(
        wasHeld
          ? storingMessages.tookOverStale({ holder: holderText(previous), seconds: this.lockOptions.staleAfterMs / 1000 })
          : storingMessages.tookOverReleased({ path: this.path }),
        ...loaded.notices,
      );
      if (loaded.needsSave) await this.save(loaded.plan);
    } catch (e) {
      this.access = { kind: 'read-only', holder: null, byChoice: false };
      await lock.release();
      throw e;
    } finally {
      this.statusChanged();
    }
  }

  private enqueue<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private currentHolder(): LockInfo | null {
    const lost = this.lockLostTo();
    if (lost) return lost.holder;
    return this.access.kind === 'read-only' ? this.access.holder : null;
  }

  private readOnlyReason(): Text | null {
    const lost = this.lockLostTo();
    if (lost) return storingMessages.takenOverFromHere({ path: this.path, holder: holderText(lost.holder) });
    if (this.access.kind === 'writer') return null;
    if (this.access.byChoice) return storingMessages.readOnlyByChoice({ path: this.path });
    return storingMessages.heldElsewhere({ path: this.path, holder: holderText(this.access.holder) });
  }

  private async apply<T>(change: (draft: Plan) => T): Promise<T> {
    if (this.access.kind === 'writer') await this.access.lock.verify();
    const reason = this.readOnlyReason();
    if (reason) throw new HoldplanError('read-only', say(reason));

    const draft = structuredClone(this.plan);
    let result: T;
    try {
      result = change(draft);
    } catch (e) {
      if (isHoldplanError(e)) throw e;
      throw new HoldplanError('invalid-input', say(storingMessages.notSaved({ error: message(e) })));
    }
    const parsed = Plan.safeParse(draft);
    if (!parsed.success) {
      const details = describeZodError(parsed.error, currentLanguage());
      throw new HoldplanError('invalid-input', say(storingMessages.notSavedInvalid({ details })), details);
    }
    const problems = integrityProblems(parsed.data, currentLanguage());
    if (problems.length > 0) {
      throw new HoldplanError('invalid-input', say(storingMessages.notSavedInconsistent({ problems })), problems);
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
      this.notices.push(storingMessages.backupFailed({ savedAt: this.savedAt, error: message(e) }));
    }
  }
}
