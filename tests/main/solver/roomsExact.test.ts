import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDemo } from '../../../main/demo/generate';
import { ChangeLog } from '../../../main/solver/changeLog';
import { buildModel, toPlan, NONE, type Model } from '../../../main/solver/model';
import { polishRooms } from '../../../main/solver/roomsExact';
import { Scorer } from '../../../main/solver/score';
import { solve } from '../../../main/solver/solve';
import { findVariables, impossibleSessions } from '../../../main/solver/variables';
import type { Plan, Room, Session } from '../../../shared/domain/schema';
import { checkPlan } from '../../../shared/rules/check';
import { spareSeatTolerance } from '../../../shared/rules/soft/roomFit';
import { DEFAULT_WEIGHTS, type SoftWeights } from '../../../shared/rules/weights';

const TERM = { name: 'Test term', start: '2027-03-01', end: '2027-03-31' };
const DAYS = ['2027-03-03', '2027-03-04'];

interface Setup {
  plan: Plan;
  baseline?: Plan;
  weights?: Partial<SoftWeights>;
}

function polish({ plan, baseline, weights }: Setup) {
  const model = buildModel(plan, baseline ? { baseline } : {});
  const scorer = new Scorer(model, weights);
  const log = new ChangeLog(scorer);
  const vars = findVariables(model, 'optimise', impossibleSessions(model));
  const before = scorer.score();
  const costBefore = scorer.cost();
  const result = polishRooms(log, vars);
  log.commit();
  return { model, scorer, before, costBefore, result, after: toPlan(model, plan) };
}

// ---- The brute force the polish is held to -------------------------------------

const overlaps = (a: Session['slot'], b: Session['slot']) => a === 'full' || b === 'full' || a === b;

/** The least room cost of one centre-day by trying every assignment, or null when none keeps the rules. */
function bruteForceDay(setup: Setup, centreId: string, date: string): number | null {
  const { plan, baseline } = setup;
  const w = { ...DEFAULT_WEIGHTS, ...setup.weights };
  const cohort = (s: Session) => plan.cohorts.find((c) => c.id === s.cohortId)!;
  const template = (s: Session) => plan.courses.find((k) => k.id === cohort(s).courseId)!.days[s.dayIndex]!;
  const rooms = plan.rooms.filter((r) => r.centreId === centreId);
  const open = (r: Room) => !r.unavailable.some((u) => u.start <= date && date <= u.end);
  const onDay = plan.sessions.filter((s) => s.date === date && rooms.some((r) => r.id === s.roomId));
  const movable = onDay.filter((s) => !s.locked.includes('room') && 'centreId' in cohort(s).venue && (cohort(s).venue as { centreId: string }).centreId === centreId);
  const fixed = onDay.filter((s) => !movable.includes(s));
  const cost = (s: Session, r: Room) => {
    const p = cohort(s).participants;
    const before = baseline?.sessions.find((b) => b.id === s.id);
    return w.roomFit * Math.max(0, r.capacity - p - spareSeatTolerance(p)) + (before && w.stability && before.roomId !== r.id ? w.stability : 0);
  };
  const fitting = (s: Session) => rooms.filter((r) => open(r) && r.capacity >= cohort(s).participants && template(s).equipment.every((e) => r.equipment.includes(e)));
  const placed: { s: Session; roomId: string }[] = fixed.map((s) => ({ s, roomId: s.roomId! }));
  let best: number | null = null;
  const walk = (i: number, sum: number) => {
    if (i === movable.length) {
      if (best === null || sum < best) best = sum;
      return;
    }
    const s = movable[i]!;
    for (const r of fitting(s)) {
      if (placed.some((x) => x.roomId === r.id && overlaps(x.s.slot, s.slot))) continue;
      placed.push({ s, roomId: r.id });
      walk(i + 1, sum + cost(s, r));
      placed.pop();
    }
  };
  walk(0, 0);
  return best;
}

/** The room cost the polished plan pays on one centre-day, over the sessions whose room may change. */
function polishedDayCost(setup: Setup, after: Plan, centreId: string, date: string): number {
  const w = { ...DEFAULT_WEIGHTS, ...setup.weights };
  let sum = 0;
  for (const s of after.sessions) {
    const cohort = setup.plan.cohorts.find((c) => c.id === s.cohortId)!;
    if (s.date !== date || s.locked.includes('room') || !('centreId' in cohort.venue) || cohort.venue.centreId !== centreId) continue;
    const room = after.rooms.find((r) => r.id === s.roomId)!;
    const p = cohort.participants;
    const before = setup.baseline?.sessions.find((b) => b.id === s.id);
    sum += w.roomFit * Math.max(0, room.capacity - p - spareSeatTolerance(p)) + (before && w.stability && before.roomId !== room.id ? w.stability : 0);
  }
  return sum;
}

// ---- Small one-centre days, drawn at random ------------------------------------

