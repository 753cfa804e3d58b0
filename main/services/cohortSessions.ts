// The sessions a cohort has: exactly one per day template of its course, with
// ids that are stable (`s-<cohortId>-<dayIndex>`) and unique.
import type { DayTemplate, Session } from '../../shared/domain/schema';
import { freshId } from './support';

export function emptySession(id: string, cohortId: string, dayIndex: number, day: DayTemplate): Session {
  return { id, cohortId, dayIndex, slot: day.slot, date: null, roomId: null, trainerIds: [], locked: [] };
}

/** Adds empty sessions for day templates `from`.. of a cohort to `sessions`; returns the new ones. */
export function addEmptySessions(sessions: Session[], cohortId: string, days: readonly DayTemplate[], from = 0): Session[] {
  const taken = new Set(sessions.map((s) => s.id));
  const added: Session[] = [];
  for (let dayIndex = from; dayIndex < days.length; dayIndex++) {
    const id = freshId(`s-${cohortId}-${dayIndex}`, taken);
    taken.add(id);
    added.push(emptySession(id, cohortId, dayIndex, days[dayIndex]!));
  }
  sessions.push(...added);
  return added;
}
