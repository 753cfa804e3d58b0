import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/demo/generate';
import { buildPlanIndex, templateOf } from '../../../renderer/features/calendar/verdict/planIndex';
import { rankCandidates } from '../../../renderer/features/sessions/candidates';
import { dateChoices, roomChoices } from '../../../renderer/features/sessions/choices';
import { verdictFor } from '../../../renderer/features/calendar/verdict/verdict';

const { planted } = generateDemo({ size: 'small', seed: 2 });
const index = buildPlanIndex(planted);
const session = planted.sessions.find((s) => s.date !== null && s.roomId !== null && s.trainerIds.length === 1 && s.dayIndex > 0)!;

describe('trainer candidates for a session', () => {
  const ranked = rankCandidates(index, session, session.trainerIds[0]!);

  it('offers only trainers with every required skill, never the one already on it', () => {
    const skills = templateOf(index, session)!.skills;
    expect(ranked.length).toBeGreaterThan(0);
    for (const c of ranked) {
      expect(skills.every((k) => c.trainer.skills.includes(k))).toBe(true);
      expect(c.trainer.id).not.toBe(session.trainerIds[0]);
    }
  });

  it('puts free trainers first, and a free one keeps every trainer rule when put on the session', () => {
    const firstBusy = ranked.findIndex((c) => !c.free);
    if (firstBusy >= 0) expect(ranked.slice(firstBusy).every((c) => !c.free)).toBe(true);
    const best = ranked[0]!;
    expect(best.free).toBe(true);
    const hard = verdictFor(index, session.id, { trainerIds: [best.trainer.id] }).hard;
    expect(hard.filter((v) => v.trainerIds.includes(best.trainer.id))).toEqual([]);
  });

  it('among the free, ranks those who already teach the cohort, then the nearer, before the rest', () => {
    const free = ranked.filter((c) => c.free);
    for (let i = 1; i < free.length; i++) {
      const a = free[i - 1]!;
      const b = free[i]!;
      expect(Number(a.teachesCohort)).toBeGreaterThanOrEqual(Number(b.teachesCohort));
      if (a.teachesCohort === b.teachesCohort) expect(a.regionDistance).toBeLessThanOrEqual(b.regionDistance);
    }
  });
});

describe('date and room choices', () => {
  it('lists valid dates before dates that break a rule, and the planted date among the valid', () => {
    const dates = dateChoices(index, session);
    const firstInvalid = dates.findIndex((c) => c.broken.length > 0);
    expect(firstInvalid).toBeGreaterThan(0);
    expect(dates.slice(firstInvalid).every((c) => c.broken.length > 0)).toBe(true);
    expect(dates.slice(0, firstInvalid).map((c) => c.value)).toContain(session.date);
    // A Saturday is never valid.
    const saturday = dates.find((c) => new Date(`${c.value}T12:00:00`).getDay() === 6);
    expect(saturday?.broken.map((v) => v.rule)).toContain('date-not-working-day');
  });

  it('offers the rooms of the cohort\'s centre only, the planted room among the valid', () => {
    const rooms = roomChoices(index, session);
    const centre = index.rooms.get(session.roomId!)!.centreId;
    expect(rooms.every((c) => index.rooms.get(c.value)?.centreId === centre)).toBe(true);
    expect(rooms.find((c) => c.value === session.roomId)?.broken).toEqual([]);
  });
});
