// Writing an exported file so that it appears whole or not at all; a failure
// is one line naming the file.
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { HoldplanError } from '../../shared/domain/errors';
import { importingMessages } from '../services/messages/importing';
import { say } from '../services/messages/say';

export async function writeWholeFile(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await fsp.writeFile(temp, content);
    await fsp.rename(temp, path);
  } catch (e) {
    await fsp.rm(temp, { force: true });
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? say(importingMessages.noSuchFolder()) : code === 'EACCES' || code === 'EPERM' ? say(importingMessages.permissionDenied()) : e instanceof Error ? e.message : String(e);
    throw new HoldplanError('invalid-input', say(importingMessages.cannotWrite({ path, why })));
  }
}

export async function readWholeFile(path: string): Promise<Buffer> {
  try {
    return await fsp.readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? say(importingMessages.noSuchFile()) : code === 'EISDIR' ? say(importingMessages.isAFolder()) : e instanceof Error ? e.message : String(e);
    throw new HoldplanError('invalid-input', say(importingMessages.cannotRead({ path, why })));
  }
}