const slotArb = fc.constantFrom('full' as const, 'am' as const, 'pm' as const);
const dayArb = fc.record({
  rooms: fc.array(fc.record({ capacity: fc.integer({ min: 8, max: 60 }), projector: fc.boolean(), closedOnFirstDay: fc.boolean() }), { minLength: 2, maxLength: 6 }),
  sessions: fc.array(
    fc.record({
      participants: fc.integer({ min: 5, max: 45 }),
      slot: slotArb,
      projector: fc.boolean(),
      room: fc.nat(),
      day: fc.integer({ min: 0, max: 1 }),
      locked: fc.boolean(),
      baselineRoom: fc.option(fc.nat(), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 7 },
  ),
  stability: fc.constantFrom<number>(0, 5, 300),
});

type DayDraw = typeof dayArb extends fc.Arbitrary<infer T> ? T : never;

function dayPlan(x: DayDraw): Setup {
  const centres = [
    { id: 'c-1', name: 'Centre One', city: '', address: '', region: 'Hovedstaden' as const },
    { id: 'c-2', name: 'Centre Two', city: '', address: '', region: 'Sjælland' as const },
  ];
  const rooms: Room[] = x.rooms.map((r, i) => ({
    id: `r-${i}`,
    centreId: 'c-1',
    name: `Room ${i}`,
    capacity: r.capacity,
    equipment: r.projector ? ['projector'] : [],
    unavailable: r.closedOnFirstDay ? [{ start: DAYS[0]!, end: DAYS[0]! }] : [],
  }));
  // A room at another centre, never a candidate for centre one's cohorts.
  rooms.push({ id: 'r-other', centreId: 'c-2', name: 'Elsewhere', capacity: 30, equipment: ['projector'], unavailable: [] });
  const courses = x.sessions.map((s, i) => ({
    id: `k-${i}`,
    code: `K${i}`,
    name: `Course ${i}`,
    days: [{ title: 'Day 1', kind: 'teaching' as const, slot: s.slot, skills: [], trainers: 0, equipment: s.projector ? ['projector'] : [], minGapDays: 1 }],
  }));
  const cohorts = x.sessions.map((s, i) => ({
    id: `h-${i}`,
    courseId: `k-${i}`,
    name: `Cohort ${i}`,
    customer: '',
    participants: s.participants,
    venue: { centreId: 'c-1' },
    window: { start: TERM.start, end: TERM.end },
  }));
  const centreRooms = rooms.filter((r) => r.centreId === 'c-1');
  const sessions: Session[] = x.sessions.map((s, i) => ({
    id: `s-${i}`,
    cohortId: `h-${i}`,
    dayIndex: 0,
    slot: s.slot,
    date: DAYS[s.day]!,
    roomId: centreRooms[s.room % centreRooms.length]!.id,
    trainerIds: [],
    locked: s.locked ? ['room'] : [],
  }));
  const plan: Plan = { format: 'holdplan/v1', term: TERM, closures: [], centres, rooms, trainers: [], courses, cohorts, sessions };
  const withBaseline = x.sessions.some((s) => s.baselineRoom !== undefined);
  const baseline: Plan = {
    ...plan,
    sessions: sessions.flatMap((s, i) => {
      const b = x.sessions[i]!.baselineRoom;
      return b === undefined ? [] : [{ ...s, roomId: centreRooms[b % centreRooms.length]!.id }];
    }),
  };
  return { plan, ...(withBaseline ? { baseline } : {}), weights: { stability: x.stability } };
}

describe('polishRooms', () => {
  it('reaches the brute-force optimum of every centre-day, never raises the cost, and agrees with the checker', () => {
    fc.assert(
      fc.property(dayArb, (x) => {
        const setup = dayPlan(x);
        const { scorer, costBefore, after } = polish(setup);
        expect(scorer.cost()).toBeLessThanOrEqual(costBefore);
        const check = checkPlan(after, { ...(setup.baseline ? { baseline: setup.baseline } : {}), weights: setup.weights ?? {} });
        expect(scorer.score()).toEqual(check.score);
        for (const date of DAYS) {
          const optimum = bruteForceDay(setup, 'c-1', date);
          // A day no assignment can keep rule-abiding is left as it was.
          if (optimum === null) continue;
          expect(polishedDayCost(setup, after, 'c-1', date)).toBe(optimum);
          const roomRules = check.violations.filter((v) => v.rule.startsWith('room-') && v.rule !== 'room-fit' && after.sessions.some((s) => s.date === date && !s.locked.includes('room') && v.sessionIds.includes(s.id)));
          expect(roomRules).toEqual([]);
        }
        // Locked rooms never move.
        setup.plan.sessions.forEach((s, i) => {
          if (s.locked.includes('room')) expect(after.sessions[i]!.roomId).toBe(s.roomId);
        });
      }),
      { numRuns: 300, seed: 4 },
    );
  });

  it('changes a room away from the baseline only when the seats saved outweigh the stability cost', () => {
    // One cohort of 20 in the baseline's 50-seat room while a 24-seat room is free: 26 empty seats beyond the tolerance.
    const x = {
      rooms: [
        { capacity: 24, projector: false, closedOnFirstDay: false },
        { capacity: 50, projector: false, closedOnFirstDay: false },
      ],
      sessions: [{ participants: 20, slot: 'full' as const, projector: false, room: 1, day: 0, locked: false, baselineRoom: 1 }],
    };
    const excess = 50 - 20 - spareSeatTolerance(20);
    const dear = polish(dayPlan({ ...x, stability: excess + 1 }));
    expect(dear.after.sessions[0]!.roomId).toBe('r-1');
    expect(dear.result.improved).toBe(0);
    const cheap = polish(dayPlan({ ...x, stability: excess - 1 }));
    expect(cheap.after.sessions[0]!.roomId).toBe('r-0');
    expect(cheap.costBefore - cheap.scorer.cost()).toBe(1);
  });

  it('puts a small demo plan whose rooms were made as bad as possible back on the best rooms of every centre-day', () => {
    const { planted } = generateDemo({ size: 'small', seed: 11 });
    const bad = { plan: largestFreeRooms(planted) };
    const before = checkPlan(bad.plan);
    expect(before.score.hard).toBe(0);
    const { scorer, after, result } = polish(bad);
    const check = checkPlan(after);
    expect(scorer.score()).toEqual(check.score);
    expect(check.score.hard).toBe(0);
    expect(check.score.unassigned).toBe(before.score.unassigned);
    const roomFit = (c: typeof check) => c.totals.find((t) => t.rule === 'room-fit')!.penalty;
    expect(roomFit(check)).toBeLessThan(roomFit(before));
    expect(result.improved).toBeGreaterThan(0);
    // Only rooms changed.
    after.sessions.forEach((s, i) => {
      const b = bad.plan.sessions[i]!;
      expect([s.date, s.trainerIds]).toEqual([b.date, b.trainerIds]);
    });
    const centreDays = new Set(after.sessions.filter((s) => s.roomId !== null && s.date !== null).map((s) => `${after.rooms.find((r) => r.id === s.roomId)!.centreId}|${s.date}`));
    for (const key of centreDays) {
      const [centreId, date] = key.split('|') as [string, string];
      expect(polishedDayCost(bad, after, centreId, date)).toBe(bruteForceDay(bad, centreId, date));
    }
  });

  it('is what the solver ends on: no centre-day of its plan has better rooms left', () => {
    const { plan } = generateDemo({ size: 'small', seed: 3 });
    const solved = solve(plan, { mode: 'optimise', seconds: 60, seed: 3, maxMoves: 20_000 });
    const { result, after } = polish({ plan: solved.plan });
    expect(result.days).toBeGreaterThan(0);
    expect(result.improved).toBe(0);
    expect(after).toEqual(solved.plan);
  });

  it('is the same plan for the same input', () => {
    const { planted } = generateDemo({ size: 'small', seed: 5 });
    const plan = largestFreeRooms(planted);
    expect(polish({ plan }).after).toEqual(polish({ plan }).after);
  });
});

/**
 * Each centre-day's rooms replaced by the first valid assignment a backtracking
 * search meets when it tries the largest fitting rooms first: valid, and wasteful.
 */
function largestFreeRooms(plan: Plan): Plan {
  const model: Model = buildModel(plan);
  const mask = (slot: Session['slot']) => (slot === 'full' ? 3 : slot === 'am' ? 1 : 2);
  const groups = new Map<string, number[]>();
  plan.sessions.forEach((s, i) => {
    const d = model.sDay[i]!;
    if (d === NONE || s.roomId === null) return;
    const key = `${model.rCentre[model.sRoom[i]!]}|${d}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const chosen = new Map<number, number>();
  for (const members of groups.values()) {
    const taken = new Map<number, number>();
    const place = (j: number): boolean => {
      if (j === members.length) return true;
      const i = members[j]!;
      const d = model.sDay[i]!;
      const half = mask(plan.sessions[i]!.slot);
      for (let k = model.sRoomCandStart[i + 1]! - 1; k >= model.sRoomCandStart[i]!; k--) {
        const r = model.sRoomCands[k]!;
        if (model.rUnavailable[r * model.dayCount + d] || (taken.get(r) ?? 0) & half) continue;
        taken.set(r, (taken.get(r) ?? 0) | half);
        chosen.set(i, r);
        if (place(j + 1)) return true;
        taken.set(r, taken.get(r)! & ~half);
      }
      return false;
    };
    if (!place(0)) throw new Error('the planted plan has a centre-day without valid rooms');
  }
  return { ...plan, sessions: plan.sessions.map((s, i) => (chosen.has(i) ? { ...s, roomId: model.roomIds[chosen.get(i)!]! } : s)) };
}
