// How hard a data set is, measured on a plan: room use in each centre's busiest
// week and how many sessions only a handful of trainers can teach.
import { isCentreVenue, type Plan } from '../../shared/domain/schema';
import { addDays, eachDate, inAnyRange, isoWeekLabel } from '../../shared/calendar/dates';
import { isWorkingDay } from '../../shared/calendar/workingDays';

export interface CentreWeekUse {
  centreId: string;
  week: string;
  /** Room-days used: a full day counts 1, a half day 0.5. */
  used: number;
  /** Room-days the centre's rooms are open that week. */
  available: number;
  share: number;
}

/** Each centre's busiest ISO week by share of room-days used. */
export function busiestWeekRoomUse(plan: Plan): CentreWeekUse[] {
  const roomCentre = new Map(plan.rooms.map((r) => [r.id, r.centreId]));
  const used = new Map<string, number>();
  for (const s of plan.sessions) {
    if (s.date === null || s.roomId === null) continue;
    const centreId = roomCentre.get(s.roomId);
    if (centreId === undefined) continue;
    const key = `${centreId}|${isoWeekLabel(s.date)}`;
    used.set(key, (used.get(key) ?? 0) + (s.slot === 'full' ? 1 : 0.5));
  }
  const available = new Map<string, number>();
  const days = eachDate(plan.term.start, plan.term.end);
  for (const centre of plan.centres) {
    const rooms = plan.rooms.filter((r) => r.centreId === centre.id);
    for (const day of days) {
      if (!isWorkingDay(day, plan.closures, centre.id)) continue;
      const open = rooms.filter((r) => !inAnyRange(day, r.unavailable)).length;
      const key = `${centre.id}|${isoWeekLabel(day)}`;
      available.set(key, (available.get(key) ?? 0) + open);
    }
  }
  const best = new Map<string, CentreWeekUse>();
  for (const [key, open] of available) {
    const [centreId = '', week = ''] = key.split('|');
    const u = used.get(key) ?? 0;
    const share = open > 0 ? u / open : 0;
    const current = best.get(centreId);
    if (!current || share > current.share) best.set(centreId, { centreId, week, used: u, available: open, share });
  }
  return plan.centres.map((c) => best.get(c.id) ?? { centreId: c.id, week: isoWeekLabel(addDays(plan.term.start, 0)), used: 0, available: 0, share: 0 });
}

/** Per session, how many trainers hold every skill its day template requires. */
export function qualifiedTrainerCounts(plan: Plan): Map<string, number> {
  const courses = new Map(plan.courses.map((c) => [c.id, c]));
  const cohorts = new Map(plan.cohorts.map((c) => [c.id, c]));
  const skillSets = plan.trainers.map((t) => new Set(t.skills));
  const bySkills = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const s of plan.sessions) {
    const cohort = cohorts.get(s.cohortId);
    const skills = (cohort && courses.get(cohort.courseId)?.days[s.dayIndex]?.skills) ?? [];
    const key = [...skills].sort().join('+');
    let n = bySkills.get(key);
    if (n === undefined) {
      n = skillSets.filter((set) => skills.every((k) => set.has(k))).length;
      bySkills.set(key, n);
    }
    counts.set(s.id, n);
  }
  return counts;
}

/** Share of sessions with at most `limit` qualified trainers. */
export function shareWithFewQualified(plan: Plan, limit = 10): number {
  const counts = [...qualifiedTrainerCounts(plan).values()];
  return counts.length === 0 ? 0 : counts.filter((n) => n <= limit).length / counts.length;
}

/** Share of cohorts taught at a customer's own site. */
export function siteShare(plan: Plan): number {
  return plan.cohorts.length === 0 ? 0 : plan.cohorts.filter((c) => !isCentreVenue(c.venue)).length / plan.cohorts.length;
}
