import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store';
import { backupFolderOf, listBackups } from '../../../main/store/backups';
import { smallPlan, tempFolder } from './helpers';

async function storeWithSaves(names: string[]): Promise<string> {
  const file = join(await tempFolder(), 'holdplan.json');
  const store = await openStore({ file, app: 'test' });
  for (const name of names) {
    await store.update((plan) => {
      Object.assign(plan, smallPlan());
      plan.term.name = name;
    });
  }
  await store.close();
  return file;
}

const damages: [string, string, RegExp][] = [
  ['is cut off in the middle', '{"meta":{"schemaVersion":1,"savedAt":"2027-01-0', /is not valid JSON/],
  ['fails the schema', JSON.stringify({ meta: { schemaVersion: 1, savedAt: 'x', app: 'x' }, plan: { format: 'holdplan/v1', term: { name: 'T', start: '2027-01-04', end: '2027-06-25' }, rooms: [{ id: 'r', centreId: 'c', name: 'R', capacity: 'big' }] } }), /is not a Holdplan data file: plan\.rooms\[0\]\.capacity/],
];

describe('opening a damaged data file', () => {
  for (const [what, text, reason] of damages) {
    it(`that ${what} moves it aside untouched, loads the newest valid backup and says so`, async () => {
      const file = await storeWithSaves(['Forår A', 'Forår B']);
      await writeFile(file, text);

      const store = await openStore({ file, app: 'test' });

      expect(store.read().term.name).toBe('Forår B');
      const moved = (await readdir(join(file, '..'))).filter((n) => n.startsWith('holdplan.json.corrupt-'));
      expect(moved).toHaveLength(1);
      const aside = join(file, '..', moved[0]!);
      expect(await readFile(aside, 'utf8')).toBe(text);
      const [notice, ...more] = store.status().notices;
      expect(more).toEqual([]);
      expect(notice).toMatch(reason);
      expect(notice).toContain(`It was moved to ${aside}`);
      expect(notice).toContain('the newest valid backup');
      expect(notice).toContain(backupFolderOf(file));
      // The recovered plan is written back at once, so the next start needs no recovery.
      await store.close();
      const again = await openStore({ file, app: 'test' });
      expect(again.status().notices).toEqual([]);
      expect(again.read().term.name).toBe('Forår B');
      await again.close();
    });
  }

  it('skips backups that are themselves damaged', async () => {
    const file = await storeWithSaves(['Forår A', 'Forår B', 'Forår C']);
    const [newest] = await listBackups(file);
    await writeFile(newest!, '');
    await writeFile(file, 'not json');
    const store = await openStore({ file, app: 'test' });
    expect(store.read().term.name).toBe('Forår B');
    await store.close();
  });

  it('starts empty and says so when there is no valid backup', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    await writeFile(file, '[1, 2');
    const store = await openStore({ file, app: 'test' });
    expect(store.read().sessions).toEqual([]);
    expect(store.status().notices[0]).toMatch(/moved to .*holdplan\.json\.corrupt-.*No valid backup was found, so Holdplan started with an empty plan/);
    await store.close();
  });

  it('does not move the file when another Holdplan holds it', async () => {
    const file = await storeWithSaves(['Forår A']);
    const writer = await openStore({ file, app: 'Electron app' });
    await writeFile(file, 'garbage');
    const reader = await openStore({ file, app: 'command line' });
    expect(reader.status().readOnly).toBe(true);
    expect(reader.status().notices[0]).toContain('left where it is');
    expect(reader.read().term.name).toBe('Forår A');
    expect(await readFile(file, 'utf8')).toBe('garbage');
    await reader.close();
    await writer.close();
  });
});

describe('a missing data file with backups beside it', () => {
  it('is recovered from the newest valid backup, says so, and is saved back', async () => {
    const file = await storeWithSaves(['Forår A', 'Forår B']);
    await rm(file);

    const store = await openStore({ file, app: 'test' });
    expect(store.read().term.name).toBe('Forår B');
    const [notice, ...more] = store.status().notices;
    expect(more).toEqual([]);
    expect(notice).toMatch(/There was no data file at .*holdplan\.json.*opened the newest valid backup, saved \d{4}-/);
    await store.close();
    expect(JSON.parse(await readFile(file, 'utf8')).plan.term.name).toBe('Forår B');
  });

  it('is recovered in memory only when opened read-only', async () => {
    const file = await storeWithSaves(['Forår A']);
    await rm(file);
    const store = await openStore({ file, app: 'test', readOnly: true });
    expect(store.read().term.name).toBe('Forår A');
    expect(store.status().notices[0]).toContain('newest valid backup');
    await store.close();
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('a damaged data file opened read-only on purpose', () => {
  it('is left where it is, and the notice gives that reason, not another holder', async () => {
    const file = await storeWithSaves(['Forår A']);
    await writeFile(file, 'garbage');
    const store = await openStore({ file, app: 'command line', readOnly: true });
    const [notice] = store.status().notices;
    expect(notice).toContain('left where it is, because it was opened read-only');
    expect(notice).not.toContain('another Holdplan');
    expect(store.read().term.name).toBe('Forår A');
    await store.close();
    expect(await readFile(file, 'utf8')).toBe('garbage');
  });
});

describe('a data file from a newer Holdplan', () => {
  it('is refused with a clear message and left exactly as it was', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    const text = JSON.stringify({ meta: { schemaVersion: 7, savedAt: '2030-01-01T00:00:00.000Z', app: 'Holdplan 9' }, plan: { whatever: true } });
    await writeFile(file, text);

    await expect(openStore({ file, app: 'test' })).rejects.toMatchObject({
      code: 'newer-version',
      message: expect.stringMatching(/saved by a newer Holdplan \(store schema version 7; this Holdplan reads up to 1\).*has not been changed/),
    });
    expect(await readFile(file, 'utf8')).toBe(text);
    expect(await readdir(join(file, '..'))).toEqual(['holdplan.json']);
  });
});

describe('a data file from schema version 0 (a bare holdplan/v1 document)', () => {
  it('opens with its plan intact and is saved as version 1 on the next change', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    await mkdir(join(file, '..'), { recursive: true });
    const bare = { ...smallPlan(), extraFromOtherTool: { kept: true } };
    await writeFile(file, JSON.stringify(bare));

    const store = await openStore({ file, app: 'test' });
    expect(store.read()).toEqual(bare);
    expect(store.status().notices).toEqual([]);
    await store.update((plan) => {
      plan.term.name = 'Forår 2027 (rettet)';
    });
    await store.close();

    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.meta.schemaVersion).toBe(1);
    expect(saved.plan).toEqual({ ...bare, term: { ...bare.term, name: 'Forår 2027 (rettet)' } });
  });
});
