// CBC as the exact reference's engine: it must report what the model's optimum is,
// say plainly when there is none or when time ran out, and hand back the columns by
// name so the plan can be decoded. Needs /usr/bin/cbc (Debian coinor-cbc; CI installs it).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../main/demo/generate';
import { parseCbcLog, parseCbcSolution } from '../../../../main/solver/mip/cbcOutput';
import { solveAssignmentReference } from '../../../../main/solver/mip/reference';
import { CBC_MISSING, solveCbc } from '../../../../main/solver/mip/solveCbc';

/** Three courses, pick at least two, x and z share a room: cheapest is x + y = 5. */
const PICK_TWO = `Minimize
 obj: 3 x + 2 y + 4 z
Subject To
 two: x + y + z >= 2
 room: x + z <= 1
Binaries
 x y z
End
`;

/** Three binaries cannot sum to 5. */
const IMPOSSIBLE = `Minimize
 obj: x + y + z
Subject To
 five: x + y + z >= 5
Binaries
 x y z
End
`;

/**
 * A market-split instance (Cornuéjols & Dawande): 4 rows, 30 binaries, each row's
 * target half its sum. A solution is easy (slack absorbs anything), proving the best
 * one takes branch and bound far longer than a second.
 */
function marketSplit(): { lp: string; emptyCost: number } {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) % 100;
  const rows: string[] = [];
  let emptyCost = 0;
  for (let i = 0; i < 4; i++) {
    const a = Array.from({ length: 30 }, next);
    const target = Math.floor(a.reduce((s, c) => s + c, 0) / 2);
    emptyCost += target;
    rows.push(` r${i}: ${a.map((c, j) => `${c} x${j}`).join(' + ')} + p${i} - q${i} = ${target}`);
  }
  const slack = [0, 1, 2, 3].map((i) => `p${i} + q${i}`).join(' + ');
  const xs = Array.from({ length: 30 }, (_, j) => `x${j}`).join(' ');
  return { lp: `Minimize\n obj: ${slack}\nSubject To\n${rows.join('\n')}\nBinaries\n ${xs}\nEnd\n`, emptyCost };
}


/** Pids of the processes (a live cbc) whose working folder lies inside `root`. */
function processesWorkingIn(root: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readlinkSync(`/proc/${name}/cwd`).startsWith(root)) pids.push(Number(name));
    } catch {
      // Gone already, or not ours to read.
    }
  }
  return pids;
}

