// Reading and writing holdplan/v1 files for the command line. Failures become
// one line naming the file; a written file appears whole or not at all.
import { promises as fsp } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { HoldplanError } from '../../shared/domain/errors';

function reason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'there is no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return e instanceof Error ? e.message : String(e);
}

export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await fsp.readFile(path, 'utf8');
  } catch (e) {
    throw new HoldplanError('invalid-input', `cannot read ${path}: ${reason(e)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new HoldplanError('invalid-input', `${path} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await fsp.writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
    await fsp.rename(temp, path);
  } catch (e) {
    await fsp.rm(temp, { force: true });
    throw new HoldplanError('invalid-input', `cannot write ${path}: ${reason(e)}`);
  }
}
