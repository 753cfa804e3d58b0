// Repair after a trainer drops out of the small demo's planted (complete, valid) plan.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/demo/generate';
import { repairPlan } from '../../../main/solver/repair';
import { addDays } from '../../../shared/calendar/dates';
import type { Plan } from '../../../shared/domain/schema';
import { checkPlan } from '../../../shared/rules/check';

const { planted } = generateDemo({ size: 'small', seed: 1 });
// A fixed move budget makes each run the same on every machine.
const OPTIONS = { seconds: 60, maxMoves: 100_000, seed: 1 };

/** The planted plan with its busiest trainer unavailable for the week from the middle of their bookings. */
function busiestCancelsAWeek(): { plan: Plan; trainerId: string; name: string } {
  const dates = new Map<string, string[]>();
  for (const s of planted.sessions) for (const t of s.trainerIds) if (s.date) dates.set(t, [...(dates.get(t) ?? []), s.date]);
  const [trainerId, list] = [...dates].sort((a, b) => b[1].length - a[1].length)[0]!;
  const start = list.sort()[Math.floor(list.length / 2)]!;
  const plan = structuredClone(planted);
  const trainer = plan.trainers.find((t) => t.id === trainerId)!;
  trainer.unavailable.push({ start, end: addDays(start, 6) });
  return { plan, trainerId, name: trainer.name };
}

describe('repair after a trainer cancels a week', () => {
  it('ends with no hard violation, changing only the broken sessions plus a few, each in words', () => {
    const { plan, trainerId, name } = busiestCancelsAWeek();
    const broken = checkPlan(plan).violations.filter((v) => v.level === 'hard');
    expect(broken.length).toBeGreaterThan(0);

    const repair = repairPlan(plan, OPTIONS);
    expect(repair.scoreBefore.hard).toBe(broken.length);
    expect(repair.scoreAfter).toMatchObject({ hard: 0, unassigned: 0 });
    expect(checkPlan(repair.plan).score.hard).toBe(0);
    expect(repair.broken.map((b) => b.rule)).toEqual(broken.map(() => 'trainer-unavailable'));
    expect(repair.changes.length).toBeGreaterThanOrEqual(repair.broken.length);
    expect(repair.changes.length).toBeLessThanOrEqual(repair.broken.length + 3);
    for (const change of repair.changes) {
      expect(change.before).toContain(name);
      expect(change.after).not.toContain(name);
      expect(change.why).toMatch(new RegExp(`${name} is unavailable on`));
    }
    // Nothing but planned values changed, and the input plan was left alone.
    expect(repair.plan.trainers).toEqual(plan.trainers);
    expect(plan.trainers.find((t) => t.id === trainerId)!.unavailable.length).toBeGreaterThan(0);
  });

  it('leaves a locked value that breaks a rule, and says what unlocking it would let repair do', () => {
    const { plan, name } = busiestCancelsAWeek();
    const firstBroken = checkPlan(plan).violations.find((v) => v.level === 'hard')!.sessionIds[0]!;
    const session = plan.sessions.find((s) => s.id === firstBroken)!;
    session.locked = ['date', 'trainers'];

    const repair = repairPlan(plan, OPTIONS);
    expect(repair.changes.map((c) => c.sessionId)).not.toContain(firstBroken);
    expect(repair.plan.sessions.find((s) => s.id === firstBroken)!.trainerIds).toEqual(session.trainerIds);
    expect(repair.scoreAfter.hard).toBe(1);
    expect(repair.lockedConflicts).toHaveLength(1);
    const proposal = repair.lockedConflicts[0]!;
    expect(proposal).toMatchObject({ sessionId: firstBroken, locked: ['date', 'trainers'] });
    expect(proposal.justification).toMatch(new RegExp(`${name} is unavailable`));
    expect(proposal.ifUnlocked).toMatch(new RegExp(`^if you unlock its date and trainers, repair would change it from .*${name}.* to `));
    expect(proposal.ifUnlocked.split(' to ').at(-1)).not.toContain(name);
  });

  it('changes nothing in a plan that breaks no rule', () => {
    const repair = repairPlan(planted, OPTIONS);
    expect(repair.broken).toEqual([]);
    expect(repair.changes).toEqual([]);
    expect(repair.plan).toEqual(planted);
  });
});