describe('solveCbc', () => {
  it('proves the optimum of a model solved by hand and returns each column by name, leaving no temporary folder', async () => {
    // A temporary root of this test's own, so another CBC run on the machine cannot disturb the count.
    const root = mkdtempSync(join(tmpdir(), 'solve-cbc-test-'));
    const before = process.env['TMPDIR'];
    process.env['TMPDIR'] = root;
    let r: Awaited<ReturnType<typeof solveCbc>>;
    try {
      r = await solveCbc(PICK_TWO);
      expect(readdirSync(root)).toEqual([]);
    } finally {
      if (before === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = before;
      rmSync(root, { recursive: true, force: true });
    }
    expect(r.status).toBe('optimal');
    expect(r.objective).toBe(5);
    expect(r.bound).toBe(5);
    expect(r.gap).toBe(0);
    expect(r.solution.get('x')).toBe(1);
    expect(r.solution.get('y')).toBe(1);
    expect(r.solution.get('z') ?? 0).toBe(0);
  });

  it('says a model is infeasible and gives no solution', async () => {
    const r = await solveCbc(IMPOSSIBLE);
    expect(r.status).toBe('infeasible');
    expect(r.objective).toBeNaN();
    expect(r.solution.size).toBe(0);
  });

  it('stops at the time limit with its best solution, the bound below it and a gap', async () => {
    const r = await solveCbc(marketSplit().lp, { timeLimitSeconds: 1 });
    expect(r.status).toBe('time-limit');
    expect(r.objective).toBeGreaterThan(r.bound);
    expect(r.gap).toBeGreaterThan(0);
    expect([...r.solution.keys()].some((k) => k.startsWith('x'))).toBe(true);
    // CBC counts wall-clock time here, not CPU time: a loaded machine does not stretch it.
    expect(r.seconds).toBeLessThan(15);
  });

  it('starts from a given solution, completing the columns it leaves out with 0', async () => {
    // Every market share at 0 leaves each row's whole target as slack.
    const { lp, emptyCost } = marketSplit();
    const r = await solveCbc(lp, { start: new Map([['x0', 0]]), timeLimitSeconds: 1 });
    expect(r.detail).toBe(`Stopped on time; CBC used the start (cost ${emptyCost})`);
    expect(r.objective).toBeLessThanOrEqual(emptyCost);
  });

  it('finds the same optimum as HiGHS on a few cohorts of the demo term, and the checker agrees', async () => {
    const { planted } = generateDemo({ size: 'small', seed: 3 });
    const keep = new Set(planted.cohorts.slice(0, 3).map((c) => c.id));
    const plan = { ...planted, cohorts: planted.cohorts.filter((c) => keep.has(c.id)), sessions: planted.sessions.filter((s) => keep.has(s.cohortId)) };
    const [cbc, highs] = await Promise.all([solveAssignmentReference(plan, { engine: 'cbc' }), solveAssignmentReference(plan, { engine: 'highs' })]);
    expect(cbc.mip.status).toBe('optimal');
    expect(highs.mip.status).toBe('optimal');
    expect(cbc.mip.objective).toBe(highs.mip.objective);
    expect(cbc.difference).toBeCloseTo(0, 6);
    expect(cbc.check.score.soft).toBe(highs.check.score.soft);
    expect(cbc.check.score.hard).toBe(0);
  });

  it('ends CBC and removes its folder when the process running it is stopped', async () => {
    const root = mkdtempSync(join(tmpdir(), 'solve-cbc-stop-'));
    const fixture = fileURLToPath(new URL('./fixtures/longCbcRun.ts', import.meta.url));
    const parent = spawn(process.execPath, ['--import', 'tsx', fixture, marketSplit().lp], { env: { ...process.env, TMPDIR: root }, stdio: 'ignore' });
    try {
      await expect.poll(() => processesWorkingIn(root).length, { timeout: 20_000, interval: 100 }).toBeGreaterThan(0);
      const exited = new Promise((resolve) => parent.once('exit', resolve));
      parent.kill('SIGTERM');
      await exited;
      // SIGKILL is delivered at once, but the kernel takes a moment to end the process.
      await expect.poll(() => processesWorkingIn(root), { timeout: 3_000, interval: 50 }).toEqual([]);
      // tsx keeps its own cache there too; only CBC's folders are ours.
      expect(readdirSync(root).filter((n) => n.startsWith('holdplan-cbc-'))).toEqual([]);
    } finally {
      parent.kill('SIGKILL');
      rmSync(root, { recursive: true, force: true });
    }
  }, 30_000);

  it('tells the planner how to install CBC when it is missing', async () => {
    await expect(solveCbc(PICK_TWO, { command: '/nonexistent/cbc' })).rejects.toThrow(CBC_MISSING);
  });
});

describe('reading CBC’s output', () => {
  it('takes a stopped run’s incumbent, and ignores the relaxation CBC writes when it has none', () => {
    const stopped = parseCbcSolution('Stopped on time - objective value 8.00000000\n      0 x0  1  0\n**    1 p0  2.5  1\n');
    expect(stopped).toMatchObject({ status: 'time-limit', detail: 'Stopped on time', objective: 8 });
    expect(stopped.values).toEqual(new Map([['x0', 1], ['p0', 2.5]]));
    const none = parseCbcSolution('Stopped on time (no integer solution - continuous used) - objective value 332359.57\n      0 x0  0.5  0\n');
    expect(none.status).toBe('no-solution');
    expect(none.values.size).toBe(0);
    expect(none.objective).toBeNaN();
  });

  it('reads the bound and CPU time from the log, or from the last progress line of a cut-short run', () => {
    const done = parseCbcLog('Result - Stopped on time limit\n\nObjective value:                8.00000000\nLower bound:                    3.500\nGap:  1.29\nTotal time (CPU seconds):       0.30   (Wallclock seconds):       1.05\n');
    expect(done).toEqual({ bound: 3.5, cpuSeconds: 0.3, result: 'Stopped on time limit', start: null });
    const cut = parseCbcLog('Cbc0010I After 100 nodes, 7 on tree, 398710 best solution, best possible 344711.2 (60.1 seconds)\n');
    expect(cut.bound).toBe(344711.2);
    expect(cut.cpuSeconds).toBeNaN();
    expect(parseCbcLog('Cbc0045I Warning: mipstart values could not be used to build a solution.\n').start).toBe('rejected');
  });
});
