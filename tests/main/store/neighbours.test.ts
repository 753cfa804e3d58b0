// Two data files in one folder whose names share a beginning (plan.json and
// plan.json.team.json): each file's backups and temp files are its own.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store';
import { backupFolderOf, listBackups } from '../../../main/store/backups';
import { tempFolder } from './helpers';

async function saveNames(file: string, names: string[]): Promise<void> {
  const store = await openStore({ file, app: 'test' });
  for (const name of names) {
    await store.update((plan) => {
      plan.term.name = name;
    });
  }
  await store.close();
}

describe('two data files in one folder', () => {
  it('recovers a damaged file from its own backups, not from its neighbour’s', async () => {
    const dir = await tempFolder();
    const mine = join(dir, 'plan.json');
    const theirs = join(dir, 'plan.json.team.json');
    await saveNames(mine, ['mine']);
    await saveNames(theirs, ['theirs']);
    await writeFile(mine, 'not json');

    const store = await openStore({ file: mine, app: 'test' });
    expect(store.read().term.name).toBe('mine');
    await store.close();
    expect(JSON.parse(await readFile(theirs, 'utf8')).plan.term.name).toBe('theirs');
  });

  it('keeps the neighbour’s backups when rotating its own', async () => {
    const dir = await tempFolder();
    const mine = join(dir, 'plan.json');
    const theirs = join(dir, 'plan.json.1.json');
    await saveNames(theirs, ['a', 'b', 'c']);
    await saveNames(mine, Array.from({ length: 12 }, (_, i) => `save ${i}`));

    expect(await listBackups(theirs)).toHaveLength(3);
    expect(await listBackups(mine)).toHaveLength(10);
    expect((await listBackups(mine)).every((b) => b.startsWith(join(backupFolderOf(mine), 'plan.json.2')))).toBe(true);
  });

  it('clears only its own leftover temp files', async () => {
    const dir = await tempFolder();
    const mine = join(dir, 'plan.json');
    const theirs = join(dir, 'plan.json.1.json');
    await saveNames(theirs, ['theirs']);
    await saveNames(mine, ['mine']);
    const theirTemp = '.plan.json.1.json.4242.0123456789ab.tmp';
    const theirLockTemp = 'plan.json.1.json.lock.4242.01234567.tmp';
    const myTemp = '.plan.json.4242.0123456789ab.tmp';
    const myLockTemp = 'plan.json.lock.4242.01234567.tmp';
    for (const name of [theirTemp, theirLockTemp, myTemp, myLockTemp]) await writeFile(join(dir, name), 'half');
    const [theirBackup] = await listBackups(theirs);
    const theirBackupTemp = `.${basename(theirBackup!)}.01234567.tmp`;
    await writeFile(join(backupFolderOf(mine), theirBackupTemp), 'half');

    const store = await openStore({ file: mine, app: 'test' });
    await store.close();

    const left = await readdir(dir);
    expect(left).toEqual(expect.arrayContaining([theirTemp, theirLockTemp]));
    expect(left).not.toContain(myTemp);
    expect(left).not.toContain(myLockTemp);
    expect(await readdir(backupFolderOf(mine))).toContain(theirBackupTemp);
  });
});
