// The exchange commands run as a planner runs them: node bin/holdplan.mjs, on a
// fresh data folder, with the demo term and the committed fixtures.
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheet } from '../../../main/exchange/sheets/readSheet';
import type { Plan } from '../../../shared/domain/schema';
import { freshFolder, holdplan } from '../cli/runCli';

const SLOW = 120_000;
const FIXTURES = new URL('../../fixtures/spreadsheets/', import.meta.url);
let dir: string;
let plan: Plan;

beforeAll(async () => {
  dir = freshFolder();
  const run = await holdplan(['demo', '--size', 'small', '--seed', '5', '--planted', 'p.json', '--out', 't.json'], dir);
  expect(run.code).toBe(0);
  plan = JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8')) as Plan;
  copyFileSync(new URL('trainers-bad.xlsx', FIXTURES), join(dir, 'bad.xlsx'));
  copyFileSync(new URL('trainers.csv', FIXTURES), join(dir, 'good.csv'));
}, SLOW);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('holdplan ics', () => {
  it("writes a trainer's dated sessions with their session UIDs", async () => {
    const trainerId = plan.sessions.find((s) => s.trainerIds.length > 0 && s.date !== null)!.trainerIds[0]!;
    const run = await holdplan(['ics', '--file', 'p.json', '--trainer', trainerId, '--out', 't.ics'], dir);
    expect(run.stderr).toBe('');
    const expected = plan.sessions.filter((s) => s.trainerIds.includes(trainerId) && s.date !== null).map((s) => `${s.id}@holdplan`).sort();
    const events = new ICAL.Component(ICAL.parse(readFileSync(join(dir, 't.ics'), 'utf8'))).getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('uid'))).sort()).toEqual(expected);
    expect(run.stdout).toBe(`Wrote ${expected.length} events for trainer ${trainerId} to t.ics.\n`);
  }, SLOW);

  it('refuses an unknown cohort in one line, exit 2', async () => {
    const run = await holdplan(['ics', '--file', 'p.json', '--cohort', 'h-nope', '--out', 'h.ics'], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'holdplan ics: There is no cohort with id "h-nope".\n' });
  }, SLOW);
});

describe('holdplan export-xlsx', () => {
  it('writes the workbook and the CSV files', async () => {
    const run = await holdplan(['export-xlsx', '--file', 'p.json', '--out', 'plan.xlsx', '--csv', 'csv'], dir);
    expect(run.code).toBe(0);
    const sheet = await readSheet(readFileSync(join(dir, 'plan.xlsx')));
    expect(sheet.rows).toHaveLength(plan.sessions.length);
    expect(readdirSync(join(dir, 'csv')).sort()).toEqual(['centres.csv', 'cohorts.csv', 'courses.csv', 'plan.csv', 'rooms.csv', 'trainers.csv']);
  }, SLOW);
});

describe('holdplan import-xlsx', () => {
  it('prints every bad row with its reason on a dry run and writes nothing', async () => {
    expect((await holdplan(['import', 'p.json'], dir)).code).toBe(0);
    const before = readFileSync(join(dir, 'holdplan.json'), 'utf8');
    const run = await holdplan(['import-xlsx', 'trainers', 'bad.xlsx', '--dry-run'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Would import trainers from bad.xlsx: 1 to create, 0 to update, 0 unchanged, 3 rejected.');
    expect(run.stdout).toContain('  row 2: maxDays: cannot be negative (Mette Søgaard)');
    expect(run.stdout).toContain('  row 3: dayRate: "gratis" is not a number (Kåre Ålund)');
    expect(run.stdout).toContain('  row 4: unavailable[0].start: is not a real calendar date (Lærke Højgaard)');
    expect(readFileSync(join(dir, 'holdplan.json'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'holdplan-mapping-trainers.json'))).toBe(false);
  }, SLOW);

  it('applies after printing, saves the mapping, and follows a mapping file', async () => {
    const run = await holdplan(['import-xlsx', 'trainers', 'good.csv', '--mapping', 'm.json'], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Imported trainers from good.csv: 5 to create');
    const mapping = JSON.parse(readFileSync(join(dir, 'm.json'), 'utf8')) as Record<string, string | null>;
    expect(mapping).toMatchObject({ Navn: 'name', Dagshonorar: 'dayRate', Noter: null });
    const stored = JSON.parse(readFileSync(join(dir, 'holdplan.json'), 'utf8')) as { plan?: Plan } & Plan;
    const trainers = (stored.plan ?? stored).trainers;
    expect(trainers.find((t) => t.name === 'Åse Ørum-Lærkesen')).toMatchObject({ maxDays: 12.5, dayRate: 7250, homeRegion: 'Sjælland' });

    const again = await holdplan(['import-xlsx', 'trainers', 'good.csv', '--mapping', 'm.json', '--dry-run'], dir);
    expect(again.stdout).toContain('0 to create, 0 to update, 5 unchanged, 0 rejected');
  }, SLOW);
});
