// Reading and writing holdplan/v1 files for the command line. Failures become
// one line naming the file; a written file appears whole or not at all.
import { promises as fsp } from 'node:fs';
import { HoldplanError } from '../../shared/domain/errors';
import { writeFileDurably } from '../store/durableWrite';
import { nodeFsOps, type FsOps } from '../store/fsOps';
import { commandLineMessages as cl } from '../services/messages/commandLine';
import { importingMessages } from '../services/messages/importing';
import { say } from '../services/messages/say';

function reason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return say(cl.noSuchFileOrFolder());
  if (code === 'EACCES' || code === 'EPERM') return say(importingMessages.permissionDenied());
  if (code === 'EISDIR') return say(importingMessages.isAFolder());
  return e instanceof Error ? e.message : String(e);
}

export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await fsp.readFile(path, 'utf8');
  } catch (e) {
    throw new HoldplanError('invalid-input', say(importingMessages.cannotRead({ path, why: reason(e) })));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new HoldplanError('invalid-input', say(cl.notJson({ path, error: e instanceof Error ? e.message : String(e) })));
  }
}

/** Written as the store saves: temp file, fsync, rename, fsync of the folder. `fs` is for tests. */
export async function writeJsonFile(path: string, value: unknown, fs: FsOps = nodeFsOps): Promise<void> {
  try {
    await writeFileDurably(path, `${JSON.stringify(value, null, 2)}\n`, fs);
  } catch (e) {
    throw new HoldplanError('invalid-input', say(importingMessages.cannotWrite({ path, why: reason(e) })));
  }
}
