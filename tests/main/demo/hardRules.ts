// An independent, deliberately plain restatement of DESIGN §3's hard rules, so the
// demo's planted plan is checked by something that shares no code with the generator.
import { isCentreVenue, type Plan, type Slot } from '../../../shared/domain/schema';
import { daysBetween, inAnyRange } from '../../../shared/calendar/dates';
import { isWorkingDay } from '../../../shared/calendar/workingDays';

const overlap = (a: Slot, b: Slot) => a === 'full' || b === 'full' || a === b;

/** Sessions whose earliest possible date (window start + minimum gaps) is after the term. */
export function deferredSessionIds(plan: Plan): Set<string> {
  const courses = new Map(plan.courses.map((c) => [c.id, c]));
  const out = new Set<string>();
  const cohorts = new Map(plan.cohorts.map((c) => [c.id, c]));
  for (const s of plan.sessions) {
    const cohort = cohorts.get(s.cohortId);
    const days = cohort ? (courses.get(cohort.courseId)?.days ?? []) : [];
    if (!cohort) continue;
    const offset = days.slice(1, s.dayIndex + 1).reduce((sum, d) => sum + d.minGapDays, 0);
    if (offset > daysBetween(cohort.window.start, plan.term.end)) out.add(s.id);
  }
  return out;
}

/** Every broken hard rule and every unassigned, non-deferred session, in words. */
export function hardRuleBreaches(plan: Plan): string[] {
  const out: string[] = [];
  const courses = new Map(plan.courses.map((c) => [c.id, c]));
  const cohorts = new Map(plan.cohorts.map((c) => [c.id, c]));
  const rooms = new Map(plan.rooms.map((r) => [r.id, r]));
  const trainers = new Map(plan.trainers.map((t) => [t.id, t]));
  const deferred = deferredSessionIds(plan);
  const trainerDays = new Map<string, { slot: Slot; venue: string; id: string }[]>();
  const roomDays = new Map<string, { slot: Slot; id: string }[]>();
  const load = new Map<string, number>();
  const cohortDates = new Map<string, { dayIndex: number; date: string }[]>();

  for (const s of plan.sessions) {
    const cohort = cohorts.get(s.cohortId);
    const template = cohort ? courses.get(cohort.courseId)?.days[s.dayIndex] : undefined;
    if (!cohort || !template) {
      out.push(`${s.id}: no cohort or day template`);
      continue;
    }
    if (deferred.has(s.id)) {
      if (s.date !== null && (s.date > plan.term.end || s.date < plan.term.start)) out.push(`${s.id}: deferred but dated outside the term`);
      if (s.date === null) continue;
    }
    if (s.date === null) {
      out.push(`${s.id}: unassigned`);
      continue;
    }
    const centreId = isCentreVenue(cohort.venue) ? cohort.venue.centreId : null;
    const venue = centreId ?? `site:${(cohort.venue as { site: string }).site}`;
    // Rule 1.
    if (!isWorkingDay(s.date, plan.closures, centreId)) out.push(`${s.id}: ${s.date} is not a working day`);
    if (inAnyRange(s.date, cohort.unavailable)) out.push(`${s.id}: ${s.date} is in the cohort's unavailable dates`);
    if (s.date < plan.term.start || s.date > plan.term.end) out.push(`${s.id}: ${s.date} is outside the term`);
    if (s.date < cohort.window.start || s.date > cohort.window.end) out.push(`${s.id}: ${s.date} is outside the cohort's window`);
    // Rule 3.
    if (centreId === null) {
      if (s.roomId !== null) out.push(`${s.id}: a room at a customer's site`);
    } else {
      const room = s.roomId === null ? undefined : rooms.get(s.roomId);
      if (!room) out.push(`${s.id}: no room`);
      else {
        if (room.centreId !== centreId) out.push(`${s.id}: room ${room.id} is at another centre`);
        if (room.capacity < cohort.participants) out.push(`${s.id}: room ${room.id} holds ${room.capacity} < ${cohort.participants}`);
        for (const tag of template.equipment) if (!room.equipment.includes(tag)) out.push(`${s.id}: room ${room.id} lacks ${tag}`);
        if (inAnyRange(s.date, room.unavailable)) out.push(`${s.id}: room ${room.id} is unavailable on ${s.date}`);
        const key = `${room.id}|${s.date}`;
        roomDays.set(key, [...(roomDays.get(key) ?? []), { slot: s.slot, id: s.id }]);
      }
    }
    // Rule 4.
    if (new Set(s.trainerIds).size !== s.trainerIds.length) out.push(`${s.id}: a trainer listed twice`);
    if (s.trainerIds.length !== template.trainers) out.push(`${s.id}: ${s.trainerIds.length} trainers, needs ${template.trainers}`);
    for (const id of s.trainerIds) {
      const trainer = trainers.get(id);
      if (!trainer) {
        out.push(`${s.id}: unknown trainer ${id}`);
        continue;
      }
      for (const skill of template.skills) if (!trainer.skills.includes(skill)) out.push(`${s.id}: ${id} lacks skill ${skill}`);
      if (inAnyRange(s.date, trainer.unavailable)) out.push(`${s.id}: ${id} is unavailable on ${s.date}`);
      load.set(id, (load.get(id) ?? 0) + (s.slot === 'full' ? 1 : 0.5));
      const key = `${id}|${s.date}`;
      trainerDays.set(key, [...(trainerDays.get(key) ?? []), { slot: s.slot, venue, id: s.id }]);
    }
    cohortDates.set(cohort.id, [...(cohortDates.get(cohort.id) ?? []), { dayIndex: s.dayIndex, date: s.date }]);
  }
  // Rule 2.
  for (const [cohortId, dated] of cohortDates) {
    const cohort = cohorts.get(cohortId);
    const days = cohort ? (courses.get(cohort.courseId)?.days ?? []) : [];
    dated.sort((a, b) => a.dayIndex - b.dayIndex);
    for (let i = 1; i < dated.length; i++) {
      const prev = dated[i - 1]!;
      const cur = dated[i]!;
      const gap = daysBetween(prev.date, cur.date);
      const template = days[cur.dayIndex];
      if (!template) continue;
      if (gap < template.minGapDays) out.push(`${cohortId}: day ${cur.dayIndex} only ${gap} days after day ${prev.dayIndex}`);
      if (template.maxGapDays !== undefined && gap > template.maxGapDays) out.push(`${cohortId}: day ${cur.dayIndex} ${gap} days after day ${prev.dayIndex}`);
    }
  }
  for (const [id, days] of load) {
    const trainer = trainers.get(id);
    if (trainer && days > trainer.maxDays) out.push(`${id}: ${days} days > maxDays ${trainer.maxDays}`);
  }
  // Rules 5 and 6.
  for (const [key, list] of roomDays) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) if (overlap(list[i]!.slot, list[j]!.slot)) out.push(`room ${key}: ${list[i]!.id} and ${list[j]!.id} overlap`);
  }
  for (const [key, list] of trainerDays) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        if (overlap(list[i]!.slot, list[j]!.slot)) out.push(`trainer ${key}: ${list[i]!.id} and ${list[j]!.id} overlap`);
        if (list[i]!.venue !== list[j]!.venue) out.push(`trainer ${key}: ${list[i]!.id} and ${list[j]!.id} at two venues`);
      }
  }
  return out;
}
