// With --language da the command line's own lines are Danish too: the check
// report's headings, the spreadsheet import report and a file it cannot read.
// Without it they stay English, and a file the command only reads is not changed.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/main';
import type { CliIo } from '../../../main/cli/command';
import { exchangePlan } from '../exchange/planFixture';
import { smallPlan } from '../services/fixtures';

function captured(dataDir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { env: { HOLDPLAN_DATA: dataDir }, out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io, out, err };
}

function planFile(plan: unknown): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'holdplan-cli-report-'));
  const file = join(dir, 'plan.json');
  writeFileSync(file, JSON.stringify(plan));
  return { dir, file };
}

describe('the command line report in the language asked for', () => {
  it('writes the solve report’s numbers as a Danish or an English reader writes them', async () => {
    const { dir, file } = planFile(exchangePlan());
    const da = captured(dir);
    await runCli(['solve', '--file', file, '--out', join(dir, 'da.json'), '--seconds', '1', '--stop-when-feasible', '--language', 'da'], da.io);
    const en = captured(dir);
    await runCli(['solve', '--file', file, '--out', join(dir, 'en.json'), '--seconds', '1', '--stop-when-feasible'], en.io);
    // Thousands with a point and decimals with a comma in Danish; the other way round in English.
    expect(da.out.join('\n')).toMatch(/Træk vurderet: \d{1,3}(\.\d{3})* på \d+,\d s \(\d{1,3}(\.\d{3})* pr\. sekund\)\./);
    expect(en.out.join('\n')).toMatch(/Moves evaluated: \d{1,3}(,\d{3})* in \d+\.\d s \(\d{1,3}(,\d{3})* per second\)\./);
  });

  it('heads the check report in Danish or English and leaves the file alone', async () => {
    const { dir, file } = planFile(smallPlan());
    const before = readFileSync(file, 'utf8');
    const da = captured(dir);
    await runCli(['check', '--file', file, '--language', 'da'], da.io);
    const en = captured(dir);
    await runCli(['check', '--file', file], en.io);
    expect(da.out.join('\n')).toMatch(/kursusdage, \d+ placeret, \d+ uplacerede, \d+ udskudt/);
    expect(da.out).toContain('Uplacerede kursusdage: ' + /Unassigned sessions: (\d+)/.exec(en.out.join('\n'))![1]);
    expect(da.out.some((l) => l.startsWith('Bløde mål: samlet straf '))).toBe(true);
    expect(en.out.some((l) => l.startsWith('Soft goals: total penalty '))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('reports a dry-run spreadsheet import with Danish rows and reasons, writing nothing', async () => {
    const { dir, file } = planFile(exchangePlan());
    const sheet = join(dir, 'bad.xlsx');
    copyFileSync(new URL('../../fixtures/spreadsheets/trainers-bad.xlsx', import.meta.url), sheet);
    const before = readFileSync(file, 'utf8');
    const da = captured(dir);
    expect(await runCli(['import-xlsx', 'trainers', sheet, '--file', file, '--dry-run', '--language', 'da'], da.io)).toBe(0);
    expect(da.out).toContain('Ville importere trainers fra bad.xlsx: 1 at oprette, 0 at opdatere, 0 uændrede, 3 afvist.');
    expect(da.out).toContain('  række 3: dayRate: "gratis" er ikke et tal (Kåre Ålund)');
    expect(da.out).toContain('Prøvekørsel: intet blev skrevet.');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('says in Danish what export wrote', async () => {
    const plan = smallPlan();
    const { dir, file } = planFile(plan);
    const out = join(dir, 'out.json');
    const da = captured(dir);
    expect(await runCli(['export', '--file', file, '--out', out, '--language', 'da'], da.io)).toBe(0);
    expect(da.out).toEqual([`Skrev planen fra ${file} til ${out} (${plan.sessions.length} kursusdage).`]);
  });

  it('says in Danish that a plan is not published yet', async () => {
    const { dir, file } = planFile(smallPlan());
    const da = captured(dir);
    expect(await runCli(['changes', '--file', file, '--language', 'da'], da.io)).toBe(0);
    expect(da.out).toEqual([`Planen i ${file} er ikke udsendt endnu; "holdplan publish" markerer den som sendt.`]);
  });

  it('says in Danish that a file is missing, with the same exit code as in English', async () => {
    const { dir } = planFile(smallPlan());
    const da = captured(dir);
    const en = captured(dir);
    const missing = join(dir, 'nowhere.json');
    const codes = [await runCli(['solve', '--file', missing, '--language', 'da'], da.io), await runCli(['solve', '--file', missing], en.io)];
    expect(da.err).toEqual([`holdplan solve: kan ikke læse ${missing}: filen eller mappen findes ikke`]);
    expect(en.err).toEqual([`holdplan solve: cannot read ${missing}: there is no such file or folder`]);
    expect(codes).toEqual([2, 2]);
  });
});
