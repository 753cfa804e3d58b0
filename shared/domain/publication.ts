// Publishing: the plan as it was sent to trainers and customers, what has
// changed since, and the calendar SEQUENCE of each session. Pure: the services
// read and write the publication inside the plan; this only compares.
import { formatDay } from '../calendar/dates';
import type { Plan, Publication, PublishedSession, Session } from './schema';

export type ChangedField = 'date' | 'room' | 'trainers';

export interface SessionChange {
  sessionId: string;
  /** The session's cohort: from the plan, or from the snapshot when the session is gone. */
  cohortId: string | null;
  /** `changed`: date, room or trainers differ; `added`: not in the publication; `removed`: no longer in the plan. */
  kind: 'changed' | 'added' | 'removed';
  fields: ChangedField[];
  /** "GLU Odense hold 2, day 3: Tue 12 Jan 2027 → Thu 14 Jan 2027; trainer Ane Holm → Bo Berg". */
  text: string;
}

export interface ScheduleRecipient {
  id: string;
  name: string;
}

export interface PublicationChanges {
  /** When the plan was last published; null when it never was (then nothing is listed). */
  publishedAt: string | null;
  changes: SessionChange[];
  /** Trainers on a changed session before or after the change: each needs a new schedule. */
  trainers: ScheduleRecipient[];
  /** Customers (cohort.customer) of the changed sessions' cohorts. */
  customers: string[];
}

/** The planned values of every session, as publishing stores them, with enough of its cohort to name it once it is gone. */
export function snapshotOf(plan: Pick<Plan, 'sessions' | 'cohorts'>): Record<string, PublishedSession> {
  const cohorts = new Map(plan.cohorts.map((c) => [c.id, c]));
  const snapshot: Record<string, PublishedSession> = {};
  for (const s of plan.sessions) {
    const cohort = cohorts.get(s.cohortId);
    snapshot[s.id] = {
      date: s.date,
      roomId: s.roomId,
      trainerIds: [...s.trainerIds],
      cohortId: s.cohortId,
      dayIndex: s.dayIndex,
      ...(cohort ? { cohortName: cohort.name, customer: cohort.customer } : {}),
    };
  }
  return snapshot;
}

function sameTrainers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

function changedFields(before: PublishedSession, now: Session): ChangedField[] {
  const fields: ChangedField[] = [];
  if (before.date !== now.date) fields.push('date');
  if (before.roomId !== now.roomId) fields.push('room');
  if (!sameTrainers(before.trainerIds, now.trainerIds)) fields.push('trainers');
  return fields;
}

interface Names {
  cohort(id: string | null | undefined): string | null;
  /** The cohort's name when it is still in the plan. */
  known(id: string | null | undefined): string | undefined;
  room(id: string | null): string;
  trainers(ids: readonly string[]): string;
  trainer(id: string): string;
}

function namesIn(plan: Plan): Names {
  const cohorts = new Map(plan.cohorts.map((c) => [c.id, c.name]));
  const rooms = new Map(plan.rooms.map((r) => [r.id, r.name]));
  const trainers = new Map(plan.trainers.map((t) => [t.id, t.name]));
  const trainer = (id: string) => trainers.get(id) ?? `trainer ${id}`;
  return {
    cohort: (id) => (id ? (cohorts.get(id) ?? `cohort ${id}`) : null),
    known: (id) => (id ? cohorts.get(id) : undefined),
    room: (id) => (id === null ? 'no room' : (rooms.get(id) ?? `room ${id}`)),
    trainers: (ids) => (ids.length === 0 ? 'nobody' : ids.map(trainer).join(', ')),
    trainer,
  };
}

const dateInWords = (date: string | null): string => (date === null ? 'no date' : formatDay(date));

function sessionName(names: Names, sessionId: string, cohortId: string | null | undefined, dayIndex: number | undefined, cohortName?: string): string {
  const cohort = names.known(cohortId) ?? cohortName ?? names.cohort(cohortId);
  if (cohort === null || dayIndex === undefined) return `session ${sessionId}`;
  return `${cohort}, day ${dayIndex + 1}`;
}

function trainerWord(before: readonly string[], after: readonly string[]): string {
  return before.length > 1 || after.length > 1 ? 'trainers' : 'trainer';
}

