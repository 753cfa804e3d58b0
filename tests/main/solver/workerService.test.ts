// The solver's operations as a planner's UI uses them: start, poll, stop, the
// result applied as one undo step, and the trainer-cancels repair.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/demo/generate';
import { addDays } from '../../../shared/calendar/dates';
import type { HistoryStatus } from '../../../shared/contract/results';
import type { RepairApplied, RepairProposal, SolverStarted, SolverStatus } from '../../../shared/contract/solverResults';
import type { Plan } from '../../../shared/domain/schema';
import { checkPlan } from '../../../shared/rules/check';
import { servicesOver, valueOf } from '../services/harness';

const demo = generateDemo({ size: 'small', seed: 1 });

/** The plan with every session's planned values taken out: what must not change. */
function outsidePlannedValues(plan: Plan) {
  return { ...plan, sessions: plan.sessions.map(({ date: _d, roomId: _r, trainerIds: _t, ...rest }) => rest) };
}

async function untilEnded(call: ReturnType<typeof servicesOver>['call'], runId: string): Promise<SolverStatus> {
  for (;;) {
    const status = valueOf<SolverStatus>(await call('solver.status', { runId }));
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The trainer with the most dated sessions in the plan, and the middle one of those dates. */
function busiestTrainer(plan: Plan): { id: string; date: string } {
  const dates = new Map<string, string[]>();
  for (const s of plan.sessions) for (const t of s.trainerIds) if (s.date) dates.set(t, [...(dates.get(t) ?? []), s.date]);
  const [id, list] = [...dates].sort((a, b) => b[1].length - a[1].length)[0]!;
  return { id, date: list.sort()[Math.floor(list.length / 2)]! };
}

describe('solving through the contract', () => {
  it('fills every session of the small demo in one undo step that changes only planned values', async () => {
    const { call, store } = servicesOver(demo.plan);
    const before = structuredClone(store.read());
    const { runId } = valueOf<SolverStarted>(await call('solver.start', { mode: 'fill', seconds: 30, stopWhenFeasible: true }));
    const status = await untilEnded(call, runId);

    expect(status.state).toBe('done');
    const summary = status.summary!;
    expect(summary.applied).toBe(true);
    expect(summary.hard).toBe(0);
    expect(summary.unassigned).toEqual([]);
    expect(summary.assigned + summary.deferred).toBe(before.sessions.length);
    expect(summary.changes).toHaveLength(summary.assigned);
    expect(summary.changes[0]!.before).toBe('unassigned');
    expect(summary.soft.map((s) => s.rule)).toContain('continuity');

    const after = store.read();
    expect(checkPlan(after).score).toMatchObject({ hard: 0, unassigned: 0 });
    expect(outsidePlannedValues(after)).toEqual(outsidePlannedValues(before));
    const history = valueOf<HistoryStatus>(await call('history.status'));
    expect(history.undoLabel).toBe('solver.start');
    await call('history.undo');
    expect(store.read()).toEqual(before);
  }, 90_000);

  it('stops on request keeping the best plan so far, and discards it when the plan changed meanwhile', async () => {
    const { call, store } = servicesOver(demo.plan);
    const { runId } = valueOf<SolverStarted>(await call('solver.start', { mode: 'optimise', seconds: 600 }));
    const again = await call('solver.start', {});
    expect(again.ok ? '' : again.error.message).toMatch(/already running/);
    // The planner edits a trainer while the solver runs.
    const trainer = store.read().trainers[0]!;
    valueOf(await call('trainers.update', { id: trainer.id, patch: { phone: '12345678' } }));
    const sessionsBefore = structuredClone(store.read().sessions);
    const stopped = valueOf<SolverStatus>(await call('solver.cancel', { runId }));

    expect(stopped.state).toBe('cancelled');
    expect(stopped.summary!.applied).toBe(false);
    expect(stopped.summary!.notes[0]).toMatch(/plan was changed while the solver ran/);
    expect(stopped.summary!.hard).toBe(0);
    expect(store.read().sessions).toEqual(sessionsBefore);
  }, 90_000);

  it('refuses bad input in one line and changes nothing', async () => {
    const { refused } = servicesOver(demo.plan);
    const bad = await refused('solver.start', { mode: 'shuffle', seconds: -1 });
    expect(bad.error.message).toMatch(/mode/);
    expect(bad.error.message).toMatch(/seconds: must be more than 0/);
    expect(bad.saved).toBe(false);
    const backwards = await refused('solver.trainerCancels', { trainerId: 't-0001', start: '2027-03-08', end: '2027-03-01' });
    expect(backwards.error.message).toMatch(/ends before it starts/);
    expect((await refused('solver.status', { runId: 'nope' })).error.code).toBe('not-found');
  });
});

describe('a trainer cancels', () => {
  it('marks them unavailable, proposes a small repair without applying it, and applies it as one step on request', async () => {
    const { call, store } = servicesOver(demo.planted);
    const busy = busiestTrainer(demo.planted);
    const proposal = valueOf<RepairProposal>(await call('solver.trainerCancels', { trainerId: busy.id, start: busy.date, end: addDays(busy.date, 6) }));

    const marked = store.read();
    expect(marked.trainers.find((t) => t.id === busy.id)!.unavailable).toContainEqual({ start: busy.date, end: addDays(busy.date, 6) });
    expect(proposal.scoreBefore.hard).toBeGreaterThan(0);
    expect(proposal.broken.length).toBeGreaterThan(0);
    expect(proposal.broken.every((b) => b.rule === 'trainer-unavailable')).toBe(true);
    expect(proposal.scoreAfter.hard).toBe(0);
    expect(proposal.changes.length).toBeGreaterThanOrEqual(proposal.broken.length);
    expect(proposal.changes.length).toBeLessThanOrEqual(proposal.broken.length + 3);
    for (const change of proposal.changes) expect(change.before).not.toBe(change.after);
    // Nothing applied yet: the plan still breaks the rule.
    expect(checkPlan(store.read()).score.hard).toBe(proposal.scoreBefore.hard);

    const applied = valueOf<RepairApplied>(await call('solver.applyRepair', { proposalId: proposal.proposalId }));
    expect(applied).toMatchObject({ applied: true, changed: proposal.changes.length });
    expect(checkPlan(store.read()).score.hard).toBe(0);
    expect(valueOf<HistoryStatus>(await call('history.status')).undoLabel).toBe('solver.applyRepair');
    await call('history.undo');
    expect(store.read()).toEqual(marked);
  }, 90_000);

  it('repairs the plan in repair mode through solver.start, saying why each session changed', async () => {
    const busy = busiestTrainer(demo.planted);
    const plan = structuredClone(demo.planted);
    plan.trainers.find((t) => t.id === busy.id)!.unavailable.push({ start: busy.date, end: addDays(busy.date, 6) });
    const broken = checkPlan(plan).violations.filter((v) => v.level === 'hard').length;
    expect(broken).toBeGreaterThan(0);
    const { call, store } = servicesOver(plan);
    const { runId } = valueOf<SolverStarted>(await call('solver.start', { mode: 'repair', seconds: 2 }));
    const status = await untilEnded(call, runId);

    expect(status.state).toBe('done');
    expect(status.summary).toMatchObject({ mode: 'repair', hard: 0, applied: true, unassigned: [] });
    expect(status.summary!.changes.length).toBeLessThanOrEqual(broken + 3);
    for (const change of status.summary!.changes) expect(change.why).toMatch(/is unavailable on/);
    expect(checkPlan(store.read()).score.hard).toBe(0);
    expect(valueOf<HistoryStatus>(await call('history.status')).undoLabel).toBe('solver.start');
  }, 90_000);

  it('does not apply a proposal after the plan has changed', async () => {
    const { call, store } = servicesOver(demo.planted);
    const busy = busiestTrainer(demo.planted);
    const proposal = valueOf<RepairProposal>(await call('solver.trainerCancels', { trainerId: busy.id, start: busy.date, end: busy.date }));
    valueOf(await call('trainers.update', { id: busy.id, patch: { phone: '87654321' } }));
    const before = structuredClone(store.read());
    const applied = valueOf<RepairApplied>(await call('solver.applyRepair', { proposalId: proposal.proposalId }));
    expect(applied.applied).toBe(false);
    expect(applied.message).toMatch(/changed after the repair was proposed/);
    expect(store.read()).toEqual(before);
  }, 90_000);
});
