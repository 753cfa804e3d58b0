// A plan of a given size that passes the schema and the integrity checks, for
// measuring the store. Not a realistic schedule (the demo generator makes those):
// only its size and shape matter here.
import { addDays } from '../../shared/calendar/dates';
import { REGIONS, type Plan } from '../../shared/domain/schema';
import { emptyPlan } from '../../main/store/emptyPlan';

export function synthPlan(cohortCount: number, trainerCount: number): Plan {
  const plan = emptyPlan();
  plan.centres = Array.from({ length: 6 }, (_, i) => ({
    id: `c-${i}`, name: `Center ${i}`, city: `By ${i}`, address: `Vejen ${i}`, region: REGIONS[i % REGIONS.length]!,
  }));
  plan.rooms = Array.from({ length: 40 }, (_, i) => ({
    id: `r-${i}`, centreId: `c-${i % 6}`, name: `Lokale ${i}`, capacity: 12 + (i % 10) * 12, equipment: ['projector'], unavailable: [],
  }));
  plan.trainers = Array.from({ length: trainerCount }, (_, i) => ({
    id: `t-${String(i).padStart(4, '0')}`, name: `Underviser ${i}`, email: `u${i}@example.dk`, phone: '+45 1234 5678',
    kind: i < 40 ? ('internal' as const) : ('external' as const), homeRegion: REGIONS[i % REGIONS.length]!,
    skills: [`skill-${i % 25}`, `skill-${(i * 7) % 25}`], unavailable: [{ start: '2027-02-15', end: '2027-02-19' }],
    maxDays: 40, dayRate: 7200,
  }));
  plan.courses = Array.from({ length: 20 }, (_, i) => ({
    id: `k-${i}`, code: `K${i}`, name: `Kursus ${i}`,
    days: Array.from({ length: 6 }, (_, d) => ({
      title: `Dag ${d + 1}`, kind: 'teaching' as const, slot: 'full' as const, skills: [`skill-${i}`], trainers: 1, equipment: [], minGapDays: 7,
    })),
  }));
  plan.cohorts = Array.from({ length: cohortCount }, (_, i) => ({
    id: `h-${String(i).padStart(4, '0')}`, courseId: `k-${i % 20}`, name: `Hold ${i}`, customer: `Kommune ${i % 50}`,
    participants: 20, venue: { centreId: `c-${i % 6}` }, window: { start: '2027-01-11', end: '2027-06-18' },
  }));
  plan.sessions = plan.cohorts.flatMap((cohort, i) =>
    Array.from({ length: 6 }, (_, d) => ({
      id: `s-${i}-${d}`, cohortId: cohort.id, dayIndex: d, slot: 'full' as const,
      date: addDays('2027-01-11', d * 7 + (i % 5)), roomId: `r-${(i % 6) + 6 * (Math.floor(i / 6) % 6)}`,
      trainerIds: [`t-${String(i % trainerCount).padStart(4, '0')}`], locked: [],
    })),
  );
  return plan;
}
