// The dead end the date-chain move exists for: day 2 of a course must fall one to
// three days after day 1, and day 1 sits on the Wednesday before Easter 2027
// (Maundy Thursday, Good Friday, the weekend and Easter Monday follow). No date is
// legal for day 2 until day 1 moves.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../main/demo/random';
import { ChangeLog } from '../../../main/solver/changeLog';
import { buildModel, toPlan } from '../../../main/solver/model';
import { refreshUnassigned, type MoveContext } from '../../../main/solver/moves';
import { mendDateChain } from '../../../main/solver/movesDateChain';
import { Scorer } from '../../../main/solver/score';
import { findVariables, impossibleSessions } from '../../../main/solver/variables';
import { daysBetween } from '../../../shared/calendar/dates';
import { Plan } from '../../../shared/domain/schema';
import { checkPlan } from '../../../shared/rules/check';

function beforeEaster(): Plan {
  return Plan.parse({
    format: 'holdplan/v1',
    term: { name: 'Forår', start: '2027-03-01', end: '2027-04-30' },
    centres: [{ id: 'c-ros', name: 'Center Roskilde', region: 'Sjælland' }],
    rooms: [{ id: 'r-1', centreId: 'c-ros', name: 'Lokale 1', capacity: 20 }],
    trainers: [{ id: 't-1', name: 'Ane', kind: 'internal', homeRegion: 'Sjælland', skills: ['glu'], maxDays: 20, dayRate: 0 }],
    courses: [{ id: 'k-glu', name: 'GLU', days: [{ title: 'Dag 1', kind: 'teaching', slot: 'full', skills: ['glu'] }, { title: 'Dag 2', kind: 'teaching', slot: 'full', skills: ['glu'], minGapDays: 1, maxGapDays: 3 }] }],
    cohorts: [{ id: 'h-1', courseId: 'k-glu', name: 'GLU Roskilde', participants: 16, venue: { centreId: 'c-ros' }, window: { start: '2027-03-15', end: '2027-04-09' } }],
    sessions: [
      { id: 'd-1', cohortId: 'h-1', dayIndex: 0, slot: 'full', date: '2027-03-24', roomId: 'r-1', trainerIds: ['t-1'] },
      { id: 'd-2', cohortId: 'h-1', dayIndex: 1, slot: 'full' },
    ],
  });
}

/** The plan's packed model and a move context whose unassigned list is current. */
function searchOn(plan: Plan) {
  const m = buildModel(plan);
  const log = new ChangeLog(new Scorer(m));
  const vars = findVariables(m, 'optimise', impossibleSessions(m));
  const x: MoveContext = { log, vars, rng: createRng(7), freed: new Int32Array(64), unassigned: new Int32Array(vars.sessions.length), unassignedCount: 0 };
  refreshUnassigned(x);
  return { m, log, x };
}

describe('mending a date chain', () => {
  it('moves the day before Easter so that its next day finds a legal date, and assigns both', () => {
    const plan = beforeEaster();
    expect(checkPlan(plan).unassignedSessionIds).toEqual(['d-2']);
    const { m, log, x } = searchOn(plan);
    expect(mendDateChain(x)).toBe(true);
    log.commit();
    const after = toPlan(m, plan);
    const check = checkPlan(after);
    expect(check.score).toEqual({ hard: 0, unassigned: 0, soft: log.scorer.score().soft });
    const [d1, d2] = after.sessions;
    const gap = daysBetween(d1!.date!, d2!.date!);
    expect(gap).toBeGreaterThanOrEqual(1);
    expect(gap).toBeLessThanOrEqual(3);
    expect(d1!.date).not.toBe('2027-03-24');
  });

  it('leaves a session alone when a legal date between its neighbours exists', () => {
    const plan = Plan.parse({ ...beforeEaster(), sessions: beforeEaster().sessions.map((s) => (s.id === 'd-1' ? { ...s, date: '2027-03-15' } : s)) });
    const { log, x } = searchOn(plan);
    expect(mendDateChain(x)).toBe(false);
    expect(log.size).toBe(0);
  });
});
