// Whole cohorts to one trainer each, most to lose first. Two cohorts in Roskilde
// on the same dates: any Sjælland trainer suits the leadership course, but for
// the ICT course the only other choice is an external trainer from Nordjylland.
// Taking the cohorts in their order would hand Ane to the first and send the ICT
// cohort north; regret gives Ane to the ICT cohort and Bo to the other.
import { describe, expect, it } from 'vitest';
import { ChangeLog } from '../../../main/solver/changeLog';
import { clearInvalidValues } from '../../../main/solver/clearInvalid';
import { assignCohortsByRegret } from '../../../main/solver/constructRegret';
import { buildModel, toPlan } from '../../../main/solver/model';
import { Scorer } from '../../../main/solver/score';
import { findVariables, impossibleSessions } from '../../../main/solver/variables';
import { Plan } from '../../../shared/domain/schema';
import { checkPlan } from '../../../shared/rules/check';

const DATES = ['2027-03-02', '2027-03-09', '2027-03-16'];

function twoCohorts(extra: { trainers?: unknown[]; locked?: boolean } = {}): Plan {
  const days = (skill: string) => DATES.map((_, i) => ({ title: `Dag ${i + 1}`, kind: 'teaching', slot: 'full', skills: [skill] }));
  const sessions = (cohort: string) =>
    DATES.map((date, i) => ({
      id: `${cohort}-${i + 1}`,
      cohortId: cohort,
      dayIndex: i,
      slot: 'full',
      date,
      locked: extra.locked && cohort === 'h-led' && i === 1 ? ['date', 'trainers'] : ['date'],
      trainerIds: extra.locked && cohort === 'h-led' && i === 1 ? ['t-bo'] : [],
    }));
  return Plan.parse({
    format: 'holdplan/v1',
    term: { name: 'Forår', start: '2027-03-01', end: '2027-04-30' },
    centres: [{ id: 'c-ros', name: 'Center Roskilde', region: 'Sjælland' }],
    rooms: [
      { id: 'r-1', centreId: 'c-ros', name: 'Lokale 1', capacity: 20 },
      { id: 'r-2', centreId: 'c-ros', name: 'Lokale 2', capacity: 20 },
    ],
    trainers: [
      { id: 't-ane', name: 'Ane', kind: 'internal', homeRegion: 'Sjælland', skills: ['ledelse', 'ikt'], maxDays: 20, dayRate: 0 },
      { id: 't-bo', name: 'Bo', kind: 'internal', homeRegion: 'Sjælland', skills: ['ledelse'], maxDays: 20, dayRate: 0 },
      { id: 't-nord', name: 'Nora', kind: 'external', homeRegion: 'Nordjylland', skills: ['ikt'], maxDays: 20, dayRate: 6000 },
      ...(extra.trainers ?? []),
    ],
    courses: [
      { id: 'k-led', name: 'Ledelse', days: days('ledelse') },
      { id: 'k-ikt', name: 'IKT', days: days('ikt') },
    ],
    cohorts: [
      { id: 'h-led', courseId: 'k-led', name: 'Ledelse Roskilde', participants: 16, venue: { centreId: 'c-ros' }, window: { start: '2027-03-01', end: '2027-03-31' } },
      { id: 'h-ikt', courseId: 'k-ikt', name: 'IKT Roskilde', participants: 16, venue: { centreId: 'c-ros' }, window: { start: '2027-03-01', end: '2027-03-31' } },
    ],
    sessions: [...sessions('h-led'), ...sessions('h-ikt')],
  });
}

function construct(plan: Plan): Plan {
  const m = buildModel(plan);
  const log = new ChangeLog(new Scorer(m));
  assignCohortsByRegret(log, findVariables(m, 'fill', impossibleSessions(m)));
  const out = toPlan(m, plan);
  // What the model's incremental score says must be what the checker says.
  expect(checkPlan(out).score).toEqual(log.scorer.score());
  return out;
}

const trainersOf = (plan: Plan, cohort: string) => plan.sessions.filter((s) => s.cohortId === cohort).map((s) => s.trainerIds.join('+'));

describe('whole cohorts by regret', () => {
  it('gives the shared cheap trainer to the cohort with no cheap substitute, each cohort whole', () => {
    const out = construct(twoCohorts());
    expect(trainersOf(out, 'h-ikt')).toEqual(['t-ane', 't-ane', 't-ane']);
    expect(trainersOf(out, 'h-led')).toEqual(['t-bo', 't-bo', 't-bo']);
    // Rooms are the day-by-day construction's, after this.
    const check = checkPlan(out);
    expect(check.score.hard).toBe(0);
    expect(check.totals.find((t) => t.rule === 'continuity')?.penalty ?? 0).toBe(0);
  });

  it('leaves a cohort to the day-by-day construction when no one trainer is free on all its days', () => {
    const away = (date: string) => [{ start: date, end: date }];
    const plan = twoCohorts();
    const ane = plan.trainers.find((t) => t.id === 't-ane')!;
    const nora = plan.trainers.find((t) => t.id === 't-nord')!;
    ane.unavailable = away(DATES[0]!);
    nora.unavailable = away(DATES[2]!);
    const out = construct(plan);
    expect(trainersOf(out, 'h-ikt')).toEqual(['', '', '']);
    expect(trainersOf(out, 'h-led')).toEqual(['t-bo', 't-bo', 't-bo']);
  });

  it('puts the trainer on a day once, also on a day that had two trainers listed who could not teach it', () => {
    const plan = twoCohorts();
    // Nora lacks the leadership skill: optimise clears both of her listings, and the day keeps two empty places.
    plan.sessions[0] = { ...plan.sessions[0]!, trainerIds: ['t-nord', 't-nord'] };
    const m = buildModel(plan);
    const log = new ChangeLog(new Scorer(m));
    const impossible = impossibleSessions(m);
    clearInvalidValues(log, impossible);
    assignCohortsByRegret(log, findVariables(m, 'optimise', impossible));
    const out = toPlan(m, plan);
    expect(trainersOf(out, 'h-led')).toEqual(['t-bo', 't-bo', 't-bo']);
    expect(checkPlan(out).score.hard).toBe(0);
  });

  it('does not touch a cohort one of whose days already has a trainer (here a locked one)', () => {
    const out = construct(twoCohorts({ locked: true }));
    expect(trainersOf(out, 'h-led')).toEqual(['', 't-bo', '']);
    expect(trainersOf(out, 'h-ikt')).toEqual(['t-ane', 't-ane', 't-ane']);
  });
});