function fieldInWords(names: Names, field: ChangedField, before: PublishedSession, now: Session): string {
  if (field === 'date') return `${dateInWords(before.date)} → ${dateInWords(now.date)}`;
  if (field === 'room') return `room ${names.room(before.roomId)} → ${names.room(now.roomId)}`;
  return `${trainerWord(before.trainerIds, now.trainerIds)} ${names.trainers(before.trainerIds)} → ${names.trainers(now.trainerIds)}`;
}

function valuesInWords(names: Names, values: Pick<PublishedSession, 'date' | 'roomId' | 'trainerIds'>): string {
  return `${dateInWords(values.date)}, ${names.room(values.roomId)}, ${names.trainers(values.trainerIds)}`;
}

/** Sessions in plan order, then the removed ones in the publication's order. */
function compare(plan: Plan, publication: Publication): SessionChange[] {
  const names = namesIn(plan);
  const changes: SessionChange[] = [];
  const present = new Set<string>();
  for (const s of plan.sessions) {
    present.add(s.id);
    const name = sessionName(names, s.id, s.cohortId, s.dayIndex);
    const before = publication.sessions[s.id];
    if (!before) {
      changes.push({ sessionId: s.id, cohortId: s.cohortId, kind: 'added', fields: [], text: `${name}: new since publication (${valuesInWords(names, s)})` });
      continue;
    }
    const fields = changedFields(before, s);
    if (fields.length === 0) continue;
    const text = `${name}: ${fields.map((f) => fieldInWords(names, f, before, s)).join('; ')}`;
    changes.push({ sessionId: s.id, cohortId: s.cohortId, kind: 'changed', fields, text });
  }
  for (const [id, before] of Object.entries(publication.sessions)) {
    if (present.has(id)) continue;
    const name = sessionName(names, id, before.cohortId, before.dayIndex, before.cohortName);
    changes.push({ sessionId: id, cohortId: before.cohortId ?? null, kind: 'removed', fields: [], text: `${name}: removed since publication (was ${valuesInWords(names, before)})` });
  }
  return changes;
}

/** Every session whose date, room or trainers differ from the publication, and who needs a new schedule. */
export function changesSincePublication(plan: Plan, publication: Publication | undefined = plan.publication): PublicationChanges {
  if (!publication) return { publishedAt: null, changes: [], trainers: [], customers: [] };
  const changes = compare(plan, publication);
  const sessions = new Map(plan.sessions.map((s) => [s.id, s]));
  const cohorts = new Map(plan.cohorts.map((c) => [c.id, c]));
  const trainerIds = new Set<string>();
  const customerNames = new Set<string>();
  for (const change of changes) {
    const before = publication.sessions[change.sessionId];
    for (const id of before?.trainerIds ?? []) trainerIds.add(id);
    for (const id of sessions.get(change.sessionId)?.trainerIds ?? []) trainerIds.add(id);
    // A deleted cohort's customer still has the old programme, so the snapshot names it.
    const customer = (change.cohortId !== null ? cohorts.get(change.cohortId)?.customer : undefined) ?? before?.customer ?? '';
    if (customer.trim() !== '') customerNames.add(customer);
  }
  const names = namesIn(plan);
  const trainers = [...trainerIds].map((id) => ({ id, name: names.trainer(id) })).sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const customers = [...customerNames].sort((a, b) => a.localeCompare(b, 'da'));
  return { publishedAt: publication.publishedAt, changes, trainers, customers };
}

/**
 * The publication that publishing `plan` now makes: a snapshot of every
 * session, and the previous sequences with each session that changed since the
 * previous publication one higher, so calendars replace their copy of it.
 * Sequences of removed sessions are kept: should the session come back, its
 * events must still count as newer.
 */
export function publicationOf(plan: Plan, publishedAt: string, previous: Publication | undefined = plan.publication): Publication {
  const sequences: Record<string, number> = { ...(previous?.sequences ?? {}) };
  for (const s of plan.sessions) sequences[s.id] ??= 0;
  if (previous) {
    for (const change of compare(plan, previous)) {
      // A session that comes back under its old id may still sit in calendars with its old SEQUENCE.
      const raise = change.kind === 'changed' || (change.kind === 'added' && previous.sequences[change.sessionId] !== undefined);
      if (raise) sequences[change.sessionId] = (sequences[change.sessionId] ?? 0) + 1;
    }
  }
  return { publishedAt, sessions: snapshotOf(plan), sequences };
}
