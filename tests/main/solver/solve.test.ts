import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/demo/generate';
import { solve } from '../../../main/solver/solve';
import type { Plan, Session } from '../../../shared/domain/schema';
import { checkPlan } from '../../../shared/rules/check';

let demo: { plan: Plan; planted: Plan };
beforeAll(() => {
  demo = generateDemo({ size: 'small', seed: 11 });
});

const valuesOf = (s: Session) => ({ date: s.date, roomId: s.roomId, trainerIds: [...s.trainerIds].sort() });

describe('solve', () => {
  it('plans the small demo with no hard violation and nothing assignable left unassigned', () => {
    const result = solve(demo.plan, { mode: 'fill', seconds: 20, seed: 1, stopWhenFeasible: true });
    const check = checkPlan(result.plan);
    expect(check.score.hard).toBe(0);
    expect(check.unassignedSessionIds).toEqual([]);
    expect(result.score).toEqual(check.score);
    expect(result.timeToFeasibleMs).not.toBeNull();
    // Deferred days belong to a later term: the solver leaves them unplanned.
    for (const id of check.deferredSessionIds) expect(result.plan.sessions.find((s) => s.id === id)).toMatchObject({ date: null, roomId: null, trainerIds: [] });
  });

  it('plans everything else when one cohort is larger than every room, and leaves only that cohort unassigned', () => {
    const original = demo.plan.cohorts.find((c) => 'centreId' in c.venue)!;
    const giant = { ...original, id: 'h-giant', name: 'Giant cohort', participants: 5000 };
    const giantSessions = demo.plan.sessions.filter((s) => s.cohortId === original.id).map((s) => ({ ...s, id: `${s.id}-giant`, cohortId: giant.id }));
    const plan = { ...demo.plan, cohorts: [...demo.plan.cohorts, giant], sessions: [...demo.plan.sessions, ...giantSessions] };
    const result = solve(plan, { mode: 'fill', seconds: 20, seed: 6, stopWhenFeasible: true });
    const check = checkPlan(result.plan);
    expect(check.score.hard).toBe(0);
    expect(new Set(check.unassignedSessionIds)).toEqual(new Set(giantSessions.filter((s) => !check.deferredSessionIds.includes(s.id)).map((s) => s.id)));
    expect(result.timeToFeasibleMs).not.toBeNull();
    // An impossible day holds no trainer or date that others could use.
    for (const s of result.plan.sessions.filter((x) => x.cohortId === giant.id)) expect(s).toMatchObject({ date: null, roomId: null, trainerIds: [] });
  });

  it('never changes a locked value, even one that breaks a rule', () => {
    const trainer = demo.planted.trainers[0]!.id;
    const sessions = demo.planted.sessions.map((s, i): Session => {
      if (i % 4 === 0) return { ...s, locked: ['date', 'room', 'trainers'] };
      if (i % 4 === 1) return { ...s, trainerIds: s.trainerIds.length > 0 ? [trainer] : [], locked: ['trainers'] };
      if (i % 4 === 2) return { ...s, locked: ['date'] };
      return s;
    });
    const plan = { ...demo.planted, sessions };
    const result = solve(plan, { mode: 'optimise', seconds: 30, seed: 2, maxMoves: 30_000 });
    result.plan.sessions.forEach((after, i) => {
      const before = sessions[i]!;
      if (before.locked.includes('date')) expect(after.date).toBe(before.date);
      if (before.locked.includes('room')) expect(after.roomId).toBe(before.roomId);
      if (before.locked.includes('trainers')) expect(after.trainerIds).toEqual(before.trainerIds);
    });
  });

  it('in fill mode keeps every value that was already planned and plans the rest', () => {
    const sessions = demo.planted.sessions.map((s, i): Session => {
      if (i % 3 === 0) return { ...s, date: null, roomId: null, trainerIds: [] };
      if (i % 3 === 1) return { ...s, trainerIds: [] };
      return s;
    });
    const plan = { ...demo.planted, sessions };
    const result = solve(plan, { mode: 'fill', seconds: 20, seed: 3, stopWhenFeasible: true });
    result.plan.sessions.forEach((after, i) => {
      const before = sessions[i]!;
      if (before.date !== null) expect(after.date).toBe(before.date);
      if (before.roomId !== null) expect(after.roomId).toBe(before.roomId);
      for (const t of before.trainerIds) expect(after.trainerIds).toContain(t);
    });
    const check = checkPlan(result.plan);
    expect(check.score.hard).toBe(0);
    expect(check.unassignedSessionIds).toEqual([]);
    expect(new Set(result.changedSessionIds)).toEqual(new Set(result.plan.sessions.filter((s, i) => s !== sessions[i]).map((s) => s.id)));
  });

  it('gives the same plan for the same seed and move budget', () => {
    const options = { mode: 'fill' as const, seconds: 60, seed: 9, maxMoves: 20_000 };
    const a = solve(demo.plan, options);
    const b = solve(demo.plan, options);
    expect(a.plan.sessions.map(valuesOf)).toEqual(b.plan.sessions.map(valuesOf));
    expect(a.score).toEqual(b.score);
  });

  it('reports the score the reference checker gives its plan, with the planner’s weights and baseline', () => {
    const weights = { continuity: 50, travel: 7, roomFit: 3 };
    const result = solve(demo.planted, { mode: 'optimise', seconds: 30, seed: 4, maxMoves: 30_000, weights, baseline: demo.planted });
    expect(result.score).toEqual(checkPlan(result.plan, { weights, baseline: demo.planted }).score);
    expect(result.score.hard).toBe(0);
  });

  it('reports progress and stops when asked, keeping the best plan so far', () => {
    let calls = 0;
    const result = solve(demo.plan, {
      mode: 'fill',
      seconds: 30,
      seed: 5,
      onProgress: (p) => {
        calls++;
        expect(p.best.hard).toBeGreaterThanOrEqual(0);
      },
      shouldStop: () => calls >= 2,
    });
    expect(calls).toBe(2);
    expect(result.elapsedMs).toBeLessThan(30_000);
    expect(result.score).toEqual(checkPlan(result.plan).score);
  });
});
