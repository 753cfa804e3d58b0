import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/demo/generate';
import { checkSessions } from '../../../shared/rules/check';
import type { Plan, Session } from '../../../shared/domain/schema';
import { buildPlanIndex } from '../../../renderer/features/calendar/verdict/planIndex';
import { verdictFor, type SessionPatch } from '../../../renderer/features/calendar/verdict/verdict';
import { addDays } from '../../../shared/calendar/dates';

const { planted } = generateDemo({ size: 'small', seed: 3 });
const index = buildPlanIndex(planted);

/** The reference answer: the full checker over the whole plan with the patch applied. */
function fullCheck(plan: Plan, id: string, patch: SessionPatch): string[] {
  const moved: Plan = { ...plan, sessions: plan.sessions.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
  return checkSessions(moved, [id])
    .filter((v) => v.level === 'hard')
    .map((v) => `${v.rule}: ${v.justification}`);
}

const planned = planted.sessions.filter((s): s is Session & { date: string } => s.date !== null);

describe('the hover verdict', () => {
  it('finds nothing wrong with leaving a planted session where it is', () => {
    for (const s of planned.slice(0, 20)) expect(verdictFor(index, s.id, { date: s.date }).hard).toEqual([]);
  });

  it('agrees with the full checker on moves to other days, rooms and trainers', () => {
    const rooms = planted.rooms.map((r) => r.id);
    const trainers = planted.trainers.map((t) => t.id);
    let broken = 0;
    for (let i = 0; i < 60; i++) {
      const s = planned[(i * 7) % planned.length]!;
      const patch: SessionPatch =
        i % 3 === 0
          ? { date: addDays(s.date, (i % 9) - 4) }
          : i % 3 === 1
            ? { roomId: rooms[i % rooms.length]! }
            : { trainerIds: [trainers[(i * 13) % trainers.length]!] };
      const mine = verdictFor(index, s.id, patch).hard.map((v) => `${v.rule}: ${v.justification}`);
      expect(mine).toEqual(fullCheck(planted, s.id, patch));
      if (mine.length > 0) broken++;
    }
    // The sample must hold breaking moves, or the agreement proves little.
    expect(broken).toBeGreaterThan(10);
  });

  it('names the blocked trainer when a session moves onto a day its trainer is unavailable', () => {
    for (const s of planned) {
      const trainer = planted.trainers.find((t) => t.id === s.trainerIds[0]);
      const blocked = trainer?.unavailable[0]?.start;
      if (!trainer || !blocked) continue;
      const hard = verdictFor(index, s.id, { date: blocked }).hard;
      const unavailable = hard.find((v) => v.rule === 'trainer-unavailable');
      expect(unavailable?.justification).toContain(trainer.name);
      return;
    }
    throw new Error('no session with a blocked trainer in the demo');
  });
});
