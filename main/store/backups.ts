// The last saves, kept as whole files in `backups/` beside the data file, so a
// damaged data file can be replaced by the newest one that is still valid.
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { errnoCode } from './fsOps';
import { FILE_STAMP_PATTERN, fileStamp, nameMatches } from './fileNames';

export const BACKUPS_KEPT = 10;

export function backupFolderOf(file: string): string {
  return join(dirname(file), 'backups');
}

let sequence = 0;

function backupName(file: string, savedAt: Date): string {
  // The sequence orders saves within one millisecond.
  sequence = (sequence + 1) % 1_000_000;
  return `${basename(file)}.${fileStamp(savedAt)}.${String(sequence).padStart(6, '0')}.json`;
}

/** `NAME.<stamp>.<sequence>.json`, exactly as backupName makes it. */
function isBackupOf(file: string, name: string): boolean {
  return nameMatches(name, `${basename(file)}.`, `${FILE_STAMP_PATTERN}\\.\\d{6}`, '.json');
}

function backupTempName(backup: string): string {
  return `.${basename(backup)}.${randomBytes(4).toString('hex')}.tmp`;
}

/** The temp file of a backup copy that a killed process left behind. */
export function isBackupTempOf(file: string, name: string): boolean {
  return nameMatches(name, `.${basename(file)}.`, `${FILE_STAMP_PATTERN}\\.\\d{6}\\.json\\.[0-9a-f]{8}`, '.tmp');
}

/** Backups of `file`, newest first (their names sort by save time). */
export async function listBackups(file: string): Promise<string[]> {
  const folder = backupFolderOf(file);
  let names: string[];
  try {
    names = await fsp.readdir(folder);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return [];
    throw e;
  }
  return names
    .filter((n) => isBackupOf(file, n))
    .sort()
    .reverse()
    .map((n) => join(folder, n));
}

/**
 * Copies the just-saved data file into the backups and drops all but the newest BACKUPS_KEPT.
 * A backup is a safety net, not the save: it is not fsynced, and recovery checks each one
 * before it trusts it.
 */
export async function keepBackup(file: string, savedAt: Date): Promise<void> {
  const folder = backupFolderOf(file);
  await fsp.mkdir(folder, { recursive: true });
  const target = join(folder, backupName(file, savedAt));
  const temp = join(folder, backupTempName(target));
  await fsp.copyFile(file, temp);
  await fsp.rename(temp, target);
  const all = await listBackups(file);
  await Promise.all(all.slice(BACKUPS_KEPT).map((old) => fsp.unlink(old).catch(() => undefined)));
}
