// In process, through runCli: the demo command and a store that already holds data.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/main';
import { generateDemo } from '../../../main/demo/generate';

function cli(data: string) {
  const out: string[] = [];
  const err: string[] = [];
  const run = (...argv: string[]) => runCli(argv, { env: { HOLDPLAN_DATA: data }, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { run, out, err };
}

describe('holdplan demo into the store', () => {
  it('loads into an empty store, then refuses to replace it without --replace', async () => {
    const data = mkdtempSync(join(tmpdir(), 'holdplan-demo-'));
    const { run, out, err } = cli(data);
    expect(await run('demo', '--size', 'small')).toBe(0);
    expect(out.join('\n')).toMatch(/Loaded the small demo \(seed 1\)/);

    expect(await run('demo', '--size', 'small', '--seed', '2')).toBe(2);
    expect(err.at(-1)).toMatch(/already holds Forår 2027 \(\d+ cohorts, \d+ sessions\); give --replace/);

    const exported = join(data, 'after.json');
    expect(await run('demo', '--size', 'small', '--seed', '2', '--replace')).toBe(0);
    expect(await run('export', '--out', exported)).toBe(0);
    const cohorts = (JSON.parse(readFileSync(exported, 'utf8')) as { cohorts: { name: string }[] }).cohorts.map((c) => c.name);
    expect(cohorts).toEqual(generateDemo({ size: 'small', seed: 2 }).plan.cohorts.map((c) => c.name));
  });
});
