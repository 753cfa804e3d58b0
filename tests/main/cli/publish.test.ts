// In process, through runCli: publish, change, list the changes, re-export the .ics.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/main';
import type { Plan } from '../../../shared/domain/schema';
import { smallPlan } from '../services/fixtures';

function cli(data: string) {
  const out: string[] = [];
  const err: string[] = [];
  const run = (...argv: string[]) => runCli(argv, { env: { HOLDPLAN_DATA: data }, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { run, out, err };
}

const sequences = (ics: string) => [...ics.matchAll(/UID:(\S+)[\s\S]*?SEQUENCE:(\d+)/g)].map((m) => `${m[1]} ${m[2]}`);
const readPlan = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Plan & { note?: string };

describe('holdplan publish and changes with --file', () => {
  it('publish writes --out, changes lists a moved session, and ics raises its SEQUENCE after the next publish', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'holdplan-publish-'));
    const plan = join(dir, 'plan.json');
    writeFileSync(plan, JSON.stringify({ ...smallPlan(), note: 'kept as it was' }));
    const { run, out, err } = cli(dir);

    expect(await run('changes', '--file', plan)).toBe(0);
    expect(out.at(-1)).toBe(`The plan in ${plan} has not been published yet; "holdplan publish" marks it as sent.`);

    expect(await run('publish', '--file', plan, '--out', plan)).toBe(0);
    expect(out.at(-2)).toBe('This is the first publication: every calendar event has SEQUENCE 0.');
    const published = readPlan(plan);
    expect(published.note).toBe('kept as it was');
    expect(Object.keys(published.publication?.sessions ?? {})).toHaveLength(6);

    expect(await run('changes', '--file', plan)).toBe(0);
    expect(out.at(-1)).toMatch(/^Nothing has changed since the plan was published on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\.$/);

    published.sessions.find((s) => s.id === 's-2')!.date = '2027-01-21';
    writeFileSync(plan, JSON.stringify(published));
    out.length = 0;
    expect(await run('changes', '--file', plan)).toBe(0);
    expect(out.slice(1)).toEqual([
      '1 session changed:',
      '  GLU Odense hold 2, day 2: Tue 19 Jan 2027 → Thu 21 Jan 2027',
      'Trainers who need a new schedule: Ane Holm.',
      'Customers who need a new schedule: Odense Kommune.',
    ]);

    const ics = join(dir, 't-1.ics');
    expect(await run('ics', '--trainer', 't-1', '--file', plan, '--out', ics)).toBe(0);
    expect(sequences(readFileSync(ics, 'utf8'))).toEqual(['s-1@holdplan 0', 's-2@holdplan 0']);

    expect(await run('publish', '--file', plan, '--out', plan)).toBe(0);
    expect(out).toContain('Raised the calendar SEQUENCE of 1 session; re-exported .ics files update them.');
    expect(await run('ics', '--trainer', 't-1', '--file', plan, '--out', ics)).toBe(0);
    expect(sequences(readFileSync(ics, 'utf8'))).toEqual(['s-1@holdplan 0', 's-2@holdplan 1']);
    expect(err).toEqual([]);
  });

  it('refuses --file without --out, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'holdplan-publish-'));
    const plan = join(dir, 'plan.json');
    const text = JSON.stringify(smallPlan());
    writeFileSync(plan, text);
    const { run, err } = cli(dir);
    expect(await run('publish', '--file', plan)).toBe(2);
    expect(err).toEqual(['holdplan publish: publish --file needs --out FILE (it may be the same file); see "holdplan publish --help"']);
    expect(readFileSync(plan, 'utf8')).toBe(text);
  });
});

describe('holdplan publish into the store', () => {
  it('saves the publication back to the store, where changes reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'holdplan-publish-store-'));
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify(smallPlan()));
    const { run, out, err } = cli(dir);
    expect(await run('import', file)).toBe(0);
    expect(await run('publish')).toBe(0);
    expect(out.at(-1)).toMatch(/^Saved to /);
    expect(await run('changes')).toBe(0);
    expect(out.at(-1)).toMatch(/^Nothing has changed since the plan was published on /);
    expect(err).toEqual([]);
  });
});
