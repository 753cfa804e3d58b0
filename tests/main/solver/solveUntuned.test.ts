// Plans nobody tuned the solver on: small, dense, random instances unlike the demo
// generator's (Easter inside short windows, two-trainer and half days, customer
// sites, random locks, planned values that break rules, duplicated trainers).
// Whatever a planner brings, the solver keeps what is locked, leaves no hard
// rule broken that an unlocked value could mend, agrees with the checker, and
// explains every session it leaves unassigned.
import { describe, expect, it } from 'vitest';
import { explainUnassigned } from '../../../main/solver/explain';
import { solve } from '../../../main/solver/solve';
import { checkPlan } from '../../../shared/rules/check';
import { tightInstance } from './tightInstance';

const SEEDS = Array.from({ length: 24 }, (_, i) => i + 1);

describe('the solver on random tight instances', () => {
  it('keeps locked values, leaves only locked conflicts, scores as the checker and explains each unassigned day', () => {
    let unassignedSeen = 0;
    let lockedConflictsSeen = 0;
    for (const seed of SEEDS) {
      const { plan } = tightInstance(seed, { crowded: seed % 3 === 0 });
      const result = solve(plan, { mode: 'optimise', seconds: 60, maxMoves: 4000, seed });
      const check = checkPlan(result.plan);
      expect(result.score, `seed ${seed}`).toEqual(check.score);

      plan.sessions.forEach((before, i) => {
        const after = result.plan.sessions[i]!;
        if (before.locked.includes('date')) expect(after.date, `seed ${seed} ${before.id}`).toBe(before.date);
        if (before.locked.includes('room')) expect(after.roomId, `seed ${seed} ${before.id}`).toBe(before.roomId);
        if (before.locked.includes('trainers')) expect(after.trainerIds, `seed ${seed} ${before.id}`).toEqual(before.trainerIds);
      });

      for (const v of check.violations.filter((x) => x.level === 'hard')) {
        expect(v.locked, `seed ${seed}: ${v.rule} on ${v.sessionIds.join(', ')} is not a locked conflict`).toBe(true);
        lockedConflictsSeen++;
      }

      const explained = explainUnassigned(result.plan, check.unassignedSessionIds);
      expect(explained.map((e) => e.sessionId).sort(), `seed ${seed}`).toEqual([...check.unassignedSessionIds].sort());
      for (const e of explained) expect(e.reason.length, `seed ${seed} ${e.sessionId}`).toBeGreaterThan(20);
      unassignedSeen += explained.length;
    }
    // The instances are tight enough that both cases occur (else the loop tested little).
    expect(unassignedSeen).toBeGreaterThan(0);
    expect(lockedConflictsSeen).toBeGreaterThan(0);
  });
});
