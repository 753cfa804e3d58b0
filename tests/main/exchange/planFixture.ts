// A plan with what calendars and sheets must handle: a centre with its own slot
// times, a cohort at the customer's site, a half day, a day in summer time,
// Danish letters, and sessions still without a date.
import type { Plan } from '../../../shared/domain/schema';
import { smallPlan } from '../services/fixtures';

export function exchangePlan(): Plan {
  const plan = smallPlan();
  plan.slotTimes = { am: ['08:30', '11:30'] };
  plan.centres[1]!.slotTimes = { full: ['10:00', '16:00'] };
  plan.trainers.push({
    id: 't-3', name: 'Søren Æbelø', email: 'soeren@example.dk', phone: '+45 12 34 56 78', kind: 'external', homeRegion: 'Nordjylland',
    skills: ['ledelse', 'læring'], unavailable: [{ start: '2027-02-15', end: '2027-02-19' }], maxDays: 12.5, dayRate: 7250.5, preferredWeekdays: ['tue', 'thu'],
  });
  plan.cohorts.push({
    id: 'h-3', courseId: 'k-unused', name: 'Håndhygiejne Aalborg', customer: 'Aalborg Kommune', participants: 18,
    venue: { site: 'Aalborg Kommune, Boulevarden 13, 9000 Aalborg', region: 'Nordjylland' }, window: { start: '2027-05-01', end: '2027-06-25' },
    unavailable: [{ start: '2027-05-24', end: '2027-05-28' }],
  });
  plan.sessions.push({ id: 's-7', cohortId: 'h-3', dayIndex: 0, slot: 'full', date: '2027-06-15', roomId: null, trainerIds: ['t-3', 't-1'], locked: [] });
  // Aarhus: day 1 planned, in the centre's own hours.
  const aarhus = plan.sessions.find((s) => s.id === 's-4')!;
  Object.assign(aarhus, { date: '2027-02-02', roomId: 'r-aar-1', trainerIds: ['t-3'] });
  // Odense: the half day (plan-wide am times), planned in March.
  const halfDay = plan.sessions.find((s) => s.id === 's-3')!;
  Object.assign(halfDay, { date: '2027-03-02', roomId: 'r-ode-3', trainerIds: ['t-1'] });
  return plan;
}
