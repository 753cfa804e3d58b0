// `holdplan solve` on the plan in the store: the result is saved back to it.
import { describe, expect, it } from 'vitest';
import { freshFolder, holdplan } from './runCli';

describe('holdplan solve on the store', () => {
  it('saves the solved plan back to the store, which then passes check', async () => {
    const dir = freshFolder();
    expect((await holdplan(['demo', '--size', 'small', '--seed', '5', '--out', 'in.json'], dir)).code).toBe(0);
    expect((await holdplan(['import', 'in.json'], dir)).code).toBe(0);
    const before = await holdplan(['check'], dir);
    expect(before.stdout).toMatch(/, 0 assigned, \d+ unassigned/);

    const run = await holdplan(['solve', '--seconds', '20', '--stop-when-feasible', '--seed', '3'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Solving the plan in .+holdplan\.json \(fill, at most 20 s\):/);
    expect(run.stdout).toMatch(/0 unassigned, \d+ deferred to a later term; 0 hard violations\./);
    expect(run.stdout).toMatch(/Saved to .+holdplan\.json\./);

    const after = await holdplan(['check'], dir);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/\d+ assigned, 0 unassigned/);
    expect(after.stdout).toContain('Unassigned sessions: 0');
  }, 180_000);
});
