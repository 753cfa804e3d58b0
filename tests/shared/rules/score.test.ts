import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/domain/schema';
import { checkPlan, checkSessions, compareScores } from '../../../shared/rules/check';
import { RULES } from '../../../shared/rules/registry';
import { basePlan, edit, plannedPlan, withChange } from './fixtures';

/** A plan that breaks many rules at once, hard and soft. */
function messyPlan(): Plan {
  let plan = withChange(plannedPlan(), (p) => {
    p.trainers[0]!.maxDays = 2;
    p.rooms[2]!.capacity = 50;
  });
  plan = edit(plan, 'ppr-1', { date: '2027-01-16', trainerIds: ['t-eva', 't-eva'] });
  plan = edit(plan, 'ppr-2', { date: '2027-01-12', roomId: 'r-aal-2' });
  plan = edit(plan, 'glu-1', { date: '2027-01-25', trainerIds: ['t-ane'] });
  plan = edit(plan, 'site-1', { date: '2027-01-25', roomId: 'r-ode-1', trainerIds: ['t-ane', 't-bo'] });
  plan = edit(plan, 'site-2', { date: null });
  return plan;
}

describe('the score', () => {
  it('adds up the penalties of the hard and soft rules, and counts unassigned sessions', () => {
    const result = checkPlan(messyPlan());
    const sum = (level: 'hard' | 'soft') => result.violations.filter((v) => v.level === level).reduce((s, v) => s + v.penalty, 0);
    expect(result.score.hard).toBe(sum('hard'));
    expect(result.score.soft).toBe(sum('soft'));
    expect(result.score.hard).toBeGreaterThan(0);
    expect(result.score.unassigned).toBe(result.unassignedSessionIds.length);
    expect(result.score.unassigned).toBeGreaterThan(0);
  });

  it('reports a total for every rule, with its statement, matching the violations', () => {
    const result = checkPlan(messyPlan());
    expect(result.totals.map((t) => t.rule)).toEqual(RULES.map((r) => r.name));
    for (const t of result.totals) {
      const mine = result.violations.filter((v) => v.rule === t.rule);
      expect(t.count).toBe(mine.length);
      expect(t.penalty).toBe(mine.reduce((s, v) => s + v.penalty, 0));
      expect(t.statement.length).toBeGreaterThan(10);
    }
  });

  it('compares hard penalty first, then unassigned sessions, then soft penalty', () => {
    expect(compareScores({ hard: 0, unassigned: 100, soft: 1e9 }, { hard: 1, unassigned: 0, soft: 0 })).toBeLessThan(0);
    expect(compareScores({ hard: 2, unassigned: 0, soft: 9e9 }, { hard: 2, unassigned: 1, soft: 0 })).toBeLessThan(0);
    expect(compareScores({ hard: 2, unassigned: 1, soft: 5 }, { hard: 2, unassigned: 1, soft: 6 })).toBeLessThan(0);
    expect(compareScores({ hard: 2, unassigned: 1, soft: 5 }, { hard: 2, unassigned: 1, soft: 5 })).toBe(0);
  });

  it('ranks a planned plan above an empty one, and the empty one above a broken one', () => {
    const planned = checkPlan(plannedPlan()).score;
    const empty = checkPlan(basePlan()).score;
    const broken = checkPlan(messyPlan()).score;
    expect(compareScores(planned, empty)).toBeLessThan(0);
    expect(compareScores(empty, broken)).toBeLessThan(0);
  });

  it('refuses a negative weight', () => {
    expect(() => checkPlan(plannedPlan(), { weights: { travel: -1 } })).toThrow(/travel/);
  });
});

describe('checkSessions', () => {
  it('finds exactly the violations of the whole check that involve the given sessions', () => {
    const plan = messyPlan();
    const all = checkPlan(plan).violations;
    for (const ids of [['ppr-1'], ['glu-1'], ['site-1', 'ppr-2'], ['site-2'], ['glu-2']]) {
      const expected = all.filter((v) => v.sessionIds.some((id) => ids.includes(id)));
      expect(checkSessions(plan, ids)).toEqual(expected);
    }
  });

  it('answers "would this move break a rule?" for one session', () => {
    // Ane Holm teaches Aalborg PPR hold 1's morning session on 25 Jan.
    const moved = edit(plannedPlan(), 'glu-2', { date: '2027-01-25', trainerIds: ['t-ane'] });
    const hard = checkSessions(moved, ['glu-2']).filter((v) => v.level === 'hard');
    expect(hard.map((v) => v.rule)).toEqual(['trainer-double-booked', 'trainer-two-venues-same-day']);
    expect(hard[0]!.justification).toBe('Ane Holm is booked in two sessions on Mon 25 Jan 2027: Aalborg PPR hold 1, day 2 and GLU Odense hold 2, day 2.');
    expect(checkSessions(plannedPlan(), ['glu-2']).filter((v) => v.level === 'hard')).toEqual([]);
  });
});
