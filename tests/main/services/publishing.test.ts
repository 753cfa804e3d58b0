import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { trainerCalendar } from '../../../main/exchange/ics/calendars';
import type { PublicationChanges, PublishResult } from '../../../shared/contract/publishingResults';
import type { HistoryStatus } from '../../../shared/contract/results';
import type { Plan } from '../../../shared/domain/schema';
import { servicesOver, valueOf } from './harness';

function events(ics: string): { uid: string; sequence: number; start: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, sequence: event.sequence, start: event.startDate.toString().slice(0, 10) };
  });
}

async function publish(call: ReturnType<typeof servicesOver>['call']): Promise<PublishResult> {
  return valueOf<PublishResult>(await call('plan.publish', {}));
}

describe('plan.publish', () => {
  it('stores the publication inside the plan, so exporting and importing keeps it', async () => {
    const { call, store } = servicesOver();
    const result = await publish(call);
    expect(result.sessions).toBe(6);
    expect(result.changes.publishedAt).toBeNull();
    expect(result.raisedSequences).toBe(0);
    const exported = valueOf<Plan>(await call('plan.export', {}));
    expect(exported.publication?.publishedAt).toBe(result.publishedAt);
    expect(exported.publication?.sessions['s-1']).toMatchObject({ date: '2027-01-12', roomId: 'r-ode-3', trainerIds: ['t-1'] });

    const other = servicesOver();
    valueOf(await other.call('plan.import', { plan: JSON.parse(JSON.stringify(exported)) }));
    expect(other.store.read().publication).toEqual(store.read().publication);
    expect(valueOf<PublicationChanges>(await other.call('plan.changesSincePublication', {})).changes).toEqual([]);
  });

  it('raises SEQUENCE only for the moved session, so the re-exported .ics updates it and keeps every UID', async () => {
    const { call, store } = servicesOver();
    await publish(call);
    const first = events(trainerCalendar(store.read(), 't-1', { sequences: store.read().publication?.sequences }));
    valueOf(await call('sessions.update', { id: 's-2', patch: { date: '2027-01-21' } }));
    const second = await publish(call);
    expect(second.raisedSequences).toBe(1);
    expect(second.changes.changes.map((c) => c.text)).toEqual(['GLU Odense hold 2, day 2: Tue 19 Jan 2027 → Thu 21 Jan 2027']);

    const plan = store.read();
    const again = events(trainerCalendar(plan, 't-1', { sequences: plan.publication?.sequences }));
    expect(again.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(again).toEqual([
      { uid: 's-1@holdplan', sequence: 0, start: '2027-01-12' },
      { uid: 's-2@holdplan', sequence: 1, start: '2027-01-21' },
    ]);
    expect(first.map((e) => e.sequence)).toEqual([0, 0]);
  });

  it('is one undo step that takes back the publication and the raised sequences together', async () => {
    const { call, store } = servicesOver();
    await publish(call);
    const firstPublication = structuredClone(store.read().publication);
    valueOf(await call('sessions.update', { id: 's-1', patch: { trainerIds: ['t-2'] } }));
    await publish(call);
    expect(store.read().publication?.sequences['s-1']).toBe(1);

    const status = valueOf<HistoryStatus>(await call('history.undo', {}));
    expect(store.read().publication).toEqual(firstPublication);
    expect(store.read().sessions.find((s) => s.id === 's-1')?.trainerIds).toEqual(['t-2']);
    expect(status.undoLabel).toBe('sessions.update');
    expect(status.redoLabel).toBe('plan.publish');
  });
});

describe('plan.changesSincePublication', () => {
  it('says the plan was never published, and changes nothing', async () => {
    const { call, store } = servicesOver();
    const before = structuredClone(store.read());
    expect(valueOf<PublicationChanges>(await call('plan.changesSincePublication', {}))).toEqual({ publishedAt: null, changes: [], trainers: [], customers: [] });
    expect(store.read()).toEqual(before);
  });

  it('lists each changed session in words with the trainers and customers who need a new schedule', async () => {
    const { call } = servicesOver();
    valueOf(await call('sessions.update', { id: 's-4', patch: { date: '2027-02-02', roomId: 'r-aar-1', trainerIds: ['t-2'] } }));
    await publish(call);
    valueOf(await call('sessions.update', { id: 's-1', patch: { trainerIds: ['t-2'] } }));
    valueOf(await call('sessions.update', { id: 's-4', patch: { roomId: null } }));
    const changes = valueOf<PublicationChanges>(await call('plan.changesSincePublication', {}));
    expect(changes.changes.map((c) => c.text)).toEqual([
      'GLU Odense hold 2, day 1: trainer Ane Holm → Bo Dahl',
      'GLU Aarhus hold 1, day 1: room Lokale 1 → no room',
    ]);
    expect(changes.trainers.map((t) => t.name)).toEqual(['Ane Holm', 'Bo Dahl']);
    expect(changes.customers).toEqual(['Odense Kommune', 'Aarhus Kommune']);
  });

  it('lists the sessions of a cohort deleted since publication as removed, with its customer', async () => {
    const { call } = servicesOver();
    await publish(call);
    valueOf(await call('cohorts.delete', { id: 'h-1', unassign: true }));
    const changes = valueOf<PublicationChanges>(await call('plan.changesSincePublication', {}));
    expect(changes.changes.map((c) => c.kind)).toEqual(['removed', 'removed', 'removed']);
    expect(changes.changes[0]?.text).toBe('GLU Odense hold 2, day 1: removed since publication (was Tue 12 Jan 2027, Lokale 3, Ane Holm)');
    expect(changes.trainers.map((t) => t.name)).toEqual(['Ane Holm']);
    expect(changes.customers).toEqual(['Odense Kommune']);
  });

  it('refuses input it does not know, changing nothing', async () => {
    const { refused } = servicesOver();
    const { error, before, after, saved } = await refused('plan.publish', { when: 'now' });
    expect(error.code).toBe('invalid-input');
    expect(after).toEqual(before);
    expect(saved).toBe(false);
  });
});
