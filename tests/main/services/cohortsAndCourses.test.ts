import { describe, expect, it } from 'vitest';
import { servicesOver, valueOf } from './harness';
import { smallPlan } from './fixtures';
import type { CourseChangeImpact } from '../../../shared/contract/results';
import type { Cohort, Session } from '../../../shared/domain/schema';

const newCohort = {
  id: 'h-3',
  courseId: 'k-glu',
  name: 'GLU Vejle hold 1',
  customer: 'Vejle Kommune',
  participants: 18,
  venue: { site: 'Vejle Rådhus, Skolegade 1', region: 'Syddanmark' },
  window: { start: '2027-03-01', end: '2027-06-18' },
};

describe('creating a cohort', () => {
  it('creates one empty session per course day, with the day slot and stable ids', async () => {
    const { call, store } = servicesOver();
    const { cohort, sessions } = valueOf<{ cohort: Cohort; sessions: Session[] }>(await call('cohorts.create', { cohort: newCohort }));
    expect(cohort.id).toBe('h-3');
    expect(sessions.map((s) => [s.id, s.dayIndex, s.slot, s.date, s.roomId, s.trainerIds])).toEqual([
      ['s-h-3-0', 0, 'full', null, null, []],
      ['s-h-3-1', 1, 'full', null, null, []],
      ['s-h-3-2', 2, 'am', null, null, []],
    ]);
    expect(store.read().sessions.filter((s) => s.cohortId === 'h-3')).toEqual(sessions);
  });

  it('picks another session id when the natural one is taken', async () => {
    const plan = smallPlan();
    plan.sessions = plan.sessions.map((s) => (s.id === 's-4' ? { ...s, id: 's-h-3-0' } : s));
    const { call } = servicesOver(plan);
    const { sessions } = valueOf<{ sessions: Session[] }>(await call('cohorts.create', { cohort: newCohort }));
    expect(sessions.map((s) => s.id)).toEqual(['s-h-3-0-2', 's-h-3-1', 's-h-3-2']);
  });

  it('gives a cohort without an id a fresh one', async () => {
    const { call } = servicesOver();
    const { id: _id, ...withoutId } = newCohort;
    const { cohort } = valueOf<{ cohort: Cohort }>(await call('cohorts.create', { cohort: withoutId }));
    expect(cohort.id).toBe('h-3');
  });
});

const days = [
  { title: 'Modul 1', kind: 'teaching', slot: 'full', skills: ['ledelse'], trainers: 1, equipment: [], minGapDays: 1 },
  { title: 'Modul 2', kind: 'teaching', slot: 'full', skills: ['ledelse'], trainers: 1, equipment: [], minGapDays: 7 },
  { title: 'Modul 3', kind: 'learningCafe', slot: 'am', skills: ['ledelse'], trainers: 1, equipment: [], minGapDays: 7 },
];

describe('editing a course day list', () => {
  it('reports the planned sessions it would change and changes nothing without confirm', async () => {
    const { call, store } = servicesOver();
    const before = structuredClone(store.read());
    const changed = [{ ...days[0], slot: 'am' }, days[1], days[2]];
    const impact = valueOf<CourseChangeImpact>(await call('courses.update', { id: 'k-glu', patch: { days: changed } }));
    expect(impact.applied).toBe(false);
    expect(impact.changedSessions.map((s) => s.id)).toEqual(['s-1']);
    expect(impact.removedSessions).toEqual([]);
    expect(store.read()).toEqual(before);
  });

  it('reports planned sessions that a removed day would take away', async () => {
    const { call, store } = servicesOver();
    const before = structuredClone(store.read());
    const impact = valueOf<CourseChangeImpact>(await call('courses.update', { id: 'k-glu', patch: { days: [days[0]] } }));
    expect(impact).toMatchObject({ applied: false, addedSessionCount: 0 });
    // s-3, s-5 and s-6 go too, but they hold no plan, so only s-2 is worth telling.
    expect(impact.removedSessions.map((s) => s.id)).toEqual(['s-2']);
    expect(store.read()).toEqual(before);
  });

  it('with confirm, removes the sessions of removed days and updates slots of changed ones', async () => {
    const { call, store } = servicesOver();
    const impact = valueOf<CourseChangeImpact>(
      await call('courses.update', { id: 'k-glu', patch: { days: [{ ...days[0], slot: 'pm' }, days[1]] }, confirm: true }),
    );
    expect(impact.applied).toBe(true);
    expect(impact.changedSessions.map((s) => s.id)).toEqual(['s-1']);
    const sessions = store.read().sessions;
    expect(sessions.map((s) => s.id)).toEqual(['s-1', 's-2', 's-4', 's-5']);
    expect(sessions.find((s) => s.id === 's-1')).toMatchObject({ slot: 'pm', date: '2027-01-12', trainerIds: ['t-1'] });
    expect(store.read().courses[0]?.days).toHaveLength(2);
  });

  it('adds an empty session to every cohort for an added day, without asking', async () => {
    const { call, store } = servicesOver();
    const extra = { title: 'Tillægsmodul', kind: 'workshop', slot: 'pm', minGapDays: 14 };
    const impact = valueOf<CourseChangeImpact>(await call('courses.update', { id: 'k-glu', patch: { days: [...days, extra] } }));
    expect(impact).toMatchObject({ applied: true, addedSessionCount: 2, removedSessions: [], changedSessions: [] });
    const added = store.read().sessions.filter((s) => s.dayIndex === 3);
    expect(added.map((s) => [s.id, s.cohortId, s.slot, s.date])).toEqual([
      ['s-h-1-3', 'h-1', 'pm', null],
      ['s-h-2-3', 'h-2', 'pm', null],
    ]);
  });

  it('renaming a course day changes no session and needs no confirm', async () => {
    const { call } = servicesOver();
    const impact = valueOf<CourseChangeImpact>(
      await call('courses.update', { id: 'k-glu', patch: { days: [{ ...days[0], title: 'Modul 1: Rammer' }, days[1], days[2]] } }),
    );
    expect(impact).toMatchObject({ applied: true, changedSessions: [], removedSessions: [] });
  });
});

describe('moving a cohort to another venue', () => {
  it("releases the old centre's rooms and their locks, keeping dates and trainers", async () => {
    const { call, store } = servicesOver();
    await call('cohorts.update', { id: 'h-1', patch: { venue: { site: 'Odense Rådhus, Flakhaven 2', region: 'Syddanmark' } } });
    const moved = store.read().sessions.filter((s) => s.cohortId === 'h-1');
    expect(moved.map((s) => [s.id, s.date, s.roomId, s.trainerIds, s.locked])).toEqual([
      ['s-1', '2027-01-12', null, ['t-1'], []],
      ['s-2', '2027-01-19', null, ['t-1'], ['trainers']],
      ['s-3', null, null, [], []],
    ]);
  });

  it('keeps the rooms when only the participant count changes', async () => {
    const { call, store } = servicesOver();
    await call('cohorts.update', { id: 'h-1', patch: { participants: 22 } });
    expect(store.read().sessions.filter((s) => s.cohortId === 'h-1').map((s) => s.roomId)).toEqual(['r-ode-3', 'r-ode-3', null]);
  });
});
