import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/createAppStore';
import type { HoldplanClient, OpName } from '../../../shared/contract/operations';
import type { Plan, Session } from '../../../shared/domain/schema';

const session: Session = { id: 's1', cohortId: 'h1', dayIndex: 0, slot: 'full', date: '2027-03-09', roomId: 'r1', trainerIds: ['t1'], locked: ['room'] };
const plan = { format: 'holdplan/v1', term: { name: 'Forår 2027', start: '2027-01-04', end: '2027-06-25' }, closures: [], centres: [], rooms: [], trainers: [], courses: [], cohorts: [], sessions: [session] } as Plan;

function storeWithCalls(refuseUpdate = false) {
  const calls: { name: OpName; input: unknown }[] = [];
  const client: HoldplanClient = {
    async invoke(name, input) {
      calls.push({ name, input });
      if (name === 'sessions.update' && refuseUpdate) throw new Error('Session s1 does not exist.');
      if (name === 'plan.export') return plan as never;
      return {} as never;
    },
  };
  return { store: createAppStore(client, { language: 'da' }), calls };
}

describe('saving a session from the calendars', () => {
  it('locks each value the planner set, keeping the locks already there', async () => {
    const { store, calls } = storeWithCalls();
    await store.getState().refreshPlan();
    expect(await store.getState().saveSession('s1', { date: '2027-03-11' })).toBe(true);
    const update = calls.find((c) => c.name === 'sessions.update');
    expect(update?.input).toEqual({ id: 's1', patch: { date: '2027-03-11', locked: ['room', 'date'] } });
  });

  it('locks the trainers when the planner changes them', async () => {
    const { store, calls } = storeWithCalls();
    await store.getState().refreshPlan();
    await store.getState().saveSession('s1', { trainerIds: ['t2'] });
    expect(calls.find((c) => c.name === 'sessions.update')?.input).toEqual({ id: 's1', patch: { trainerIds: ['t2'], locked: ['room', 'trainers'] } });
  });

  it('reports a refused save and says it failed, so the calendar puts the session back', async () => {
    const { store } = storeWithCalls(true);
    await store.getState().refreshPlan();
    expect(await store.getState().saveSession('s1', { roomId: 'r2' })).toBe(false);
    expect(store.getState().error).toContain('does not exist');
  });
});
