// The checker against the demo generator's planted plan: it keeps every rule, and
// copies that each break one rule are caught by that rule (issue 3, "done when").
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/demo/generate';
import { addDays } from '../../../shared/calendar/dates';
import type { Plan, Session } from '../../../shared/domain/schema';
import { checkPlan } from '../../../shared/rules/check';
import { violationsOf } from './fixtures';

let planted: Plan;
beforeAll(() => {
  planted = generateDemo({ size: 'small', seed: 7 }).planted;
});

const copy = () => structuredClone(planted);
const dated = (p: Plan) => p.sessions.filter((s): s is Session & { date: string } => s.date !== null);
const involving = (p: Plan, rule: string, sessionId: string) => violationsOf(p, rule).filter((v) => v.sessionIds.includes(sessionId));

describe('the planted demo plan', () => {
  it('keeps every hard rule with every session of the term assigned', () => {
    const result = checkPlan(planted);
    expect(result.violations.filter((v) => v.level === 'hard').map((v) => v.justification)).toEqual([]);
    expect(result.score.unassigned).toBe(0);
    expect(result.assignedSessionIds.length + result.deferredSessionIds.length).toBe(planted.sessions.length);
  });

  it('is caught double-booking a trainer', () => {
    const p = copy();
    const full = dated(p).filter((s) => s.slot === 'full' && s.trainerIds.length === 1);
    const first = full[0]!;
    const other = full.find((s) => s.cohortId !== first.cohortId)!;
    other.date = first.date;
    other.trainerIds = [...first.trainerIds];
    const v = involving(p, 'trainer-double-booked', other.id);
    expect(v.some((x) => x.sessionIds.includes(first.id))).toBe(true);
  });

  it('is caught teaching on a public holiday', () => {
    const p = copy();
    const s = dated(p)[0]!;
    s.date = '2027-03-25';
    expect(involving(p, 'date-not-working-day', s.id)[0]!.justification).toContain('Skærtorsdag');
  });

  it('is caught outside a cohort window', () => {
    const p = copy();
    const s = dated(p)[0]!;
    const cohort = p.cohorts.find((c) => c.id === s.cohortId)!;
    s.date = addDays(cohort.window.end, 3);
    expect(involving(p, 'date-outside-window', s.id)[0]!.penalty).toBe(3);
  });

  it('is caught in a room too small', () => {
    const p = copy();
    const s = p.sessions.find((x) => x.roomId !== null)!;
    const cohort = p.cohorts.find((c) => c.id === s.cohortId)!;
    p.rooms.find((r) => r.id === s.roomId)!.capacity = cohort.participants - 2;
    expect(involving(p, 'room-too-small', s.id)[0]!.penalty).toBe(2);
  });

  it('is caught with a trainer who lacks a skill', () => {
    const p = copy();
    const templateOf = (s: Session) => p.courses.find((c) => c.id === p.cohorts.find((h) => h.id === s.cohortId)!.courseId)!.days[s.dayIndex]!;
    const s = dated(p).find((x) => templateOf(x).skills.length > 0 && x.trainerIds.length > 0)!;
    const skill = templateOf(s).skills[0]!;
    const unskilled = p.trainers.find((t) => !t.skills.includes(skill))!;
    s.trainerIds[0] = unskilled.id;
    expect(involving(p, 'trainer-missing-skill', s.id).some((v) => v.trainerIds.includes(unskilled.id))).toBe(true);
  });

  it('is caught with a gap too short', () => {
    const p = copy();
    const cohortSessions = (id: string) => dated(p).filter((s) => s.cohortId === id).sort((a, b) => a.dayIndex - b.dayIndex);
    const cohort = p.cohorts.find((c) => cohortSessions(c.id).length >= 2 && cohortSessions(c.id)[1]!.dayIndex === 1)!;
    const [d0, d1] = cohortSessions(cohort.id);
    const gap = Math.round((Date.parse(d1!.date) - Date.parse(d0!.date)) / 86_400_000);
    const course = p.courses.find((c) => c.id === cohort.courseId)!;
    // Another cohort of the same course may meet it too; only this pair is asserted.
    course.days[1]!.minGapDays = gap + 3;
    delete course.days[1]!.maxGapDays;
    expect(involving(p, 'gap-too-short', d1!.id).find((v) => v.sessionIds.includes(d0!.id))!.penalty).toBe(3);
  });

  it('is caught with a trainer over their maximum days', () => {
    const p = copy();
    const trainer = p.trainers.find((t) => p.sessions.some((s) => s.trainerIds.includes(t.id)))!;
    const deferred = new Set(checkPlan(p).deferredSessionIds);
    const halves = p.sessions.filter((s) => s.trainerIds.includes(trainer.id) && !deferred.has(s.id)).reduce((n, s) => n + (s.slot === 'full' ? 2 : 1), 0);
    trainer.maxDays = (halves - 2) / 2;
    expect(violationsOf(p, 'trainer-over-max-days').find((v) => v.trainerIds.includes(trainer.id))!.penalty).toBe(2);
  });
});
