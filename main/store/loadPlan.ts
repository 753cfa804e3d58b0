// Opening a data file as it is, or recovering when it cannot be used. A damaged
// file is never overwritten: it is moved aside (only by the lock holder) and the
// newest valid backup takes its place, and the notice says so in plain words.
import { promises as fsp } from 'node:fs';
import type { Plan } from '../../shared/domain/schema';
import { isHoldplanError } from '../../shared/domain/errors';
import { errnoCode } from './fsOps';
import { backupFolderOf, listBackups } from './backups';
import { emptyPlan } from './emptyPlan';
import { validateStoreText } from './validateFile';

export interface LoadedPlan {
  plan: Plan;
  savedAt: string | null;
  notices: string[];
  /** The plan on disk is not the one loaded (recovered from a backup) and should be saved now. */
  needsSave: boolean;
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await fsp.readFile(path, 'utf8');
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return null;
    throw e;
  }
}

function fileStamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-');
}

/** Throws HoldplanError('newer-version') without touching anything when a newer Holdplan wrote the file. */
export async function loadPlan(file: string, writable: boolean): Promise<LoadedPlan> {
  const text = await readIfExists(file);
  if (text === null) {
    const notices =
      (await listBackups(file)).length > 0
        ? [`There was no data file at ${file}, so Holdplan started with an empty plan. Backups of an earlier plan are in ${backupFolderOf(file)}.`]
        : [];
    return { plan: emptyPlan(), savedAt: null, notices, needsSave: false };
  }

  const checked = validateStoreText(text, file);
  if (checked.ok) return { plan: checked.file.plan, savedAt: checked.file.meta.savedAt, notices: [], needsSave: false };

  let what: string;
  if (writable) {
    const aside = `${file}.corrupt-${fileStamp(new Date())}`;
    await fsp.rename(file, aside);
    what = `The data file ${file} could not be used because ${checked.reason}. It was moved to ${aside}`;
  } else {
    what = `The data file ${file} could not be used because ${checked.reason}. It was left where it is, because another Holdplan holds the file`;
  }

  const backup = await newestValidBackup(file);
  if (backup) {
    return {
      plan: backup.plan,
      savedAt: backup.savedAt,
      notices: [`${what}, and Holdplan opened the newest valid backup, saved ${backup.savedAt} (${backup.path}).`],
      needsSave: writable,
    };
  }
  return {
    plan: emptyPlan(),
    savedAt: null,
    notices: [`${what}. No valid backup was found, so Holdplan started with an empty plan.`],
    needsSave: false,
  };
}

async function newestValidBackup(file: string): Promise<{ plan: Plan; savedAt: string; path: string } | null> {
  for (const path of await listBackups(file)) {
    const text = await readIfExists(path);
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
