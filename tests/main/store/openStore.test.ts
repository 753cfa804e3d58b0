import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store';
import { BACKUPS_KEPT, listBackups } from '../../../main/store/backups';
import { HoldplanError } from '../../../shared/domain/errors';
import { smallPlan, tempFolder } from './helpers';

async function fresh(): Promise<string> {
  return join(await tempFolder(), 'holdplan.json');
}

describe('a new store', () => {
  it('starts with the spring term, its proposed closures and nothing else', async () => {
    const store = await openStore({ file: await fresh(), app: 'test' });
    const plan = store.read();
    expect(plan.term).toEqual({ name: 'Forår 2027', start: '2027-01-04', end: '2027-06-25' });
    // 5 June 2027 is a Saturday, so only the Friday after Ascension is proposed.
    expect(plan.closures).toEqual([{ start: '2027-05-07', end: '2027-05-07', centreId: null, reason: 'Fredag efter Kr. himmelfart' }]);
    expect([plan.centres, plan.rooms, plan.trainers, plan.courses, plan.cohorts, plan.sessions].every((l) => l.length === 0)).toBe(true);
    expect(store.status()).toMatchObject({ readOnly: false, lockHolder: null, notices: [], savedAt: null });
    await store.close();
  });
});

describe('update', () => {
  it('saves the plan with the store metadata, and a reopened store reads it back', async () => {
    const file = await fresh();
    const store = await openStore({ file, app: 'command line' });
    const returned = await store.update((plan) => {
      Object.assign(plan, smallPlan());
      return plan.sessions.length;
    });
    expect(returned).toBe(2);
    await store.close();

    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.meta).toMatchObject({ schemaVersion: 1, app: 'command line' });
    expect(Date.parse(onDisk.meta.savedAt)).not.toBeNaN();
    const again = await openStore({ file, app: 'test' });
    expect(again.read()).toEqual(smallPlan());
    expect(again.status().savedAt).toBe(onDisk.meta.savedAt);
    await again.close();
  });

  it('keeps fields it does not know', async () => {
    const file = await fresh();
    const store = await openStore({ file, app: 'test' });
    await store.update((plan) => {
      Object.assign(plan, smallPlan(), { colourScheme: 'blue' });
      Object.assign(plan.trainers[0]!, { badge: 'A-17' });
    });
    await store.close();
    const again = await openStore({ file, app: 'test' });
    expect(again.read()).toMatchObject({ colourScheme: 'blue', trainers: [{ badge: 'A-17' }] });
    await again.close();
  });

  const refusals: [string, (plan: ReturnType<typeof smallPlan>) => void, RegExp][] = [
    ['the change throws', () => { throw new Error('no such cohort'); }, /not saved: no such cohort/],
    ['the result fails the schema', (plan) => { plan.rooms[0]!.capacity = -3; }, /rooms\[0\]\.capacity/],
    ['the result breaks a reference', (plan) => { plan.sessions[0]!.roomId = 'r-gone'; }, /room "r-gone", which does not exist/],
  ];
  for (const [when, change, message] of refusals) {
    it(`changes neither the file nor the plan in memory when ${when}`, async () => {
      const file = await fresh();
      const store = await openStore({ file, app: 'test' });
      await store.update((plan) => void Object.assign(plan, smallPlan()));
      const fileBefore = await readFile(file, 'utf8');
      const planBefore = structuredClone(store.read());

      const attempt = store.update(change);
      await expect(attempt).rejects.toBeInstanceOf(HoldplanError);
      await expect(attempt).rejects.toMatchObject({ code: 'invalid-input', message });

      expect(store.read()).toEqual(planBefore);
      expect(await readFile(file, 'utf8')).toBe(fileBefore);
      await store.close();
    });
  }

  it('passes a HoldplanError from the change through with its own code', async () => {
    const store = await openStore({ file: await fresh(), app: 'test' });
    await expect(
      store.update(() => {
        throw new HoldplanError('not-found', 'There is no trainer "t-9".');
      }),
    ).rejects.toMatchObject({ code: 'not-found', message: 'There is no trainer "t-9".' });
    await store.close();
  });

  it('applies concurrent updates one after another, so none is lost', async () => {
    const file = await fresh();
    const store = await openStore({ file, app: 'test' });
    const names = Array.from({ length: 25 }, (_, i) => `Lokale ${i}`);
    await Promise.all([
      ...names.map((name, i) =>
        store.update((plan) => {
          if (plan.centres.length === 0) plan.centres.push(smallPlan().centres[0]!);
          plan.rooms.push({ id: `r-${i}`, centreId: 'c-aar', name, capacity: 20, equipment: [], unavailable: [] });
        }),
      ),
      store.update(() => {
        throw new Error('refused in the middle');
      }).catch(() => undefined),
    ]);
    await store.close();
    const again = await openStore({ file, app: 'test' });
    expect(again.read().rooms.map((r) => r.name).sort()).toEqual([...names].sort());
    await again.close();
  });

  it(`keeps the last ${BACKUPS_KEPT} saves as backups, newest holding the current plan`, async () => {
    const file = await fresh();
    const store = await openStore({ file, app: 'test' });
    for (let i = 1; i <= 14; i++) {
      await store.update((plan) => {
        plan.term.name = `save ${i}`;
      });
    }
    await store.close();
    const backups = await listBackups(file);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    const names = await Promise.all(backups.map(async (b) => JSON.parse(await readFile(b, 'utf8')).plan.term.name));
    expect(names).toEqual(Array.from({ length: 10 }, (_, i) => `save ${14 - i}`));
  });

  it('is refused after close, and close removes the lock', async () => {
    const file = await fresh();
    const store = await openStore({ file, app: 'test' });
    expect(await readdir(join(file, '..'))).toContain('holdplan.json.lock');
    await store.close();
    expect(await readdir(join(file, '..'))).not.toContain('holdplan.json.lock');
    await expect(store.update(() => undefined)).rejects.toMatchObject({ code: 'read-only' });
  });

  it('saves every update queued before close, and refuses only those that come after it', async () => {
    const file = await fresh();
    const store = await openStore({ file, app: 'test' });
    const first = store.update((plan) => {
      plan.term.name = 'first';
    });
    const second = store.update((plan) => {
      plan.term.name = 'second';
    });
    const closing = store.close();
    const late = expect(
      store.update((plan) => {
        plan.term.name = 'too late';
      }),
    ).rejects.toMatchObject({ code: 'read-only', message: expect.stringMatching(/is closed/) });
    await expect(first).resolves.toBeUndefined();
    await expect(second).resolves.toBeUndefined();
    await late;
    await closing;
    expect(JSON.parse(await readFile(file, 'utf8')).plan.term.name).toBe('second');
    expect(await readdir(join(file, '..'))).not.toContain('holdplan.json.lock');
  });
});
