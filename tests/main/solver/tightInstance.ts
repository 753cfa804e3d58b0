// Small, dense, conflict-rich plans for the property tests: few rooms and
// trainers, short windows over Easter and closures, half days, two-trainer
// days, maximum gaps, windows that reach past the term (deferred days), random
// planned values (duplicates and extra trainers included) and a random baseline.
import type { Plan, Session } from '../../../shared/domain/schema';
import { REGIONS } from '../../../shared/domain/schema';
import { addDays } from '../../../shared/calendar/dates';
import { createRng, type Rng } from '../../../main/demo/random';

const TERM = { name: 'Test term', start: '2027-03-01', end: '2027-04-30' };
const SKILLS = ['a', 'b', 'c'];
const TAGS = ['projector', 'video'];

function someOf<T>(rng: Rng, items: readonly T[], p: number): T[] {
  return items.filter(() => rng.chance(p));
}

function range(rng: Rng, from: string, spanDays: number, maxLength: number) {
  const start = addDays(from, rng.int(0, spanDays));
  return { start, end: addDays(start, rng.int(0, maxLength)) };
}

function randomValues(rng: Rng, s: Session, plan: Plan, crowded: boolean): Session {
  const offset = crowded ? rng.int(0, 1) : rng.int(-10, 70);
  const date = rng.chance(0.8) ? addDays(TERM.start, offset) : null;
  const roomId = rng.chance(0.7) ? rng.pick(plan.rooms).id : null;
  const trainerIds = Array.from({ length: rng.int(0, 3) }, () => rng.pick(plan.trainers).id);
  return { ...s, date, roomId, trainerIds };
}

export interface TightOptions {
  /** Every room fits every cohort and planned dates fall on the term’s first two days, so sessions share rooms' days (room trades). */
  crowded?: boolean;
}

export function tightInstance(seed: number, options: TightOptions = {}): { plan: Plan; baseline: Plan } {
  const crowded = options.crowded === true;
  const rng = createRng(seed);
  const centres = [
    { id: 'c-1', name: 'Centre One', city: '', address: '', region: 'Hovedstaden' as const },
    { id: 'c-2', name: 'Centre Two', city: '', address: '', region: 'Midtjylland' as const },
  ];
  const rooms = Array.from({ length: 4 }, (_, i) => {
    const capacity = rng.int(8, 40);
    const equipment = someOf(rng, TAGS, 0.5);
    return {
      id: `r-${i}`,
      centreId: centres[i % 2]!.id,
      name: `Room ${i}`,
      capacity: crowded ? 60 : capacity,
      equipment: crowded ? [...TAGS] : equipment,
      unavailable: rng.chance(0.5) ? [range(rng, TERM.start, 50, 10)] : [],
    };
  });
  const trainers = Array.from({ length: 6 }, (_, i) => ({
    id: `t-${i}`,
    name: `Trainer ${i}`,
    email: '',
    phone: '',
    kind: rng.chance(0.4) ? ('internal' as const) : ('external' as const),
    homeRegion: rng.pick(REGIONS),
    skills: someOf(rng, SKILLS, 0.6),
    unavailable: rng.chance(0.6) ? [range(rng, TERM.start, 50, 12)] : [],
    maxDays: rng.int(1, 8) / 2,
    dayRate: rng.int(0, 9) * 900,
  }));
  const courses = Array.from({ length: 3 }, (_, i) => ({
    id: `k-${i}`,
    code: `K${i}`,
    name: `Course ${i}`,
    days: Array.from({ length: rng.int(1, 4) }, (_, d) => {
      const minGapDays = rng.int(1, 4);
      return {
        title: `Day ${d + 1}`,
        kind: 'teaching' as const,
        slot: rng.pick(['full', 'am', 'pm'] as const),
        skills: someOf(rng, SKILLS, 0.4),
        trainers: rng.int(0, 2),
        equipment: someOf(rng, TAGS, 0.3),
        minGapDays,
        ...(rng.chance(0.4) ? { maxGapDays: minGapDays + rng.int(0, 5) } : {}),
      };
    }),
  }));
  const sites = ['Town Hall, Main Street 1', 'School, Side Road 2'];
  const cohorts = Array.from({ length: 6 }, (_, i) => {
    const window = range(rng, addDays(TERM.start, -5), 55, 40);
    return {
      id: `h-${i}`,
      courseId: rng.pick(courses).id,
      name: `Cohort ${i}`,
      customer: `Customer ${i}`,
      participants: rng.int(5, 45),
      venue: rng.chance(0.3) ? { site: rng.pick(sites), region: rng.pick(REGIONS) } : { centreId: rng.pick(centres).id },
      window,
      ...(rng.chance(0.5) ? { unavailable: [range(rng, window.start, 20, 6)] } : {}),
    };
  });
  const sessions: Session[] = [];
  for (const cohort of cohorts) {
    const course = courses.find((k) => k.id === cohort.courseId)!;
    course.days.forEach((day, d) =>
      sessions.push({
        id: `s-${cohort.id}-${d}`,
        cohortId: cohort.id,
        dayIndex: d,
        slot: day.slot,
        date: null,
        roomId: null,
        trainerIds: [],
        locked: someOf(rng, ['date', 'room', 'trainers'] as const, 0.1),
      }),
    );
  }
  const bare: Plan = {
    format: 'holdplan/v1',
    term: TERM,
    closures: [
      { start: '2027-04-02', end: '2027-04-02', centreId: null, reason: 'All closed' },
      { start: '2027-03-10', end: '2027-03-11', centreId: 'c-1', reason: 'Staff days' },
    ],
    centres,
    rooms,
    trainers,
    courses,
    cohorts,
    sessions,
  };
  const plan = { ...bare, sessions: sessions.map((s) => randomValues(rng, s, bare, crowded)) };
  const baseline = { ...bare, sessions: sessions.filter(() => rng.chance(0.9)).map((s) => randomValues(rng, s, bare, crowded)) };
  return { plan, baseline };
}
