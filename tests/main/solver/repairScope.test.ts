// What repair changes, and how it finds what is broken: only the sessions the
// cancelled trainer taught or that had to move because of them; a qualified
// trainer hands over a booking when no free trainer can take a session; the
// model finds every session the checker blames; reasons come in the UI's language.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/demo/generate';
import { ChangeLog } from '../../../main/solver/changeLog';
import { buildModel } from '../../../main/solver/model';
import { repairPlan } from '../../../main/solver/repair';
import { sessionsBreakingHardRules } from '../../../main/solver/repairBroken';
import { Scorer } from '../../../main/solver/score';
import { addDays } from '../../../shared/calendar/dates';
import { Plan } from '../../../shared/domain/schema';
import { checkPlan } from '../../../shared/rules/check';
import { tightInstance } from './tightInstance';

const { planted } = generateDemo({ size: 'small', seed: 1 });
const OPTIONS = { seconds: 60, maxMoves: 100_000, seed: 1 };

/** The planted plan with one of its busiest trainers unavailable for the week from the middle of their bookings. */
function cancelsAWeek(rank: number): { plan: Plan; trainerId: string } {
  const dates = new Map<string, string[]>();
  for (const s of planted.sessions) for (const t of s.trainerIds) if (s.date) dates.set(t, [...(dates.get(t) ?? []), s.date]);
  const [trainerId, list] = [...dates].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[rank]!;
  const start = list.sort()[Math.floor(list.length / 2)]!;
  const plan = structuredClone(planted);
  plan.trainers.find((t) => t.id === trainerId)!.unavailable.push({ start, end: addDays(start, 6) });
  return { plan, trainerId };
}

describe('repair changes only what the cancellation touched', () => {
  it.each([0, 1, 2, 3])('the trainer ranked %i by bookings cancels a week: only their sessions change, and the plan is valid', (rank) => {
    const { plan, trainerId } = cancelsAWeek(rank);
    const taught = new Set(plan.sessions.filter((s) => s.trainerIds.includes(trainerId)).map((s) => s.id));
    const repair = repairPlan(plan, OPTIONS);
    expect(repair.broken.length).toBeGreaterThan(0);
    expect(checkPlan(repair.plan).score).toMatchObject({ hard: 0, unassigned: 0 });
    expect(repair.changes.length).toBeGreaterThanOrEqual(repair.broken.length);
    for (const change of repair.changes) expect(taught.has(change.sessionId)).toBe(true);
  });
});

/** Two one-day cohorts at one centre: a scarce course (skills x and y) taught by Bo, a common one (x) taught by Ane. */
function scarceSkillPlan(): Plan {
  const trainer = (id: string, name: string, skills: string[], maxDays: number) => ({
    id,
    name,
    email: '',
    phone: '',
    kind: 'internal',
    homeRegion: 'Midtjylland',
    skills,
    unavailable: [] as { start: string; end: string }[],
    maxDays,
    dayRate: 0,
  });
  const course = (id: string, skills: string[]) => ({
    id,
    code: id,
    name: id,
    days: [{ title: 'Dag 1', kind: 'teaching', slot: 'full', skills, trainers: 1, equipment: [], minGapDays: 1 }],
  });
  const cohort = (id: string, courseId: string) => ({
    id,
    courseId,
    name: `Hold ${id}`,
    customer: 'Aarhus Kommune',
    participants: 20,
    venue: { centreId: 'c-aar' },
    window: { start: '2027-03-01', end: '2027-03-31' },
  });
  return Plan.parse({
    format: 'holdplan/v1',
    term: { name: 'Forår 2027', start: '2027-03-01', end: '2027-03-31' },
    closures: [],
    centres: [{ id: 'c-aar', name: 'Center Aarhus', city: 'Aarhus', address: 'Vej 1', region: 'Midtjylland' }],
    rooms: [{ id: 'r-1', centreId: 'c-aar', name: 'Lokale 1', capacity: 30, equipment: [], unavailable: [] }],
    // Ane and Bo can teach the scarce course; Ane may work one day only; Carl can teach only the common one.
    trainers: [trainer('t-ane', 'Ane Holm', ['x', 'y'], 1), trainer('t-bo', 'Bo Jensen', ['x', 'y'], 5), trainer('t-carl', 'Carl Dahl', ['x'], 5)],
    courses: [course('k-scarce', ['x', 'y']), course('k-common', ['x'])],
    cohorts: [cohort('h-1', 'k-scarce'), cohort('h-2', 'k-common')],
    sessions: [
      { id: 's-1', cohortId: 'h-1', dayIndex: 0, date: '2027-03-03', slot: 'full', roomId: 'r-1', trainerIds: ['t-bo'], locked: [] },
      { id: 's-2', cohortId: 'h-2', dayIndex: 0, date: '2027-03-10', slot: 'full', roomId: 'r-1', trainerIds: ['t-ane'], locked: [] },
    ],
  });
}

