// iCalendar files for one trainer or one cohort: every dated session of theirs,
// in Copenhagen time with the zone's VTIMEZONE, the venue as location.
import ical from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { HoldplanError } from '../../../shared/domain/errors';
import type { Plan, Session } from '../../../shared/domain/schema';
import { indexPlan, sessionFacts } from '../sessionFacts';
import { sessionEvent, TIME_ZONE } from './events';
import { entityMessages } from '../../services/messages/entities';
import { say } from '../../services/messages/say';

export interface CalendarOptions {
  /** SEQUENCE per session id; publishing raises it when a session changes. Missing ids get 0. */
  sequences?: Readonly<Record<string, number>>;
  /** DTSTAMP of every event (default: now). */
  now?: Date;
}

function calendarOf(plan: Plan, name: string, sessions: readonly Session[], options: CalendarOptions): string {
  const index = indexPlan(plan);
  const stamp = options.now ?? new Date();
  // The calendar itself names no zone, so DTSTAMP stays in UTC as RFC 5545 asks;
  // the generator still adds the VTIMEZONE that the events' TZID refers to.
  const calendar = ical({
    name,
    prodId: { company: 'Holdplan', product: 'Holdplan', language: 'DA' },
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const dated = sessions
    .filter((s): s is Session & { date: string } => s.date !== null)
    .sort((a, b) => a.date.localeCompare(b.date) || a.slot.localeCompare(b.slot) || a.id.localeCompare(b.id));
  for (const session of dated) {
    const facts = sessionFacts(plan, index, session);
    calendar.createEvent(sessionEvent(facts, session.date, options.sequences?.[session.id] ?? 0, stamp));
  }
  return calendar.toString();
}

export function trainerCalendar(plan: Plan, trainerId: string, options: CalendarOptions = {}): string {
  const trainer = plan.trainers.find((t) => t.id === trainerId);
  if (!trainer) throw new HoldplanError('not-found', say(entityMessages.notFound({ noun: 'trainer', id: trainerId })));
  const sessions = plan.sessions.filter((s) => s.trainerIds.includes(trainerId));
  return calendarOf(plan, `${trainer.name}: kursusdage ${plan.term.name}`, sessions, options);
}

export function cohortCalendar(plan: Plan, cohortId: string, options: CalendarOptions = {}): string {
  const cohort = plan.cohorts.find((c) => c.id === cohortId);
  if (!cohort) throw new HoldplanError('not-found', say(entityMessages.notFound({ noun: 'cohort', id: cohortId })));
  const sessions = plan.sessions.filter((s) => s.cohortId === cohortId);
  return calendarOf(plan, `${cohort.name}: program ${plan.term.name}`, sessions, options);
}

export { TIME_ZONE };
