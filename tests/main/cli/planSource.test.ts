import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withPlan } from '../../../main/cli/planSource';
import { openStore } from '../../../main/store';

const made: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'holdplan-cli-source-'));
  made.push(dir);
  return dir;
}

async function storeNamed(file: string, name: string): Promise<void> {
  const store = await openStore({ file, app: 'test' });
  await store.update((plan) => {
    plan.term.name = name;
  });
  await store.close();
}

describe('the plan a command reads from the store', () => {
  it('prints each store notice on stderr, also for a read-only command', async () => {
    const dir = await folder();
    const file = join(dir, 'holdplan.json');
    await storeNamed(file, 'Forår A');
    await writeFile(file, 'garbage');
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });

    const name = await withPlan({ data: dir, env: {}, readOnly: true }, async (source) => (await source.call('plan.export', {})).term.name);

    expect(name).toBe('Forår A');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^holdplan: The data file .*holdplan\.json could not be used because it is not valid JSON.*opened read-only.*newest valid backup.*\n$/);
  });

  it('refuses a read-only command when there is no data, without creating folders', async () => {
    const dir = join(await folder(), 'not', 'there');
    await expect(withPlan({ data: dir, env: {}, readOnly: true }, async () => 0)).rejects.toMatchObject({
      code: 'not-found',
      message: `no Holdplan data at ${join(dir, 'holdplan.json')}; give --data or --file`,
    });
    expect(existsSync(join(dir, '..'))).toBe(false);
  });

  it('reaches a shared data file named by --data FILE.json or HOLDPLAN_DATA', async () => {
    const dir = await folder();
    const team = join(dir, 'team.json');
    await storeNamed(team, 'Team plan');
    const read = (options: { data?: string; env: Record<string, string> }) =>
      withPlan({ ...options, readOnly: true }, async (source) => ({ where: source.where, name: (await source.call('plan.export', {})).term.name }));
    expect(await read({ data: team, env: {} })).toEqual({ where: team, name: 'Team plan' });
    expect(await read({ env: { HOLDPLAN_DATA: team } })).toEqual({ where: team, name: 'Team plan' });
    expect(existsSync(join(dir, 'holdplan.json'))).toBe(false);
  });
});
