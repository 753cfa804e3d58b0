import { describe, expect, it } from 'vitest';
import { changesSincePublication, publicationOf, snapshotOf } from '../../shared/domain/publication';
import { Plan, type Plan as PlanType } from '../../shared/domain/schema';
import { smallPlan } from '../main/services/fixtures';

const AT = '2027-01-05T09:15:00.000Z';
const LATER = '2027-01-08T14:00:00.000Z';

/** The small plan with a third trainer, Bo Berg, and s-1 and s-2 planned for GLU Odense hold 2. */
function plan(): PlanType {
  const p = smallPlan();
  p.trainers.push({ ...p.trainers[0]!, id: 't-3', name: 'Bo Berg', email: '' });
  return p;
}

function session(p: PlanType, id: string) {
  const s = p.sessions.find((x) => x.id === id);
  if (!s) throw new Error(`no session ${id}`);
  return s;
}

describe('changes since publication', () => {
  it('lists nothing, and no publication time, for a plan never published', () => {
    expect(changesSincePublication(plan())).toEqual({ publishedAt: null, changes: [], trainers: [], customers: [] });
  });

  it('lists nothing right after publishing', () => {
    const p = plan();
    p.publication = publicationOf(p, AT);
    expect(changesSincePublication(p)).toEqual({ publishedAt: AT, changes: [], trainers: [], customers: [] });
  });

  it('names the session, the old and new date and the old and new trainer in words', () => {
    const p = plan();
    p.sessions.push({ id: 's-9', cohortId: 'h-1', dayIndex: 2, slot: 'am', date: '2027-01-12', roomId: 'r-ode-3', trainerIds: ['t-1'], locked: [] });
    p.sessions = p.sessions.filter((s) => s.id !== 's-3');
    p.publication = publicationOf(p, AT);
    session(p, 's-9').date = '2027-01-14';
    session(p, 's-9').trainerIds = ['t-3'];
    const { changes } = changesSincePublication(p);
    expect(changes).toEqual([
      {
        sessionId: 's-9',
        cohortId: 'h-1',
        kind: 'changed',
        fields: ['date', 'trainers'],
        text: 'GLU Odense hold 2, day 3: Tue 12 Jan 2027 → Thu 14 Jan 2027; trainer Ane Holm → Bo Berg',
      },
    ]);
  });

  it('names a room change and a session that lost its date', () => {
    const p = plan();
    p.publication = publicationOf(p, AT);
    session(p, 's-1').roomId = null;
    session(p, 's-2').date = null;
    expect(changesSincePublication(p).changes.map((c) => c.text)).toEqual([
      'GLU Odense hold 2, day 1: room Lokale 3 → no room',
      'GLU Odense hold 2, day 2: Tue 19 Jan 2027 → no date',
    ]);
  });

  it('does not count the same trainers in another order as a change', () => {
    const p = plan();
    session(p, 's-1').trainerIds = ['t-1', 't-3'];
    p.publication = publicationOf(p, AT);
    session(p, 's-1').trainerIds = ['t-3', 't-1'];
    expect(changesSincePublication(p).changes).toEqual([]);
  });

  it('lists sessions added and removed since, by name', () => {
    const p = plan();
    p.publication = publicationOf(p, AT);
    p.sessions = p.sessions.filter((s) => s.id !== 's-2');
    p.sessions.push({ id: 's-10', cohortId: 'h-2', dayIndex: 3, slot: 'full', date: '2027-02-09', roomId: 'r-aar-1', trainerIds: ['t-2'], locked: [] });
    const { changes, trainers, customers } = changesSincePublication(p);
    expect(changes.map((c) => [c.kind, c.text])).toEqual([
      ['added', 'GLU Aarhus hold 1, day 4: new since publication (Tue 9 Feb 2027, Lokale 1, Bo Dahl)'],
      ['removed', 'GLU Odense hold 2, day 2: removed since publication (was Tue 19 Jan 2027, Lokale 3, Ane Holm)'],
    ]);
    expect(trainers).toEqual([
      { id: 't-1', name: 'Ane Holm' },
      { id: 't-2', name: 'Bo Dahl' },
    ]);
    // Danish order: "Aa" is read as "Å", the last letter.
    expect(customers).toEqual(['Odense Kommune', 'Aarhus Kommune']);
  });

  it('names the trainers before and after a change, and only the customers of changed cohorts', () => {
    const p = plan();
    session(p, 's-4').date = '2027-02-02';
    session(p, 's-4').roomId = 'r-aar-1';
    session(p, 's-4').trainerIds = ['t-2'];
    p.publication = publicationOf(p, AT);
    session(p, 's-1').trainerIds = ['t-3'];
    const result = changesSincePublication(p);
    expect(result.trainers.map((t) => t.name)).toEqual(['Ane Holm', 'Bo Berg']);
    expect(result.customers).toEqual(['Odense Kommune']);
  });

  it('moving a session lists everyone on it, though its trainers stay the same', () => {
    const p = plan();
    p.publication = publicationOf(p, AT);
    session(p, 's-2').date = '2027-01-21';
    expect(changesSincePublication(p).trainers).toEqual([{ id: 't-1', name: 'Ane Holm' }]);
  });
});

