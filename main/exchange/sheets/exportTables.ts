// The plan and its master data as tables: one row per session for the plan,
// one per entity for centres, rooms, trainers and cohorts, one per course day for
// courses. The importable tables are written from the same field list the
// importer reads, so an exported sheet imports back unchanged.
import { isoWeekNumber, isoWeekday } from '../../../shared/calendar/dates';
import type { Centre, Course, DayTemplate, Plan } from '../../../shared/domain/schema';
import { indexPlan, sessionFacts, type SessionFacts } from '../sessionFacts';
import type { Cell } from './cells';
import { tableOf, type Column, type SheetTable } from './sheetTable';
import { cohortsSpec } from './tables/cohorts';
import type { ImportSpec } from './tables/importSpec';
import { roomsSpec } from './tables/rooms';
import { trainersSpec } from './tables/trainers';

const WEEKDAY_NAMES = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const SLOT_NAMES = { full: 'hel dag', am: 'formiddag', pm: 'eftermiddag' } as const;
const utcDate = (iso: string | null): Cell => (iso === null ? null : new Date(`${iso}T00:00:00Z`));

const planColumns: Column<SessionFacts>[] = [
  { header: 'Dato', width: 12, value: (f) => utcDate(f.session.date) },
  { header: 'Uge', width: 6, value: (f) => (f.session.date ? isoWeekNumber(f.session.date) : null) },
  { header: 'Ugedag', width: 10, value: (f) => (f.session.date ? WEEKDAY_NAMES[isoWeekday(f.session.date) - 1]! : null) },
  { header: 'Sted', width: 40, value: (f) => f.venue },
  { header: 'Lokale', width: 16, value: (f) => f.room?.name ?? null },
  { header: 'Hold', width: 30, value: (f) => f.cohort?.name ?? f.session.cohortId },
  { header: 'Kursus', width: 34, value: (f) => f.course?.name ?? null },
  { header: 'Kursusdag', width: 28, value: (f) => f.day?.title ?? `Dag ${f.session.dayIndex + 1}` },
  { header: 'Tidsrum', width: 12, value: (f) => SLOT_NAMES[f.session.slot] },
  { header: 'Start', width: 7, value: (f) => f.times[0] },
  { header: 'Slut', width: 7, value: (f) => f.times[1] },
  { header: 'Undervisere', width: 34, value: (f) => f.trainers.map((t) => t.name).join(', ') },
  { header: 'Deltagere', width: 10, value: (f) => f.cohort?.participants ?? null },
  { header: 'Session-id', width: 16, value: (f) => f.session.id },
];

export function planTable(plan: Plan): SheetTable {
  const index = indexPlan(plan);
  // Dated sessions in date order, then the ones still without a date.
  const sessions = [...plan.sessions].sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.cohortId.localeCompare(b.cohortId) || a.dayIndex - b.dayIndex,
  );
  return tableOf('Plan', 'plan', planColumns, sessions.map((s) => sessionFacts(plan, index, s)));
}

const centreColumns: Column<Centre>[] = [
  { header: 'Id', width: 10, value: (c) => c.id },
  { header: 'Navn', width: 24, value: (c) => c.name },
  { header: 'By', width: 14, value: (c) => c.city },
  { header: 'Adresse', width: 30, value: (c) => c.address },
  { header: 'Region', width: 14, value: (c) => c.region },
];

type CourseDay = { course: Course; day: DayTemplate; index: number };
const courseColumns: Column<CourseDay>[] = [
  { header: 'Kursus-id', width: 10, value: (d) => d.course.id },
  { header: 'Kode', width: 8, value: (d) => d.course.code },
  { header: 'Kursus', width: 34, value: (d) => d.course.name },
  { header: 'Dag', width: 5, value: (d) => d.index + 1 },
  { header: 'Titel', width: 30, value: (d) => d.day.title },
  { header: 'Art', width: 12, value: (d) => d.day.kind },
  { header: 'Tidsrum', width: 12, value: (d) => SLOT_NAMES[d.day.slot] },
  { header: 'Kompetencer', width: 24, value: (d) => d.day.skills.join(', ') },
  { header: 'Undervisere', width: 11, value: (d) => d.day.trainers },
  { header: 'Udstyr', width: 20, value: (d) => d.day.equipment.join(', ') },
  { header: 'Min. dage siden forrige', width: 12, value: (d) => d.day.minGapDays },
  { header: 'Maks. dage siden forrige', width: 12, value: (d) => d.day.maxGapDays ?? null },
];

export function specTable<E extends { id: string }>(spec: ImportSpec<E>, plan: Plan): SheetTable {
  const columns = spec.fields.map((f): Column<E> => ({ header: f.header, width: f.width, value: (e) => f.write(e, plan) }));
  return tableOf(spec.sheetName, spec.table, columns, spec.list(plan));
}

export const EXPORT_TABLES = ['plan', 'centres', 'rooms', 'trainers', 'courses', 'cohorts'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export function exportTable(plan: Plan, table: ExportTable): SheetTable {
  switch (table) {
    case 'plan':
      return planTable(plan);
    case 'centres':
      return tableOf('Centre', 'centres', centreColumns, plan.centres);
    case 'rooms':
      return specTable(roomsSpec, plan);
    case 'trainers':
      return specTable(trainersSpec, plan);
    case 'courses':
      return tableOf('Kurser', 'courses', courseColumns, plan.courses.flatMap((course) => course.days.map((day, index) => ({ course, day, index }))));
    case 'cohorts':
      return specTable(cohortsSpec, plan);
  }
}
