// `holdplan demo --impossible FILE`: demo data infeasible in parts, with the side
// file that lists the cohorts no plan can complete; `holdplan solve` then leaves
// exactly those unassigned and says why for each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImpossibleList } from '../../../main/demo/impossible';
import { Plan } from '../../../shared/domain/schema';
import { checkPlan } from '../../../shared/rules/check';
import { freshFolder, holdplan } from './runCli';

const dir = freshFolder();
const json = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

describe('holdplan demo --impossible', () => {
  it('writes the side file, and solve leaves exactly its sessions unassigned with a reason each', async () => {
    const demo = await holdplan(['demo', '--size', 'small', '--out', 'in.json', '--planted', 'planted.json', '--impossible', 'impossible.json'], dir);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/Added 3 cohorts that no plan can complete; wrote them and why to impossible\.json\./);
    const list = ImpossibleList.parse(json('impossible.json'));
    const listed = list.cohorts.flatMap((c) => c.sessionIds).sort();
    expect(checkPlan(Plan.parse(json('planted.json'))).score).toMatchObject({ hard: 0, unassigned: listed.length });

    const run = await holdplan(['solve', '--file', 'in.json', '--out', 'out.json', '--seconds', '20', '--stop-when-feasible'], dir);
    expect(run.code).toBe(0);
    const check = checkPlan(Plan.parse(json('out.json')));
    expect(check.score.hard).toBe(0);
    expect([...check.unassignedSessionIds].sort()).toEqual(listed);
    expect(run.stdout).toMatch(new RegExp(`\\d+ sessions assigned, ${listed.length} unassigned`));
    // Each listed cohort's obstacle in words: the skill, the seats, the window.
    expect(run.stdout).toContain('kvantecoaching');
    expect(run.stdout).toMatch(/no room at .* holds \d+ people/);
    expect(run.stdout).toMatch(/no working day/i);
  }, 60_000);
});
