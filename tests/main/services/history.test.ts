import { describe, expect, it } from 'vitest';
import { HoldplanError } from '../../../shared/domain/errors';
import type { Plan } from '../../../shared/domain/schema';
import type { HistoryStatus } from '../../../shared/contract/results';
import { dispatch } from '../../../main/services/dispatch';
import { createServices } from '../../../main/services/index';
import { asOneStep, withHistory } from '../../../main/services/history';
import type { Store } from '../../../main/store/types';
import { servicesOver, valueOf } from './harness';
import { createMemoryStore } from './memoryStore';
import { smallPlan } from './fixtures';

const newTrainer = { name: 'Cai Juhl', kind: 'external', homeRegion: 'Nordjylland', skills: ['ledelse'], maxDays: 10, dayRate: 6000 };

async function historyStatus(call: ReturnType<typeof servicesOver>['call']): Promise<HistoryStatus> {
  return valueOf<HistoryStatus>(await call('history.status'));
}

describe('undo', () => {
  it('takes back a create, an update and a delete one at a time, restoring the plan exactly', async () => {
    const { call, store } = servicesOver();
    const states: Plan[] = [structuredClone(store.read())];
    valueOf(await call('trainers.create', { trainer: { id: 't-9', ...newTrainer } }));
    states.push(structuredClone(store.read()));
    valueOf(await call('trainers.update', { id: 't-1', patch: { unavailable: [{ start: '2027-01-11', end: '2027-01-15' }] } }));
    states.push(structuredClone(store.read()));
    valueOf(await call('trainers.delete', { id: 't-2' }));

    expect(await historyStatus(call)).toEqual({ canUndo: true, canRedo: false, undoLabel: 'trainers.delete', redoLabel: null });
    for (const expected of states.reverse()) {
      valueOf(await call('history.undo'));
      expect(store.read()).toEqual(expected);
    }
    expect((await historyStatus(call)).canUndo).toBe(false);
  });

  it('undoes a delete that unassigned sessions, bringing the trainer back onto them in order', async () => {
    const { call, store } = servicesOver();
    const before = structuredClone(store.read());
    valueOf(await call('trainers.delete', { id: 't-1', unassign: true }));
    expect(store.read().sessions.find((s) => s.id === 's-1')?.trainerIds).toEqual([]);
    valueOf(await call('history.undo'));
    expect(store.read()).toEqual(before);
  });

  it('undoes a cohort with all the sessions its creation made', async () => {
    const { call, store } = servicesOver();
    const sessionsBefore = store.read().sessions.length;
    const cohort = { id: 'h-3', courseId: 'k-glu', name: 'GLU Vejle', participants: 18, venue: { centreId: 'c-ode' }, window: { start: '2027-03-01', end: '2027-06-18' } };
    valueOf(await call('cohorts.create', { cohort }));
    expect(store.read().sessions.length).toBe(sessionsBefore + 3);
    valueOf(await call('history.undo'));
    expect(store.read().sessions.length).toBe(sessionsBefore);
    expect(store.read().cohorts.map((c) => c.id)).not.toContain('h-3');
  });

  it('records nothing for reads and for refused changes', async () => {
    const { call } = servicesOver();
    valueOf(await call('trainers.list'));
    valueOf(await call('plan.check'));
    const refused = await call('rooms.update', { id: 'r-ode-3', patch: { capacity: 0 } });
    expect(refused.ok).toBe(false);
    expect(await historyStatus(call)).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
  });

  it('says there is nothing to undo rather than changing anything', async () => {
    const { call, store } = servicesOver();
    const result = await call('history.undo');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe('There is nothing to undo.');
    expect(store.saves).toBe(0);
  });

  it('keeps at most 100 steps, dropping the oldest', async () => {
    const { call, store } = servicesOver();
    for (let n = 1; n <= 102; n++) valueOf(await call('trainers.update', { id: 't-1', patch: { maxDays: n } }));
    let undone = 0;
    while ((await historyStatus(call)).canUndo) {
      valueOf(await call('history.undo'));
      undone++;
    }
    expect(undone).toBe(100);
    expect(store.read().trainers.find((t) => t.id === 't-1')?.maxDays).toBe(2);
  });
});

