import { describe, expect, it } from 'vitest';
import { servicesOver, valueOf } from './harness';
import type { Room } from '../../../shared/domain/schema';

// Every refused request must leave the plan exactly as it was: a planner who
// mistypes a capacity must not lose anything.
const cases: { name: string; op: string; input: unknown; code: string; message: RegExp }[] = [
  { name: 'a room with no capacity', op: 'rooms.create', input: { room: { centreId: 'c-ode', name: 'Lokale 9', capacity: 0 } }, code: 'invalid-input', message: /capacity: must hold at least one person/ },
  { name: 'a room at a centre that does not exist', op: 'rooms.create', input: { room: { centreId: 'c-nowhere', name: 'Lokale 9', capacity: 10 } }, code: 'invalid-input', message: /centreId: there is no centre with id "c-nowhere"/ },
  { name: 'a room whose id is taken', op: 'rooms.create', input: { room: { id: 'r-ode-3', centreId: 'c-ode', name: 'Lokale 9', capacity: 10 } }, code: 'conflict', message: /id: there is already a room with id "r-ode-3"/ },
  { name: 'a room patch with a negative capacity', op: 'rooms.update', input: { id: 'r-ode-3', patch: { capacity: -4 } }, code: 'invalid-input', message: /capacity: must hold at least one person/ },
  { name: 'a patch that changes an id', op: 'rooms.update', input: { id: 'r-ode-3', patch: { id: 'r-new' } }, code: 'invalid-input', message: /id: cannot be changed/ },
  { name: 'a patch of a room that does not exist', op: 'rooms.update', input: { id: 'r-nope', patch: { capacity: 10 } }, code: 'not-found', message: /no room with id "r-nope"/ },
  { name: 'a trainer with a negative day rate', op: 'trainers.update', input: { id: 't-1', patch: { dayRate: -1 } }, code: 'invalid-input', message: /dayRate: cannot be negative/ },
  { name: 'a trainer with an unknown region', op: 'trainers.create', input: { trainer: { name: 'Ib', kind: 'internal', homeRegion: 'Skåne', maxDays: 10, dayRate: 0 } }, code: 'invalid-input', message: /homeRegion:/ },
  { name: 'a centre without a name', op: 'centres.create', input: { centre: { name: '', region: 'Sjælland' } }, code: 'invalid-input', message: /name: needs a name/ },
  { name: 'a trainer whose name is only spaces', op: 'trainers.update', input: { id: 't-1', patch: { name: '   ' } }, code: 'invalid-input', message: /name: needs a name/ },
  { name: 'a course without days', op: 'courses.create', input: { course: { name: 'Tomt kursus', days: [] } }, code: 'invalid-input', message: /days: needs at least one course day/ },
  { name: 'a course day gap that is too small', op: 'courses.update', input: { id: 'k-glu', patch: { days: [{ title: 'x', kind: 'teaching', slot: 'full', minGapDays: 0 }] }, confirm: true }, code: 'invalid-input', message: /days\[0\]\.minGapDays: must be at least 1/ },
  { name: 'a cohort of a course that does not exist', op: 'cohorts.create', input: { cohort: { courseId: 'k-nope', name: 'X', participants: 10, venue: { centreId: 'c-ode' }, window: { start: '2027-02-01', end: '2027-03-01' } } }, code: 'invalid-input', message: /courseId: there is no course with id "k-nope"/ },
  { name: 'a cohort whose window ends before it starts', op: 'cohorts.create', input: { cohort: { courseId: 'k-glu', name: 'X', participants: 10, venue: { centreId: 'c-ode' }, window: { start: '2027-03-01', end: '2027-02-01' } } }, code: 'invalid-input', message: /window\.end: ends before it starts/ },
  { name: 'moving a cohort to another course', op: 'cohorts.update', input: { id: 'h-1', patch: { courseId: 'k-unused' } }, code: 'invalid-input', message: /courseId: cannot be changed/ },
  { name: 'a session in a room that does not exist', op: 'sessions.update', input: { id: 's-3', patch: { roomId: 'r-ghost' } }, code: 'invalid-input', message: /roomId: there is no room with id "r-ghost"/ },
  { name: 'a session with a trainer that does not exist', op: 'sessions.update', input: { id: 's-3', patch: { trainerIds: ['t-1', 't-ghost'] } }, code: 'invalid-input', message: /trainerIds: there is no trainer with id "t-ghost"/ },
  { name: 'a session on a date that does not exist', op: 'sessions.update', input: { id: 's-3', patch: { date: '2027-02-30' } }, code: 'invalid-input', message: /date: is not a real calendar date/ },
  { name: 'a session patch that moves it to another cohort', op: 'sessions.update', input: { id: 's-3', patch: { cohortId: 'h-2' } }, code: 'invalid-input', message: /cohortId/ },
  { name: 'a term that ends before it starts', op: 'term.update', input: { patch: { end: '2026-12-01' } }, code: 'invalid-input', message: /end: the term ends before it starts/ },
  { name: 'a closure of a centre that does not exist', op: 'closures.create', input: { closure: { start: '2027-06-05', end: '2027-06-05', centreId: 'c-x' } }, code: 'invalid-input', message: /centreId: there is no centre with id "c-x"/ },
  { name: 'a closure number past the end of the list', op: 'closures.delete', input: { index: 5 }, code: 'not-found', message: /no closure number 6/ },
  { name: 'an import that is not a plan', op: 'plan.import', input: { plan: { format: 'holdplan/v1', term: { name: 'X', start: '2027-01-04', end: '2027-06-25' }, rooms: [{ id: 'r', centreId: 'c-gone', name: 'R', capacity: 5 }] } }, code: 'invalid-input', message: /room "r" belongs to centre "c-gone", which does not exist/ },
];

