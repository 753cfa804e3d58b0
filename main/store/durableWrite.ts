// A save that survives a crash at any instant: the old file or the new one is on
// disk, never a mix. The temp file is unique per process and call, so two
// processes that both (wrongly) write never share a temp file.
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errnoCode, type FsOps } from './fsOps';
import { nameMatches } from './fileNames';

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** True for the temp files `tempPathFor(target)` makes, so leftovers of a killed process can be cleared. */
export function isTempFileOf(target: string, name: string): boolean {
  return nameMatches(name, `.${basename(target)}.`, String.raw`\d+\.[0-9a-f]{12}`, '.tmp');
}

export async function writeFileDurably(target: string, text: string, fs: FsOps): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await fs.open(temp, 'wx');
  try {
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined);
    throw e;
  }
  await syncFolder(dirname(target), fs);
}

/** Makes the rename itself durable: without it a power cut can bring back the old directory entry. */
async function syncFolder(folder: string, fs: FsOps): Promise<void> {
  let handle;
  try {
    handle = await fs.open(folder, 'r');
  } catch (e) {
    // Windows cannot open a folder for fsync; there NTFS journals the rename itself.
    if (ignorableFolderSyncError(e)) return;
    throw e;
  }
  try {
    await handle.sync();
  } catch (e) {
    // Some network file systems refuse fsync on a folder; the rename has still happened.
    if (!ignorableFolderSyncError(e)) throw e;
  } finally {
    await handle.close();
  }
}

function ignorableFolderSyncError(e: unknown): boolean {
  const code = errnoCode(e);
  return code === 'EISDIR' || code === 'EPERM' || code === 'EACCES' || code === 'EINVAL' || code === 'ENOTSUP' || code === 'EBADF';
}