describe('repair when no free trainer has the skills', () => {
  it('lets a qualified trainer hand a booking to someone free for it, and says why both sessions changed', () => {
    const plan = scarceSkillPlan();
    plan.trainers.find((t) => t.id === 't-bo')!.unavailable.push({ start: '2027-03-01', end: '2027-03-31' });
    expect(checkPlan(plan).score.hard).toBe(1);

    const repair = repairPlan(plan, OPTIONS);
    expect(repair.scoreAfter).toMatchObject({ hard: 0, unassigned: 0 });
    const after = new Map(repair.plan.sessions.map((s) => [s.id, s]));
    expect(after.get('s-1')!.trainerIds).toEqual(['t-ane']);
    expect(after.get('s-2')!.trainerIds).toEqual(['t-carl']);
    const why = new Map(repair.changes.map((c) => [c.sessionId, c.why]));
    expect(why.get('s-1')).toMatch(/Bo Jensen is unavailable/);
    expect(why.get('s-2')).toMatch(/took over/);
  });
});

describe('finding what is broken through the model', () => {
  it('names a session of every hard violation the checker finds, and no session outside them', () => {
    let violations = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { plan } = tightInstance(seed);
      const m = buildModel(plan);
      const found = new Set(sessionsBreakingHardRules(new ChangeLog(new Scorer(m))).map((s) => m.sessionIds[s]!));
      const hard = checkPlan(plan).violations.filter((v) => v.level === 'hard');
      violations += hard.length;
      for (const v of hard) expect(v.sessionIds.some((id) => found.has(id)), `${v.rule} in seed ${seed}`).toBe(true);
      const blamed = new Set(hard.flatMap((v) => v.sessionIds));
      for (const id of found) expect(blamed.has(id), `${id} in seed ${seed}`).toBe(true);
    }
    expect(violations).toBeGreaterThan(100);
  });
});

describe('repair in the planner’s language', () => {
  it('gives the checker’s reasons in Danish when asked, and in English by default', () => {
    const { plan } = cancelsAWeek(0);
    const danish = repairPlan(plan, { ...OPTIONS, language: 'da' });
    expect(danish.broken.length).toBeGreaterThan(0);
    for (const b of danish.broken) expect(b.justification).toMatch(/er utilgængelig/);
    for (const c of danish.changes) expect(c.why).toMatch(/er utilgængelig/);
    const english = repairPlan(plan, OPTIONS);
    for (const b of english.broken) expect(b.justification).toMatch(/is unavailable on/);
    expect(english.changes.map((c) => c.sessionId)).toEqual(danish.changes.map((c) => c.sessionId));
  });

  it('says in Danish what unlocking a locked conflict would let repair do', () => {
    const { plan } = cancelsAWeek(0);
    const firstBroken = checkPlan(plan).violations.find((v) => v.level === 'hard')!.sessionIds[0]!;
    plan.sessions.find((s) => s.id === firstBroken)!.locked = ['date', 'trainers'];
    const repair = repairPlan(plan, { ...OPTIONS, language: 'da' });
    expect(repair.lockedConflicts).toHaveLength(1);
    expect(repair.lockedConflicts[0]!.justification).toMatch(/er utilgængelig/);
    expect(repair.lockedConflicts[0]!.ifUnlocked).toMatch(/^hvis du låser datoen og underviserne op, vil reparationen ændre den fra .+ til /);
    expect(repair.lockedConflicts[0]!.session).toMatch(/ dag \d+$/);
  });
});
