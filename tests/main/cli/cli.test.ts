import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, Session } from '../../../shared/domain/schema';
import { freshFolder, holdplan } from './runCli';

// Each run starts Node and tsx, which takes seconds on a busy machine.
const SLOW = 120_000;

let dir: string;

beforeAll(async () => {
  dir = freshFolder();
  const run = await holdplan(['demo', '--size', 'small', '--seed', '7', '--out', 't.json', '--planted', 'p.json'], dir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
}, SLOW);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const readPlan = (name: string): Plan => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Plan;

/** Two sessions on the same day whose slots overlap, in different cohorts, each with a trainer. */
function overlappingPair(plan: Plan): [Session, Session] {
  const overlaps = (a: Session, b: Session) => a.slot === 'full' || b.slot === 'full' || a.slot === b.slot;
  for (const a of plan.sessions) {
    const b = plan.sessions.find(
      (s) => s.cohortId !== a.cohortId && s.date === a.date && s.date !== null && overlaps(a, s) && s.trainerIds.length > 0 && a.trainerIds.length > 0,
    );
    if (b) return [a, b];
  }
  throw new Error('the planted plan has no two overlapping sessions on one day');
}

describe('holdplan on the command line', () => {
  it('writes a demo whose planted plan passes the check with every session assigned', async () => {
    const planted = readPlan('p.json');
    const run = await holdplan(['check', '--file', 'p.json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${planted.sessions.length} sessions, ${planted.sessions.length} assigned, 0 unassigned`);
    expect(run.stdout).toContain('Hard rules: all kept.');
    // --file never opens the store in the data folder.
    expect(existsSync(join(dir, 'holdplan.json'))).toBe(false);
  }, SLOW);

  it('catches a trainer double-booked in a copy of the planted plan, with exit 1 and the justification', async () => {
    const plan = readPlan('p.json');
    const [a, b] = overlappingPair(plan);
    const trainerId = a.trainerIds[0]!;
    b.trainerIds = [trainerId, ...b.trainerIds.slice(1).filter((t) => t !== trainerId)];
    writeFileSync(join(dir, 'double.json'), JSON.stringify(plan));
    const name = plan.trainers.find((t) => t.id === trainerId)!.name;

    const run = await holdplan(['check', '--file', 'double.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/trainer-double-booked \(1\)/);
    expect(run.stdout).toContain(`${name} is booked in two sessions on`);
  }, SLOW);

  it('refuses an invalid import with one line and exit 2, leaving the store as it was', async () => {
    const first = await holdplan(['import', 't.json'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Imported t\.json into .*holdplan\.json: 6 centres/);
    const storeBefore = readFileSync(join(dir, 'holdplan.json'), 'utf8');

    const broken = readPlan('t.json');
    broken.rooms[0]!.capacity = -3;
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    const run = await holdplan(['import', 'broken.json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('holdplan import: The imported file is not a valid holdplan/v1 data set: rooms[0].capacity: must hold at least one person\n');
    expect(run.stdout).toBe('');
    expect(readFileSync(join(dir, 'holdplan.json'), 'utf8')).toBe(storeBefore);

    const exported = await holdplan(['export', '--out', 'back.json'], dir);
    expect(exported.code).toBe(0);
    expect(readPlan('back.json')).toEqual(readPlan('t.json'));
  }, SLOW);

  it('explains itself with --help, at the top and for each command', async () => {
    const [top, check] = await Promise.all([holdplan(['--help'], dir), holdplan(['check', '--help'], dir)]);
    expect(top.code).toBe(0);
    for (const command of ['demo', 'check', 'import', 'export', 'web']) expect(top.stdout).toContain(`  ${command}`);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^Usage: holdplan check \[--file FILE\]/);
  }, SLOW);

  it('names an unknown command or option in one line, with exit 2 and no stack trace', async () => {
    const [command, option, missing] = await Promise.all([
      holdplan(['chek'], dir),
      holdplan(['export', '--outt', 'x.json'], dir),
      holdplan(['check', '--file', 'nowhere.json'], dir),
    ]);
    expect(command.code).toBe(2);
    expect(command.stderr).toBe('holdplan: there is no command "chek"; the commands are demo, check, solve, import, export, ics, import-xlsx, export-xlsx, print, publish, changes, web (see "holdplan --help")\n');

    expect(option.code).toBe(2);
    expect(option.stderr).toBe('holdplan export: unknown option --outt; see "holdplan export --help"\n');

    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('holdplan check: cannot read nowhere.json: there is no such file or folder\n');
  }, SLOW);
});
