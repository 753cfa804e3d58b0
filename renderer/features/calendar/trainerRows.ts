// Which trainers the trainer view shows: the planner's filters, and (by choice)
// only those with work in the visible range.
import type { EventInput } from '@fullcalendar/react';
import type { Trainer } from '../../../shared/domain/schema';
import { addDays } from '../../../shared/calendar/dates';
import type { TrainerFilter } from '../../store/calendarSlice';
import { inDayRange, type DayRange } from './timeAxis';
import type { PlanIndex } from './verdict/planIndex';

export function filterTrainers(index: PlanIndex, filter: TrainerFilter, range: DayRange): Trainer[] {
  const text = filter.text.trim().toLocaleLowerCase();
  return index.plan.trainers.filter((t) => {
    if (filter.skill && !t.skills.includes(filter.skill)) return false;
    if (filter.region && t.homeRegion !== filter.region) return false;
    if (filter.kind && t.kind !== filter.kind) return false;
    if (text && !t.name.toLocaleLowerCase().includes(text)) return false;
    if (filter.busyOnly && !(index.byTrainer.get(t.id) ?? []).some((s) => inDayRange(s.date, range))) return false;
    return true;
  });
}

/** Unavailable dates of the shown trainers that fall in the range, as shaded background in their rows. */
export function blockedEvents(trainers: readonly Trainer[], range: DayRange, className = 'hp-blocked'): EventInput[] {
  const out: EventInput[] = [];
  for (const t of trainers) {
    for (const [i, r] of t.unavailable.entries()) {
      if (r.end < range.start || r.start >= range.end) continue;
      out.push({ id: `blocked-${t.id}-${i}`, resourceId: t.id, start: r.start, end: addDays(r.end, 1), allDay: true, display: 'background', className });
    }
  }
  return out;
}

/** Days planned for a trainer in the whole term (half days count ½). */
export function plannedDays(index: PlanIndex, trainerId: string): number {
  let halves = 0;
  for (const s of index.byTrainer.get(trainerId) ?? []) if (s.date !== null) halves += s.slot === 'full' ? 2 : 1;
  return halves / 2;
}
