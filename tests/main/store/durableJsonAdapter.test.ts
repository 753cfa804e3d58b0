import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { DurableJsonAdapter } from '../../../main/store/durableJsonAdapter';
import { tempFolder } from './helpers';

interface Doc {
  saves: number;
}

const adapterAt = (path: string) =>
  new DurableJsonAdapter<Doc>(path, (d) => JSON.stringify(d), (text) => JSON.parse(text) as Doc);

describe('the lowdb adapter', () => {
  it('gives lowdb its defaults when the file does not exist yet', async () => {
    const db = new Low<Doc>(adapterAt(join(await tempFolder(), 'x.json')), { saves: 0 });
    await db.read();
    expect(db.data).toEqual({ saves: 0 });
  });

  it('writes what lowdb holds and reads it back in a new instance', async () => {
    const path = join(await tempFolder(), 'x.json');
    const db = new Low<Doc>(adapterAt(path), { saves: 0 });
    await db.update((d) => {
      d.saves = 3;
    });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ saves: 3 });
    const again = new Low<Doc>(adapterAt(path), { saves: 0 });
    await again.read();
    expect(again.data).toEqual({ saves: 3 });
  });
});
