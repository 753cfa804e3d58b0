import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileDurably } from '../../../main/store/durableWrite';
import { nodeFsOps, type FsOps } from '../../../main/store/fsOps';
import { openStore } from '../../../main/store';
import { tempFolder } from './helpers';

/** Wraps the real file operations and records each call, naming files by their role. */
function recordingFs(target: string, folder: string, failRename = false): { fs: FsOps; calls: string[]; temps: string[] } {
  const calls: string[] = [];
  const temps: string[] = [];
  const role = (p: string) => (p === target ? 'target' : p === folder ? 'folder' : p.endsWith('.tmp') ? 'temp' : p);
  const fs: FsOps = {
    async open(path, flags) {
      if (path.endsWith('.tmp')) temps.push(path);
      calls.push(`open ${role(path)} ${flags}`);
      const h = await nodeFsOps.open(path, flags);
      return {
        writeFile: async (data) => {
          calls.push(`write ${role(path)}`);
          await h.writeFile(data);
        },
        sync: async () => {
          calls.push(`fsync ${role(path)}`);
          await h.sync();
        },
        close: async () => {
          calls.push(`close ${role(path)}`);
          await h.close();
        },
      };
    },
    async rename(from, to) {
      calls.push(`rename ${role(from)} -> ${role(to)}`);
      if (failRename) throw Object.assign(new Error('disk gone'), { code: 'EIO' });
      await nodeFsOps.rename(from, to);
    },
    async unlink(path) {
      calls.push(`unlink ${role(path)}`);
      await nodeFsOps.unlink(path);
    },
    readFile: (path) => nodeFsOps.readFile(path),
  };
  return { fs, calls, temps };
}

describe('a durable save', () => {
  it('writes a temp file, fsyncs it, renames it over the data file, then fsyncs the folder', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'holdplan.json');
    const { fs, calls, temps } = recordingFs(target, folder);

    await writeFileDurably(target, '{"saved":true}', fs);

    expect(calls).toEqual([
      'open temp wx',
      'write temp',
      'fsync temp',
      'close temp',
      'rename temp -> target',
      'open folder r',
      'fsync folder',
      'close folder',
    ]);
    expect(await readFile(target, 'utf8')).toBe('{"saved":true}');
    expect(temps[0]).toContain(`.${process.pid}.`);
    expect(temps[0]?.startsWith(folder)).toBe(true);
  });

  it('uses a different temp file for every save', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'holdplan.json');
    const { fs, temps } = recordingFs(target, folder);
    await writeFileDurably(target, '1', fs);
    await writeFileDurably(target, '2', fs);
    expect(new Set(temps).size).toBe(2);
  });

  it('leaves the old file and no temp file behind when the rename fails', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'holdplan.json');
    await writeFile(target, 'old');
    const { fs } = recordingFs(target, folder, true);

    await expect(writeFileDurably(target, 'new', fs)).rejects.toThrow('disk gone');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['holdplan.json']);
  });

  it('is the order the store uses for an update', async () => {
    const folder = await tempFolder();
    const file = join(folder, 'holdplan.json');
    const { fs, calls } = recordingFs(file, folder);
    const store = await openStore({ file, app: 'test', fs });
    await store.update((plan) => {
      plan.term.name = 'Efterår 2027';
    });
    await store.close();
    expect(calls.filter((c) => c.startsWith('fsync') || c.startsWith('rename') || c.startsWith('write'))).toEqual([
      'write temp',
      'fsync temp',
      'rename temp -> target',
      'fsync folder',
    ]);
    expect(JSON.parse(await readFile(file, 'utf8')).plan.term.name).toBe('Efterår 2027');
  });
});
