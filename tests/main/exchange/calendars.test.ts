import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { cohortCalendar, trainerCalendar } from '../../../main/exchange/ics/calendars';
import { exchangePlan } from './planFixture';

interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  location: string;
  description: string;
  /** Wall-clock time in Copenhagen and the zone it is given in. */
  start: string;
  end: string;
  zone: string;
  /** The instant, as UTC ISO text. */
  startUtc: string;
}

function parseWithIcalJs(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      location: event.location,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      zone: event.startDate.zone?.tzid ?? '',
      startUtc: event.startDate.toJSDate().toISOString(),
    };
  });
}

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const PY_READER = `
import sys, json, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
out = []
for ev in cal.walk('VEVENT'):
    start = ev.decoded('DTSTART')
    out.append({'uid': str(ev.get('UID')), 'start': start.isoformat(), 'utc': start.utcoffset().total_seconds(),
                'location': str(ev.get('LOCATION')), 'sequence': int(ev.get('SEQUENCE'))})
print(json.dumps(out))
`;

function parseWithPythonIcalendar(text: string): { uid: string; start: string; utc: number; location: string; sequence: number }[] {
  const run = spawnSync(PYTHON, ['-c', PY_READER], { input: text, encoding: 'utf8' });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`python3-icalendar could not read the file (is python3-icalendar installed?): ${run.stderr}`);
  return JSON.parse(run.stdout) as ReturnType<typeof parseWithPythonIcalendar>;
}

const NOW = new Date('2027-01-05T10:00:00Z');

describe("a trainer's calendar", () => {
  it('has one event per dated session of the trainer, in Copenhagen time from the slot times', () => {
    const events = parseWithIcalJs(trainerCalendar(exchangePlan(), 't-1', { now: NOW }));
    expect(events.map((e) => e.uid)).toEqual(['s-1@holdplan', 's-2@holdplan', 's-3@holdplan', 's-7@holdplan']);
    const [jan, , halfDay, june] = events;
    expect(jan).toMatchObject({ start: '2027-01-12T09:00:00', end: '2027-01-12T15:30:00', zone: 'Europe/Copenhagen', startUtc: '2027-01-12T08:00:00.000Z' });
    // The data set's own am times replace the default 09:00–12:00.
    expect(halfDay).toMatchObject({ start: '2027-03-02T08:30:00', end: '2027-03-02T11:30:00' });
    // Summer time: 09:00 in Copenhagen is 07:00 UTC.
    expect(june).toMatchObject({ start: '2027-06-15T09:00:00', startUtc: '2027-06-15T07:00:00.000Z' });
  });

  it('names course, cohort and day, the venue as location, trainers and room in the description', () => {
    const [jan, , , june] = parseWithIcalJs(trainerCalendar(exchangePlan(), 't-1', { now: NOW }));
    expect(jan!.summary).toBe('Den Grundlæggende Lederuddannelse – GLU Odense hold 2 – Modul 1');
    expect(jan!.location).toBe('Center Odense, Vestergade 1, Odense');
    expect(jan!.description).toContain('Undervisere: Ane Holm');
    expect(jan!.description).toContain('Lokale: Lokale 3');
    expect(june!.location).toBe('Aalborg Kommune, Boulevarden 13, 9000 Aalborg');
    expect(june!.description).toContain('Undervisere: Søren Æbelø, Ane Holm');
    expect(june!.description).toContain('Lokale: hos kunden');
  });

  it("uses a centre's own slot times", () => {
    const [aarhus] = parseWithIcalJs(trainerCalendar(exchangePlan(), 't-3', { now: NOW }));
    expect(aarhus).toMatchObject({ uid: 's-4@holdplan', start: '2027-02-02T10:00:00', end: '2027-02-02T16:00:00' });
  });

  it('refuses a trainer that does not exist', () => {
    expect(() => trainerCalendar(exchangePlan(), 't-404')).toThrow('There is no trainer with id "t-404".');
  });
});

describe("a cohort's programme", () => {
  it('lists only its dated days', () => {
    const events = parseWithIcalJs(cohortCalendar(exchangePlan(), 'h-2', { now: NOW }));
    expect(events.map((e) => e.uid)).toEqual(['s-4@holdplan']);
  });
});

describe('re-exporting', () => {
  it('keeps every UID, so calendars update the events instead of adding new ones', () => {
    const plan = exchangePlan();
    const first = parseWithIcalJs(trainerCalendar(plan, 't-1', { now: NOW }));
    plan.sessions.find((s) => s.id === 's-2')!.date = '2027-01-26';
    const second = parseWithIcalJs(trainerCalendar(plan, 't-1', { now: new Date('2027-01-20T10:00:00Z') }));
    expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(second.find((e) => e.uid === 's-2@holdplan')!.start).toBe('2027-01-26T09:00:00');
  });

  it('carries the SEQUENCE given per session, 0 otherwise', () => {
    const events = parseWithIcalJs(trainerCalendar(exchangePlan(), 't-1', { now: NOW, sequences: { 's-2': 3 } }));
    expect(events.map((e) => e.sequence)).toEqual([0, 3, 0, 0]);
  });
});

describe("Debian's python3-icalendar", () => {
  it('reads the same events, times and locations', () => {
    const events = parseWithPythonIcalendar(trainerCalendar(exchangePlan(), 't-1', { now: NOW, sequences: { 's-7': 2 } }));
    expect(events).toEqual([
      { uid: 's-1@holdplan', start: '2027-01-12T09:00:00+01:00', utc: 3600, location: 'Center Odense, Vestergade 1, Odense', sequence: 0 },
      { uid: 's-2@holdplan', start: '2027-01-19T09:00:00+01:00', utc: 3600, location: 'Center Odense, Vestergade 1, Odense', sequence: 0 },
      { uid: 's-3@holdplan', start: '2027-03-02T08:30:00+01:00', utc: 3600, location: 'Center Odense, Vestergade 1, Odense', sequence: 0 },
      { uid: 's-7@holdplan', start: '2027-06-15T09:00:00+02:00', utc: 7200, location: 'Aalborg Kommune, Boulevarden 13, 9000 Aalborg', sequence: 2 },
    ]);
  });
});
