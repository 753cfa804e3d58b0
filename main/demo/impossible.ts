// Demo data that is infeasible in parts, on purpose (issue 4): three cohorts no
// plan can complete, one of each kind a planner meets, added to a demo with the
// side file that lists them. The solver must plan everything else and leave
// exactly these unassigned, each with the reason listed here:
//   no-qualified-trainer  a course day needs a skill no trainer has
//   no-room-fits          more participants than any room of the centre seats
//   no-legal-date         the window holds no working day (Easter 2027)
// The planted plan gets the same cohorts, unassigned; it still breaks no hard rule.
import { z } from 'zod';
import type { Course, Plan, Session } from '../../shared/domain/schema';

export const IMPOSSIBLE_FORMAT = 'holdplan-impossible/v1';
export const IMPOSSIBLE_CAUSES = ['no-qualified-trainer', 'no-room-fits', 'no-legal-date'] as const;

/** The side file: which cohorts cannot be planned, their sessions, and why. */
export const ImpossibleList = z.object({
  format: z.literal(IMPOSSIBLE_FORMAT),
  cohorts: z.array(z.object({ cohortId: z.string(), sessionIds: z.array(z.string()), cause: z.enum(IMPOSSIBLE_CAUSES) })),
});
export type ImpossibleList = z.infer<typeof ImpossibleList>;

/** A skill no demo trainer has. */
export const MISSING_SKILL = 'kvantecoaching';
/** Maundy Thursday to Easter Monday 2027: holidays and a weekend, not one working day. */
const EASTER_2027 = { start: '2027-03-25', end: '2027-03-29' };
/** Four working weeks in the middle of the demo term. */
const OPEN_WINDOW = { start: '2027-02-01', end: '2027-02-26' };

/** A two-day course of one skill, one trainer a day, no equipment. */
function twoDayCourse(id: string, code: string, name: string, skill: string): Course {
  return { id, code, name, days: [1, 2].map((n) => ({ title: `Dag ${n}`, kind: 'teaching' as const, slot: 'full' as const, skills: [skill], trainers: 1, equipment: [], minGapDays: 1 })) };
}

/** The skill most trainers have: a day that needs it would find someone, were it not for its room or its dates. */
function commonestSkill(plan: Plan): string {
  const count = new Map<string, number>();
  for (const t of plan.trainers) for (const k of new Set(t.skills)) count.set(k, (count.get(k) ?? 0) + 1);
  const [skill] = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (skill === undefined) throw new Error('No demo trainer has a skill.');
  return skill;
}

export function withImpossibleCohorts(demo: { plan: Plan; planted: Plan }): { plan: Plan; planted: Plan; impossible: ImpossibleList } {
  const { plan } = demo;
  if (plan.trainers.some((t) => t.skills.includes(MISSING_SKILL))) throw new Error(`A demo trainer has the skill ${MISSING_SKILL}, which must be missing.`);
  // The centre with the most rooms, so that only the cohort meant to be too large finds none.
  const roomsAt = (centreId: string) => plan.rooms.filter((r) => r.centreId === centreId);
  const centre = [...plan.centres].sort((a, b) => roomsAt(b.id).length - roomsAt(a.id).length)[0];
  if (!centre || roomsAt(centre.id).length === 0) throw new Error('The demo has no centre with rooms.');
  const largest = Math.max(...roomsAt(centre.id).map((r) => r.capacity));
  const untaught = twoDayCourse('k-kvantecoaching', 'KVC', 'Kvantecoaching', MISSING_SKILL);
  const ordinary = twoDayCourse('k-umulig-temadag', 'UTD', 'Temadage', commonestSkill(plan));

  const made: { cohort: Plan['cohorts'][number]; course: Course; cause: ImpossibleList['cohorts'][number]['cause'] }[] = [
    {
      cause: 'no-qualified-trainer',
      course: untaught,
      cohort: { id: 'h-umulig-kompetence', courseId: untaught.id, name: `Kvantecoaching ${centre.name} (ingen har kompetencen)`, customer: '', participants: Math.min(12, largest), venue: { centreId: centre.id }, window: OPEN_WINDOW },
    },
    {
      cause: 'no-room-fits',
      course: ordinary,
      cohort: { id: 'h-umulig-lokale', courseId: ordinary.id, name: `${ordinary.name} ${centre.name} (for mange deltagere)`, customer: '', participants: largest + 1, venue: { centreId: centre.id }, window: OPEN_WINDOW },
    },
    {
      cause: 'no-legal-date',
      course: ordinary,
      cohort: { id: 'h-umulig-dato', courseId: ordinary.id, name: `${ordinary.name} ${centre.name} (vindue i påsken)`, customer: '', participants: Math.min(12, largest), venue: { centreId: centre.id }, window: EASTER_2027 },
    },
  ];
  const sessionsOf = (cohortId: string, course: Course): Session[] =>
    course.days.map((d, i) => ({ id: `s-${cohortId.slice(2)}-${i + 1}`, cohortId, dayIndex: i, slot: d.slot, date: null, roomId: null, trainerIds: [], locked: [] }));
  const sessions = made.flatMap((x) => sessionsOf(x.cohort.id, x.course));
  const add = (p: Plan): Plan => ({
    ...p,
    courses: [...p.courses, untaught, ordinary],
    cohorts: [...p.cohorts, ...made.map((x) => x.cohort)],
    sessions: [...p.sessions, ...sessions],
  });
  return {
    plan: add(demo.plan),
    planted: add(demo.planted),
    impossible: {
      format: IMPOSSIBLE_FORMAT,
      cohorts: made.map((x) => ({ cohortId: x.cohort.id, sessionIds: sessions.filter((s) => s.cohortId === x.cohort.id).map((s) => s.id), cause: x.cause })),
    },
  };
}
