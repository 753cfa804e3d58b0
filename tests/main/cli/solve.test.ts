// `holdplan solve` as a planner runs it: progress lines, a summary, and an
// output file that differs from the input only in the sessions' planned values.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/domain/schema';
import { checkPlan } from '../../../shared/rules/check';
import { freshFolder, holdplan } from './runCli';

const dir = freshFolder();
const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Plan;

function outsidePlannedValues(plan: Plan) {
  return { ...plan, sessions: plan.sessions.map(({ date: _d, roomId: _r, trainerIds: _t, ...rest }) => rest) };
}

beforeAll(async () => {
  const run = await holdplan(['demo', '--size', 'small', '--seed', '3', '--out', 'in.json'], dir);
  expect(run.code).toBe(0);
}, 60_000);

describe('holdplan solve', () => {
  it('fills a file, prints progress and a summary, and writes only planned values', async () => {
    // A field of our own, and a session field the schema would otherwise default: both must come back as they were.
    const input = read('in.json') as Plan & { note?: string };
    input.note = 'kept as it is';
    delete (input.sessions[0] as Partial<Plan['sessions'][number]>).locked;
    writeFileSync(join(dir, 'in.json'), JSON.stringify(input));

    const run = await holdplan(['solve', '--file', 'in.json', '--out', 'out.json', '--seconds', '20', '--stop-when-feasible'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Solving the plan in in\.json \(fill, at most 20 s\):/);
    expect(run.stdout).toMatch(/\d+ sessions assigned, 0 unassigned, \d+ deferred to a later term; 0 hard violations\./);
    expect(run.stdout).toMatch(/Soft penalty [\d,]+: continuity [\d,]+, stability [\d,]+, travel/);
    expect(run.stdout).toMatch(/Moves evaluated: [\d,]+ in [\d.]+ s \([\d,]+ per second\)\./);
    expect(run.stdout).toMatch(/: unassigned → \w{3} \d+ \w{3} 2027/);

    const output = read('out.json');
    expect(outsidePlannedValues(output)).toEqual(outsidePlannedValues(input));
    const check = checkPlan(output);
    expect(check.score).toMatchObject({ hard: 0, unassigned: 0 });
    expect(check.assignedSessionIds.length).toBeGreaterThan(0);
  }, 120_000);

  it('explains a session that no room can hold', async () => {
    const input = read('in.json');
    const cohort = input.cohorts.find((c) => 'centreId' in c.venue)!;
    cohort.participants = 900;
    writeFileSync(join(dir, 'huge.json'), JSON.stringify(input));
    const run = await holdplan(['solve', '--file', 'huge.json', '--seconds', '20', '--stop-when-feasible'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Unassigned:');
    expect(run.stdout).toMatch(new RegExp(`${cohort.name} day 1: no room at .+ holds 900 people \\(the largest holds \\d+\\)`));
    expect(run.stdout).toContain('Nothing written: give --out FILE to keep the result.');
  }, 120_000);

  it('refuses a mode it does not know in one line', async () => {
    const run = await holdplan(['solve', '--file', 'in.json', '--mode', 'shuffle'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('holdplan solve: --mode must be fill, optimise or repair, not "shuffle"');
  }, 60_000);
});
