import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeJsonFile } from '../../../main/cli/files';
import { nodeFsOps, type FsOps } from '../../../main/store/fsOps';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('writing a JSON file from the command line', () => {
  it('makes the file durable as the store does: fsync of the temp file before the rename, then of the folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'holdplan-cli-files-'));
    made.push(dir);
    const out = join(dir, 'plan.json');
    const calls: string[] = [];
    const role = (p: string) => (p === out ? 'target' : p === dir ? 'folder' : p.endsWith('.tmp') ? 'temp' : p);
    const fs: FsOps = {
      ...nodeFsOps,
      async open(path, flags) {
        const h = await nodeFsOps.open(path, flags);
        return {
          writeFile: (data) => h.writeFile(data),
          sync: async () => {
            calls.push(`fsync ${role(path)}`);
            await h.sync();
          },
          close: () => h.close(),
        };
      },
      async rename(from, to) {
        calls.push(`rename ${role(from)} -> ${role(to)}`);
        await nodeFsOps.rename(from, to);
      },
    };

    await writeJsonFile(out, { format: 'holdplan/v1' }, fs);

    expect(calls).toEqual(['fsync temp', 'rename temp -> target', 'fsync folder']);
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual({ format: 'holdplan/v1' });
  });

  it('names the file in one line when it cannot be written', async () => {
    await expect(writeJsonFile(join(tmpdir(), 'no-such-folder-holdplan', 'x.json'), {})).rejects.toThrow(
      /^cannot write .*x\.json: there is no such file or folder$/,
    );
  });
});
