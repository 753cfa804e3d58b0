import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/demo/generate';
import { startSolverRun } from '../../../main/solver/workerHost';
import type { SolveProgress } from '../../../main/solver/types';

const { plan } = generateDemo({ size: 'small', seed: 1 });

describe('the solver in a worker thread', () => {
  it('reports progress while the main thread keeps running, and a cancel keeps the best plan so far', async () => {
    const run = startSolverRun({ kind: 'solve', plan, mode: 'optimise', seconds: 120, seed: 1 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const seen: SolveProgress[] = [];
    run.onProgress((p) => seen.push(p));
    // Stop as soon as the search has reported twice: without the cancel the run would last two minutes.
    await new Promise<void>((resolve) => run.onProgress(() => seen.length >= 2 && resolve()));
    const ticksWhileRunning = ticks;
    run.cancel();
    const end = await run.ended;
    clearInterval(timer);

    expect(ticksWhileRunning).toBeGreaterThan(5);
    expect(seen[0]!.movesEvaluated).toBeGreaterThanOrEqual(0);
    expect(seen[1]!.elapsedMs).toBeGreaterThan(seen[0]!.elapsedMs);
    expect(run.progress()).toEqual(seen.at(-1));
    expect(end.state).toBe('cancelled');
    if (end.state === 'failed') return;
    // The small demo is assignable: the best plan so far already is complete and valid.
    expect(end.outcome.score.hard).toBe(0);
    expect(end.outcome.unassigned).toEqual([]);
    expect(end.outcome.assigned).toBe(plan.sessions.length - end.outcome.deferred);
    expect(end.outcome.score.soft).toBeLessThanOrEqual(seen.at(-1)!.best.soft);
  }, 60_000);

  it('stops by itself when the plan is feasible, if asked', async () => {
    const run = startSolverRun({ kind: 'solve', plan, mode: 'fill', seconds: 120, seed: 2, stopWhenFeasible: true });
    const end = await run.ended;
    expect(end.state).toBe('done');
    if (end.state === 'failed') return;
    expect(end.outcome.score).toMatchObject({ hard: 0, unassigned: 0 });
    expect(end.outcome.changes.length).toBe(end.outcome.assigned);
  }, 60_000);

  it('reports a job that cannot run as failed, with the reason', async () => {
    const broken = { ...plan, sessions: plan.sessions.map((s) => ({ ...s, trainerIds: null as unknown as string[] })) };
    const end = await startSolverRun({ kind: 'solve', plan: broken, mode: 'fill', seconds: 1, seed: 1 }).ended;
    expect(end.state).toBe('failed');
    if (end.state === 'failed') expect(end.error.length).toBeGreaterThan(0);
  }, 60_000);
});
