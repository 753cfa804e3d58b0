import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo, DEMO_SIZES, type DemoSize } from '../../../main/demo/generate';
import { busiestWeekRoomUse, qualifiedTrainerCounts, shareWithFewQualified, siteShare } from '../../../main/demo/tightness';
import { integrityProblems } from '../../../shared/domain/integrity';
import { isCentreVenue, Plan } from '../../../shared/domain/schema';
import { checkPlan } from '../../../shared/rules/check';
import { deferredSessionIds, hardRuleBreaches } from './hardRules';

const generated = new Map<DemoSize, ReturnType<typeof generateDemo>>();
const demo = (size: DemoSize) => {
  const d = generated.get(size);
  if (!d) throw new Error(`${size} was not generated`);
  return d;
};

beforeAll(() => {
  for (const size of ['small', 'term', 'large'] as const) generated.set(size, generateDemo({ size, seed: 1 }));
}, 60_000);

describe('generateDemo', () => {
  it('gives the same data set for the same seed and another for another seed', () => {
    expect(generateDemo({ size: 'small', seed: 1 })).toEqual(demo('small'));
    expect(generateDemo({ size: 'small', seed: 2 }).planted).not.toEqual(demo('small').planted);
  });

  it.each([
    ['small', 25, 35, 100, 300],
    ['term', 280, 320, 1500, 2100],
    ['large', 650, 750, 3400, 4600],
  ] as const)('%s has about the promised number of cohorts, sessions, trainers and rooms', (size, minCohorts, maxCohorts, minSessions, maxSessions) => {
    const { planted } = demo(size);
    expect(planted.cohorts.length).toBeGreaterThanOrEqual(minCohorts);
    expect(planted.cohorts.length).toBeLessThanOrEqual(maxCohorts);
    expect(planted.sessions.length).toBeGreaterThanOrEqual(minSessions);
    expect(planted.sessions.length).toBeLessThanOrEqual(maxSessions);
    expect(planted.trainers.length).toBe(DEMO_SIZES[size].trainers);
    expect(planted.rooms.length).toBe(DEMO_SIZES[size].rooms);
    expect(new Set(planted.centres.map((c) => c.region)).size).toBe(5);
    expect(planted.centres).toHaveLength(6);
  });

  it('builds the term of spring 2027 with the proposed closures and a realistic organisation', () => {
    const { planted } = demo('term');
    expect(planted.term).toMatchObject({ start: '2027-01-04', end: '2027-06-25' });
    expect(planted.closures.map((c) => c.reason)).toContain('Fredag efter Kr. himmelfart');
    const internal = planted.trainers.filter((t) => t.kind === 'internal');
    expect(internal.length).toBeGreaterThanOrEqual(35);
    expect(internal.length).toBeLessThanOrEqual(45);
    const meanRate = (ts: typeof planted.trainers) => ts.reduce((s, t) => s + t.dayRate, 0) / ts.length;
    expect(meanRate(internal)).toBeLessThan(meanRate(planted.trainers.filter((t) => t.kind === 'external')));
    expect(Math.min(...planted.rooms.map((r) => r.capacity))).toBeLessThanOrEqual(12);
    expect(Math.max(...planted.rooms.map((r) => r.capacity))).toBeGreaterThanOrEqual(120);
    expect(siteShare(planted)).toBeGreaterThan(0.08);
    expect(siteShare(planted)).toBeLessThan(0.25);
    expect(planted.cohorts.some((c) => (c.unavailable ?? []).length > 0)).toBe(true);
    expect(planted.trainers.filter((t) => t.unavailable.length > 0).length).toBeGreaterThan(planted.trainers.length / 3);
    const sizes = planted.cohorts.map((c) => c.participants);
    expect(sizes.filter((n) => n >= 100).length).toBeGreaterThan(0);
    expect(sizes.every((n) => (n >= 15 && n <= 40) || n >= 100)).toBe(true);
  });

  it('holds every conference in a room big enough at its centre', () => {
    const { planted } = demo('term');
    const conferences = planted.cohorts.filter((c) => c.participants >= 100);
    for (const c of conferences) {
      expect(isCentreVenue(c.venue)).toBe(true);
      const centreId = isCentreVenue(c.venue) ? c.venue.centreId : '';
      expect(planted.rooms.some((r) => r.centreId === centreId && r.capacity >= c.participants)).toBe(true);
    }
  });

  it.each(['small', 'term', 'large'] as const)('%s passes the schema and the integrity checks, and its plan has nothing assigned', (size) => {
    const { plan, planted } = demo(size);
    expect(() => Plan.parse(plan)).not.toThrow();
    expect(integrityProblems(plan)).toEqual([]);
    expect(integrityProblems(planted)).toEqual([]);
    expect(plan.sessions.every((s) => s.date === null && s.roomId === null && s.trainerIds.length === 0)).toBe(true);
    expect({ ...plan, sessions: [] }).toEqual({ ...planted, sessions: [] });
    expect(plan.sessions.map((s) => s.id)).toEqual(planted.sessions.map((s) => s.id));
  });

  it.each(['small', 'term', 'large'] as const)('%s: the planted plan assigns every session that is not deferred and keeps every hard rule', (size) => {
    const { planted } = demo(size);
    expect(hardRuleBreaches(planted)).toEqual([]);
    const deferred = deferredSessionIds(planted);
    expect(planted.sessions.filter((s) => s.date === null).every((s) => deferred.has(s.id))).toBe(true);
  });

  it('keeps every hard rule for other seeds too', () => {
    for (const seed of [2, 3, 17, 2027]) expect(hardRuleBreaches(generateDemo({ size: 'small', seed }).planted)).toEqual([]);
  });

  it('defers the cluster meetings that fall past the term, and only those', () => {
    const { planted } = demo('term');
    const deferred = deferredSessionIds(planted);
    expect(deferred.size).toBeGreaterThan(0);
    const clusterCohorts = new Set(planted.cohorts.filter((c) => c.courseId === 'k-klynge').map((c) => c.id));
    expect(planted.sessions.filter((s) => deferred.has(s.id)).every((s) => clusterCohorts.has(s.cohortId))).toBe(true);
    const sessions = planted.sessions.filter((s) => clusterCohorts.has(s.cohortId));
    expect(sessions.filter((s) => s.date !== null).every((s) => s.trainerIds.length === 2)).toBe(true);
  });

  it('is tight: two centres use 70 % of their room-days in their busiest week, and 20 % of sessions have at most 10 qualified trainers', () => {
    const { planted } = demo('term');
    const busy = busiestWeekRoomUse(planted).filter((u) => u.share >= 0.7);
    expect(busy.length).toBeGreaterThanOrEqual(2);
    expect(shareWithFewQualified(planted, 10)).toBeGreaterThanOrEqual(0.2);
    expect(Math.min(...qualifiedTrainerCounts(planted).values())).toBeGreaterThanOrEqual(2);
  });

  it('keeps trainers with their cohort as a real plan would', () => {
    const { planted } = demo('term');
    const trainersOf = new Map<string, Set<string>>();
    for (const s of planted.sessions) for (const t of s.trainerIds) trainersOf.set(s.cohortId, (trainersOf.get(s.cohortId) ?? new Set()).add(t));
    const long = planted.cohorts.filter((c) => planted.sessions.filter((s) => s.cohortId === c.id && s.date !== null).length >= 4);
    const kept = long.filter((c) => (trainersOf.get(c.id)?.size ?? 0) <= 2);
    expect(kept.length / long.length).toBeGreaterThan(0.6);
  });

  it.each(['small', 'term', 'large'] as const)('%s: the reference checker finds no hard violation and nothing unassigned in the planted plan', (size) => {
    const result = checkPlan(demo(size).planted);
    expect(result.score.hard).toBe(0);
    expect(result.score.unassigned).toBe(0);
    expect(new Set(result.deferredSessionIds)).toEqual(deferredSessionIds(demo(size).planted));
  });
});

describe('the independent hard-rule check the demo tests rely on', () => {
  it('catches a double-booked trainer, a holiday and a missing skill', () => {
    const planted = structuredClone(demo('small').planted);
    const [a, b] = planted.sessions.filter((s) => s.date !== null && s.slot === 'full');
    if (!a || !b) throw new Error('the demo needs two full days');
    b.date = a.date;
    b.trainerIds = [...a.trainerIds];
    expect(hardRuleBreaches(planted).some((m) => m.includes('overlap'))).toBe(true);

    const holiday = structuredClone(demo('small').planted);
    const first = holiday.sessions.find((s) => s.date !== null);
    if (!first) throw new Error('nothing dated');
    first.date = '2027-03-29';
    expect(hardRuleBreaches(holiday).some((m) => m.includes('not a working day'))).toBe(true);

    const unskilled = structuredClone(demo('small').planted);
    for (const t of unskilled.trainers) t.skills = [];
    expect(hardRuleBreaches(unskilled).some((m) => m.includes('lacks skill'))).toBe(true);
  });
});
