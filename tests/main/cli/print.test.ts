import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/demo/generate';
import { freshFolder, holdplan } from './runCli';

let dir: string;
let planFile: string;
beforeAll(() => {
  dir = freshFolder();
  planFile = join(dir, 'planted.json');
  writeFileSync(planFile, JSON.stringify(generateDemo({ size: 'small', seed: 1 }).planted));
});

const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

// Each run starts the command line from its TypeScript sources: seconds each on a busy machine.
describe('holdplan print', { timeout: 120_000 }, () => {
  it('writes a room plan PDF from a plan file', async () => {
    const out = join(dir, 'plan.pdf');
    const run = await holdplan(['print', 'roomplan', '--centre', 'c-aar', '--week', '2027-W17', '--file', planFile, '--out', out], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Wrote Lokaleplan Center Aarhus uge 17 to ${out}.\n`);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(out)).toContain('Lokaleplan · Center Aarhus');
  });

  it('writes a cohort programme', async () => {
    const plan = JSON.parse(readFileSync(planFile, 'utf8')) as { cohorts: { id: string; name: string }[] };
    const cohort = plan.cohorts[0]!;
    const out = join(dir, 'c.pdf');
    const run = await holdplan(['print', 'cohort', '--cohort', cohort.id, '--file', planFile, '--out', out], dir);
    expect(run.code).toBe(0);
    expect(pdfText(out)).toContain(`Program · ${cohort.name}`);
  });

  it('says in one line what is wrong, exits 2 and writes nothing', async () => {
    const out = join(dir, 'never.pdf');
    const cases: [string[], string][] = [
      [['print', 'roomplan', '--centre', 'c-aar', '--file', planFile, '--out', out], 'holdplan print: print roomplan needs either --week 2027-W03 or --date 2027-01-19\n'],
      [['print', 'poster', '--file', planFile, '--out', out], 'holdplan print: cannot print "poster"; choose roomplan, doorsigns, trainer, cohort\n'],
      [['print', 'roomplan', '--centre', 'c-aar', '--week', '27', '--file', planFile, '--out', out], ''],
    ];
    for (const [args, message] of cases) {
      const run = await holdplan(args, dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      if (message !== '') expect(run.stderr).toBe(message);
      expect(run.stderr.startsWith('holdplan print: ')).toBe(true);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('has help', async () => {
    const run = await holdplan(['print', '--help'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('print roomplan  --centre ID (--week 2027-W03 | --date 2027-01-19)');
  });
});
