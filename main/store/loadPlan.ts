// Opening a data file as it is, or recovering when it cannot be used. A damaged
// file is never overwritten: it is moved aside (only by the lock holder) and the
// newest valid backup takes its place; a missing file with backups beside it is
// brought back from them. The notice says so in plain words.
import { promises as fsp } from 'node:fs';
import type { Plan } from '../../shared/domain/schema';
import { isHoldplanError } from '../../shared/domain/errors';
import { readTextIfExists } from './fsOps';
import { backupFolderOf, listBackups } from './backups';
import { emptyPlan } from './emptyPlan';
import { fileStamp } from './fileNames';
import { validateStoreText } from './validateFile';
import type { Text } from '../../shared/i18n/text';
import { storingMessages } from '../services/messages/storing';

export interface LoadedPlan {
  plan: Plan;
  savedAt: string | null;
  /** In both languages: said when the status is read. */
  notices: Text[];
  /** The plan on disk is not the one loaded (recovered from a backup) and should be saved now. */
  needsSave: boolean;
}

/** Whether this instance may change the file; when not, why not, in words that finish "…because ". */
export type LoadAccess = { writable: true } | { writable: false; because: Text };

/** Throws HoldplanError('newer-version') without touching anything when a newer Holdplan wrote the file. */
export async function loadPlan(file: string, access: LoadAccess): Promise<LoadedPlan> {
  const text = await readTextIfExists(file);
  if (text === null) return loadMissing(file, access);

  const checked = validateStoreText(text, file);
  if (checked.ok) return { plan: checked.file.plan, savedAt: checked.file.meta.savedAt, notices: [], needsSave: false };

  let what: Text;
  if (access.writable) {
    const aside = `${file}.corrupt-${fileStamp(new Date())}`;
    await fsp.rename(file, aside);
    what = storingMessages.damagedMovedAside({ file, reason: checked.reason, aside });
  } else {
    what = storingMessages.damagedLeft({ file, reason: checked.reason, because: access.because });
  }

  const backup = await newestValidBackup(file);
  if (backup) {
    return {
      plan: backup.plan,
      savedAt: backup.savedAt,
      notices: [storingMessages.openedBackup({ what, savedAt: backup.savedAt, path: backup.path })],
      needsSave: access.writable,
    };
  }
  return {
    plan: emptyPlan(),
    savedAt: null,
    notices: [storingMessages.startedEmpty({ what })],
    needsSave: false,
  };
}

/** No data file: a new store, unless backups show there was a plan here, which then comes back. */
async function loadMissing(file: string, access: LoadAccess): Promise<LoadedPlan> {
  const backups = await listBackups(file);
  if (backups.length === 0) return { plan: emptyPlan(), savedAt: null, notices: [], needsSave: false };
  const backup = await newestValidBackup(file);
  if (!backup) {
    const notice = storingMessages.missingNoUsableBackup({ file, folder: backupFolderOf(file) });
    return { plan: emptyPlan(), savedAt: null, notices: [notice], needsSave: false };
  }
  return {
    plan: backup.plan,
    savedAt: backup.savedAt,
    notices: [storingMessages.missingFromBackup({ file, savedAt: backup.savedAt, path: backup.path, notSavedBecause: access.writable ? null : access.because })],
    needsSave: access.writable,
  };
}

async function newestValidBackup(file: string): Promise<{ plan: Plan; savedAt: string; path: string } | null> {
  for (const path of await listBackups(file)) {
    const text = await readTextIfExists(path);
    if (text === null) continue;
    try {
      const checked = validateStoreText(text, path);
      if (checked.ok) return { plan: checked.file.plan, savedAt: checked.file.meta.savedAt, path };
    } catch (e) {
      // A backup from a newer Holdplan cannot be used here; an older one may.
      if (!isHoldplanError(e)) throw e;
    }
  }
  return null;
}
