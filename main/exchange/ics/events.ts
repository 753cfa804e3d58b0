// One calendar event per dated session. The UID comes from the session id, so a
// calendar that imports a re-exported file updates the event instead of adding
// a second one; SEQUENCE tells it which version is newer.
import type { ICalEventData } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import type { SessionFacts } from '../sessionFacts';

export const TIME_ZONE = 'Europe/Copenhagen';
const UID_DOMAIN = 'holdplan';

export function sessionUid(sessionId: string): string {
  return `${sessionId}@${UID_DOMAIN}`;
}

/** "Den Grundlæggende Lederuddannelse – GLU Odense hold 2 – Modul 1". */
function summary(facts: SessionFacts): string {
  return [facts.course?.name, facts.cohort?.name, facts.day?.title].filter((p) => p !== undefined && p !== '').join(' – ');
}

function description(facts: SessionFacts): string {
  const lines = [
    `Undervisere: ${facts.trainers.length > 0 ? facts.trainers.map((t) => t.name).join(', ') : 'ikke valgt endnu'}`,
    `Lokale: ${facts.room?.name ?? (facts.centre ? 'ikke valgt endnu' : 'hos kunden')}`,
  ];
  if (facts.cohort) {
    lines.push(`Hold: ${facts.cohort.name}${facts.cohort.customer ? ` (${facts.cohort.customer})` : ''}, ${facts.cohort.participants} deltagere`);
  }
  if (facts.course && facts.day) lines.push(`Kursusdag ${facts.session.dayIndex + 1} af ${facts.course.days.length}`);
  return lines.join('\n');
}

/**
 * Wall-clock times in Copenhagen as Temporal.PlainDateTime: ical-generator then
 * writes them with TZID=Europe/Copenhagen as they are, whatever the machine's own
 * time zone (a plain Date would be read in the machine's zone).
 */
function at(date: string, clock: string): Temporal.PlainDateTime {
  return Temporal.PlainDateTime.from(`${date}T${clock}`);
}

export function sessionEvent(facts: SessionFacts, date: string, sequence: number, stamp: Date): ICalEventData {
  return {
    id: sessionUid(facts.session.id),
    sequence,
    stamp,
    start: at(date, facts.times[0]),
    end: at(date, facts.times[1]),
    timezone: TIME_ZONE,
    summary: summary(facts),
    location: facts.venue || null,
    description: description(facts),
  };
}
