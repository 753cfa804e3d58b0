import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../renderer/store/createAppStore';
import { selectIsEmpty, selectReadOnly } from '../../renderer/store/selectors';
import { ApiError } from '../../renderer/api/ApiError';
import type { HoldplanClient, OpName } from '../../shared/contract/operations';
import type { PlanSummary, StoreStatus } from '../../shared/contract/results';

const noCounts = { centres: 0, rooms: 0, trainers: 0, courses: 0, cohorts: 0, sessions: 0 };
const emptySummary: PlanSummary = {
  termName: 'Forår 2027', termStart: '2027-01-04', termEnd: '2027-06-25',
  counts: noCounts, assigned: 0, unassigned: 0, deferred: 0, hardViolations: 0, soft: 0,
};
const demoSummary: PlanSummary = {
  ...emptySummary,
  counts: { centres: 6, rooms: 40, trainers: 700, courses: 27, cohorts: 300, sessions: 1720 },
  unassigned: 1678, deferred: 42,
};
const status: StoreStatus = { path: '/tmp/holdplan.json', readOnly: false, lockHolder: null, savedAt: null, notices: [] };

/** A client over a tiny in-memory plan: demo.load fills it, like the real services. */
function fakeClient(options: { failDemo?: ApiError; refuseAll?: ApiError } = {}) {
  const calls: Array<{ name: OpName; input: unknown }> = [];
  let loaded = false;
  const client: HoldplanClient = {
    async invoke(name, input) {
      calls.push({ name, input });
      if (options.refuseAll) throw options.refuseAll;
      const answers: Partial<Record<OpName, () => unknown>> = {
        'plan.summary': () => (loaded ? demoSummary : emptySummary),
        'plan.export': () => ({ format: 'holdplan/v1', term: { name: 'Forår 2027', start: '2027-01-04', end: '2027-06-25' }, closures: [], centres: [], rooms: [], trainers: [], courses: [], cohorts: [], sessions: [] }),
        'store.status': () => ({ ...status, savedAt: loaded ? '2027-01-01T10:00:00.000Z' : null }),
        'demo.load': () => {
          if (options.failDemo) throw options.failDemo;
          loaded = true;
          return { counts: demoSummary.counts, warnings: [] };
        },
      };
      const answer = answers[name];
      if (!answer) throw new Error(`unexpected ${name}`);
      return answer() as never;
    },
  };
  return { client, calls };
}

describe('the app store', () => {
  it('starts by fetching the summary and the store status, and sees an empty store', async () => {
    const { client } = fakeClient();
    const store = createAppStore(client, { language: 'da' });
    expect(selectIsEmpty(store.getState())).toBe(false);
    await store.getState().start();
    expect(store.getState().summary).toEqual(emptySummary);
    expect(store.getState().storeStatus).toMatchObject({ path: '/tmp/holdplan.json' });
    expect(selectIsEmpty(store.getState())).toBe(true);
  });

  it('loads the demo of the chosen size and then shows the new counts', async () => {
    const { client, calls } = fakeClient();
    const store = createAppStore(client, { language: 'da' });
    await store.getState().start();
    await store.getState().loadDemo('small');
    expect(calls.filter((c) => c.name === 'demo.load')).toEqual([{ name: 'demo.load', input: { size: 'small' } }]);
    expect(store.getState().summary?.unassigned).toBe(1678);
    expect(store.getState().storeStatus?.savedAt).not.toBeNull();
    expect(store.getState().demoLoading).toBeNull();
    expect(selectIsEmpty(store.getState())).toBe(false);
  });

  it('ignores a second click while a demo is loading', async () => {
    const { client, calls } = fakeClient();
    const store = createAppStore(client, { language: 'da' });
    await Promise.all([store.getState().loadDemo('term'), store.getState().loadDemo('large')]);
    expect(calls.filter((c) => c.name === 'demo.load')).toHaveLength(1);
  });

  it("shows the services' message when the demo is refused and keeps the plan as it was", async () => {
    const refused = new ApiError('read-only', 'Another Holdplan has this file open; nothing was changed.');
    const { client } = fakeClient({ failDemo: refused });
    const store = createAppStore(client, { language: 'en' });
    await store.getState().start();
    await store.getState().loadDemo('term');
    expect(store.getState().error).toBe(refused.message);
    expect(store.getState().summary).toEqual(emptySummary);
    expect(store.getState().unauthorized).toBe(false);
    store.getState().dismissError();
    expect(store.getState().error).toBeNull();
  });

  it('shows the read-only banner when a change is refused because another Holdplan took the file', async () => {
    const holder = { host: 'pc-12', user: 'ane', pid: 4242, since: '2027-01-04T09:00:00Z', heartbeat: '2027-01-04T09:00:05Z' };
    let takenOver = false;
    const { client } = fakeClient();
    const invoke = client.invoke.bind(client);
    client.invoke = (async (name: OpName, input: unknown) => {
      if (name === 'trainers.update') {
        takenOver = true;
        throw new ApiError('read-only', 'holdplan.json is open in Holdplan by ane on pc-12; it opened read-only.');
      }
      if (name === 'store.status' && takenOver) return { ...status, readOnly: true, lockHolder: holder };
      return invoke(name, input as never);
    }) as HoldplanClient['invoke'];
    const store = createAppStore(client, { language: 'en' });
    await store.getState().start();
    expect(selectReadOnly(store.getState())).toBe(false);
    await expect(store.getState().change('trainers.update', { id: 't-1', patch: { maxDays: 3 } })).rejects.toThrow(/read-only/);
    expect(selectReadOnly(store.getState())).toBe(true);
    expect(store.getState().storeStatus?.lockHolder).toEqual(holder);
  });

  it('notes a missing token, so the shell can explain how to get in', async () => {
    const { client } = fakeClient({ refuseAll: new ApiError('unauthorized', 'No token.') });
    const store = createAppStore(client, { language: 'da' });
    await store.getState().start();
    expect(store.getState().unauthorized).toBe(true);
  });

  it('navigates and switches language', () => {
    const store = createAppStore(fakeClient().client, { language: 'da' });
    expect(store.getState().screen).toBe('overview');
    store.getState().setScreen('conflicts');
    store.getState().setLanguage('en');
    expect(store.getState()).toMatchObject({ screen: 'conflicts', language: 'en' });
  });

  it('is read-only exactly when the store says another instance holds the file', () => {
    const store = createAppStore(fakeClient().client, { language: 'da' });
    expect(selectReadOnly(store.getState())).toBe(false);
    store.setState({ storeStatus: { ...status, readOnly: true } });
    expect(selectReadOnly(store.getState())).toBe(true);
  });
});
