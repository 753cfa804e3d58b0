import { describe, expect, it } from 'vitest';
import { servicesOver, valueOf } from './harness';
import type { DeleteResult } from '../../../shared/contract/results';

describe('deleting what the plan still uses', () => {
  it('refuses to delete a room that sessions use and names them in words', async () => {
    const { refused } = servicesOver();
    const r = await refused('rooms.delete', { id: 'r-ode-3' });
    expect(r.error.code).toBe('in-use');
    expect(r.error.message).toContain('Lokale 3 is used by 2 sessions: GLU Odense hold 2 day 1 on Tue 12 Jan 2027, GLU Odense hold 2 day 2 on Tue 19 Jan 2027');
    expect(r.after).toEqual(r.before);
  });

  it('deletes a used room with unassign: the sessions lose the room and its lock, and are listed', async () => {
    const { call, store } = servicesOver();
    const result = valueOf<DeleteResult>(await call('rooms.delete', { id: 'r-ode-3', unassign: true }));
    expect(result).toEqual({ deleted: 'r-ode-3', unassignedSessionIds: ['s-1', 's-2'] });
    const plan = store.read();
    expect(plan.rooms.map((r) => r.id)).toEqual(['r-aar-1']);
    expect(plan.sessions.find((s) => s.id === 's-1')).toMatchObject({ roomId: null, locked: [], date: '2027-01-12', trainerIds: ['t-1'] });
  });

  it('deletes an unused room without asking', async () => {
    const { call, store } = servicesOver();
    expect(valueOf<DeleteResult>(await call('rooms.delete', { id: 'r-aar-1' })).unassignedSessionIds).toEqual([]);
    expect(store.read().rooms).toHaveLength(1);
  });

  it('refuses to delete a booked trainer, then takes them off their sessions with unassign', async () => {
    const { refused, call, store } = servicesOver();
    const r = await refused('trainers.delete', { id: 't-1' });
    expect(r.error.code).toBe('in-use');
    expect(r.error.message).toMatch(/^Ane Holm teaches 2 sessions: GLU Odense hold 2 day 1 on Tue 12 Jan 2027/);
    expect(r.after).toEqual(r.before);

    const result = valueOf<DeleteResult>(await call('trainers.delete', { id: 't-1', unassign: true }));
    expect(result.unassignedSessionIds).toEqual(['s-1', 's-2']);
    const s2 = store.read().sessions.find((s) => s.id === 's-2');
    expect(s2).toMatchObject({ trainerIds: [], locked: [], roomId: 'r-ode-3' });
    expect(store.read().trainers.map((t) => t.id)).toEqual(['t-2']);
  });

  it('refuses to delete a centre with rooms or cohorts, even with unassign', async () => {
    const { refused } = servicesOver();
    const r = await refused('centres.delete', { id: 'c-ode', unassign: true });
    expect(r.error.code).toBe('in-use');
    expect(r.error.message).toBe('Center Odense still has 1 room (Lokale 3) and 1 cohort (GLU Odense hold 2); move or delete them first.');
    expect(r.after).toEqual(r.before);
  });

  it('deletes an empty centre together with its own closures', async () => {
    const { call, store } = servicesOver();
    await call('closures.create', { closure: { start: '2027-03-01', end: '2027-03-01', centreId: 'c-empty', reason: 'Maling' } });
    valueOf(await call('centres.delete', { id: 'c-empty' }));
    expect(store.read().centres.map((c) => c.id)).toEqual(['c-ode', 'c-aar']);
    expect(store.read().closures.map((c) => c.centreId)).toEqual([null]);
  });

  it('refuses to delete a course that cohorts take, and deletes an unused one', async () => {
    const { refused, call, store } = servicesOver();
    const r = await refused('courses.delete', { id: 'k-glu' });
    expect(r.error.code).toBe('in-use');
    expect(r.error.message).toContain('taken by 2 cohorts: GLU Odense hold 2, GLU Aarhus hold 1');
    expect(r.after).toEqual(r.before);
    valueOf(await call('courses.delete', { id: 'k-unused' }));
    expect(store.read().courses.map((c) => c.id)).toEqual(['k-glu']);
  });

  it('deleting a cohort removes its sessions', async () => {
    const { call, store } = servicesOver();
    valueOf(await call('cohorts.delete', { id: 'h-1' }));
    expect(store.read().cohorts.map((c) => c.id)).toEqual(['h-2']);
    expect(store.read().sessions.map((s) => s.id)).toEqual(['s-4', 's-5', 's-6']);
  });

  it('cuts long lists of sessions in the message but keeps them all in the details', async () => {
    const { call, refused } = servicesOver();
    for (const id of ['s-2', 's-3', 's-4', 's-5', 's-6']) await call('sessions.update', { id, patch: { trainerIds: ['t-2'] } });
    await call('sessions.update', { id: 's-1', patch: { trainerIds: ['t-2'] } });
    const r = await refused('trainers.delete', { id: 't-2' });
    expect(r.error.message).toContain('and 1 more');
    expect(r.error.details).toHaveLength(6);
  });
});