describe('redo', () => {
  it('puts an undone change back, and the labels follow the steps', async () => {
    const { call, store } = servicesOver();
    valueOf(await call('sessions.update', { id: 's-3', patch: { date: '2027-01-26' } }));
    const after = structuredClone(store.read());
    valueOf(await call('history.undo'));
    expect(store.read().sessions.find((s) => s.id === 's-3')?.date).toBeNull();
    expect(await historyStatus(call)).toEqual({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'sessions.update' });
    valueOf(await call('history.redo'));
    expect(store.read()).toEqual(after);
    expect(await historyStatus(call)).toEqual({ canUndo: true, canRedo: false, undoLabel: 'sessions.update', redoLabel: null });
  });

  it('is cleared by a new change', async () => {
    const { call } = servicesOver();
    valueOf(await call('trainers.update', { id: 't-1', patch: { maxDays: 30 } }));
    valueOf(await call('history.undo'));
    expect((await historyStatus(call)).canRedo).toBe(true);
    valueOf(await call('trainers.update', { id: 't-2', patch: { maxDays: 12 } }));
    expect(await historyStatus(call)).toMatchObject({ canUndo: true, canRedo: false });
    expect((await call('history.redo')).ok).toBe(false);
  });
});

describe('grouping', () => {
  it('makes several writes inside asOneStep one step with its label', async () => {
    const store = withHistory(createMemoryStore(smallPlan()));
    const before = structuredClone(store.read());
    await asOneStep('solver.apply', async () => {
      for (const [id, date] of [['s-3', '2027-01-26'], ['s-4', '2027-02-02'], ['s-5', '2027-02-09']] as const) {
        await store.update((draft) => {
          const session = draft.sessions.find((s) => s.id === id);
          if (session) session.date = date;
        });
      }
    });
    expect(store.history.status()).toEqual({ canUndo: true, canRedo: false, undoLabel: 'solver.apply', redoLabel: null });
    await store.history.undo();
    expect(store.read()).toEqual(before);
    expect(store.history.status().canUndo).toBe(false);
  });

  it('makes each bare write a step of its own', async () => {
    const store = withHistory(createMemoryStore(smallPlan()));
    await store.update((draft) => void (draft.term.name = 'Forår A'));
    await store.update((draft) => void (draft.term.name = 'Forår B'));
    await store.history.undo();
    expect(store.read().term.name).toBe('Forår A');
  });
});

/** A store whose lock was taken over by another instance after some changes. */
function losableStore(plan: Plan): Store & { loseLock(): void } {
  const inner = createMemoryStore(plan);
  let lost = false;
  return {
    path: inner.path,
    read: () => inner.read(),
    update: (change) => (lost ? Promise.reject(new HoldplanError('read-only', 'The data file is open elsewhere, so changes cannot be saved.')) : inner.update(change)),
    status: () => ({ ...inner.status(), readOnly: lost }),
    close: () => inner.close(),
    loseLock: () => void (lost = true),
  };
}

describe('on a read-only store', () => {
  it('refuses undo and redo, and keeps the steps for when it can write again', async () => {
    const store = losableStore(smallPlan());
    const handlers = createServices(store);
    const call = (name: string, input?: unknown) => dispatch(handlers, name, input);
    valueOf(await call('trainers.update', { id: 't-1', patch: { maxDays: 30 } }));
    store.loseLock();
    const refused = await call('history.undo');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('read-only');
    expect(store.read().trainers.find((t) => t.id === 't-1')?.maxDays).toBe(30);
    expect(valueOf<HistoryStatus>(await call('history.status'))).toMatchObject({ canUndo: true, undoLabel: 'trainers.update' });
  });
});