describe('publishing', () => {
  it('remembers every session, planned or not, and starts every SEQUENCE at 0', () => {
    const p = plan();
    const publication = publicationOf(p, AT);
    expect(publication.publishedAt).toBe(AT);
    expect(publication.sessions['s-1']).toEqual({ date: '2027-01-12', roomId: 'r-ode-3', trainerIds: ['t-1'], cohortId: 'h-1', dayIndex: 0, cohortName: 'GLU Odense hold 2', customer: 'Odense Kommune' });
    expect(publication.sessions['s-3']).toMatchObject({ date: null, roomId: null, trainerIds: [] });
    expect(Object.keys(publication.sessions)).toEqual(p.sessions.map((s) => s.id));
    expect(Object.values(publication.sequences)).toEqual(p.sessions.map(() => 0));
  });

  it('raises the SEQUENCE of each session changed since the previous publication by one, and only those', () => {
    const p = plan();
    p.publication = publicationOf(p, AT);
    session(p, 's-2').date = '2027-01-21';
    p.publication = publicationOf(p, LATER);
    session(p, 's-2').roomId = null;
    session(p, 's-1').trainerIds = ['t-3'];
    p.publication = publicationOf(p, LATER);
    expect(p.publication.sequences).toEqual({ 's-1': 1, 's-2': 2, 's-3': 0, 's-4': 0, 's-5': 0, 's-6': 0 });
  });

  it('keeps the SEQUENCE of a removed session, and raises it when the session comes back', () => {
    const p = plan();
    p.publication = publicationOf(p, AT);
    session(p, 's-1').date = '2027-01-13';
    p.publication = publicationOf(p, AT);
    const s1 = session(p, 's-1');
    p.sessions = p.sessions.filter((s) => s.id !== 's-1');
    p.publication = publicationOf(p, LATER);
    expect(p.publication.sequences['s-1']).toBe(1);
    expect(p.publication.sessions['s-1']).toBeUndefined();
    p.sessions.push(s1);
    p.publication = publicationOf(p, LATER);
    expect(p.publication.sequences['s-1']).toBe(2);
  });

  it('a published plan passes the holdplan/v1 schema and keeps its publication', () => {
    const p = plan();
    p.publication = publicationOf(p, AT);
    const parsed = Plan.parse(JSON.parse(JSON.stringify(p)));
    expect(parsed.publication).toEqual(p.publication);
  });

  it('the snapshot is a copy: later edits to the plan do not reach it', () => {
    const p = plan();
    const snapshot = snapshotOf(p);
    session(p, 's-1').trainerIds.push('t-3');
    expect(snapshot['s-1']!.trainerIds).toEqual(['t-1']);
  });
});