describe('a refused request changes nothing', () => {
  for (const c of cases) {
    it(`refuses ${c.name}`, async () => {
      const { refused } = servicesOver();
      const r = await refused(c.op, c.input);
      expect(r.error.code).toBe(c.code);
      expect(r.error.message).toMatch(c.message);
      expect(r.error.message).not.toContain('\n');
      expect(r.after).toEqual(r.before);
      expect(r.saved).toBe(false);
    });
  }
});

describe('creating and editing entities', () => {
  it('creates a room with a fresh id when none is given and keeps its unknown fields', async () => {
    const { call, store } = servicesOver();
    const room = valueOf<Room>(await call('rooms.create', { room: { centreId: 'c-aar', name: 'Salen', capacity: 120, signage: { colour: 'blue' } } }));
    expect(room.id).toBe('r-3');
    expect(store.read().rooms.find((r) => r.id === 'r-3')).toMatchObject({ name: 'Salen', equipment: [], signage: { colour: 'blue' } });
  });

  it('merges a patch over the stored room and validates the whole result', async () => {
    const { call, store } = servicesOver();
    const room = valueOf<Room>(await call('rooms.update', { id: 'r-ode-3', patch: { capacity: 40 } }));
    expect(room).toMatchObject({ id: 'r-ode-3', name: 'Lokale 3', capacity: 40, equipment: ['projector'] });
    expect(store.read().rooms[0]?.capacity).toBe(40);
  });

  it('plans a session: date, room, trainers and locks', async () => {
    const { call, store } = servicesOver();
    await call('sessions.update', { id: 's-3', patch: { date: '2027-01-26', roomId: 'r-ode-3', trainerIds: ['t-2'], locked: ['date'] } });
    expect(store.read().sessions.find((s) => s.id === 's-3')).toMatchObject({ date: '2027-01-26', roomId: 'r-ode-3', trainerIds: ['t-2'], locked: ['date'], slot: 'am', dayIndex: 2 });
  });

  it('adds, edits and removes closures by their place in the list', async () => {
    const { call } = servicesOver();
    await call('closures.create', { closure: { start: '2027-06-04', end: '2027-06-04', centreId: 'c-ode' } });
    const edited = valueOf<{ reason: string }[]>(await call('closures.update', { index: 1, patch: { reason: 'Grundlovsdag (flyttet)' } }));
    expect(edited[1]).toMatchObject({ centreId: 'c-ode', reason: 'Grundlovsdag (flyttet)' });
    const after = valueOf<unknown[]>(await call('closures.delete', { index: 0 }));
    expect(after).toHaveLength(1);
  });
});
