/** @jsxRuntime automatic @jsxImportSource react */
// (The pragma keeps the automatic JSX runtime when tsx runs the command line outside the project folder, where tsconfig is not found.)
// Each printout as a stand-alone HTML page, rendered on the server side with
// renderToStaticMarkup: no browser bundle, no script, nothing fetched.
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { IsoDate, Plan } from '../../shared/domain/schema';
import type { PrintDocument } from '../../shared/contract/printResults';
import { isoWeekLabel } from '../../shared/calendar/dates';
import { printCss, type SheetKind } from './printCss';
import { longDate, printedAt as printedAtText } from './danishFormat';
import { selectRoomPlan, type PlanPeriod } from './selectRoomPlan';
import { selectDoorSigns } from './selectDoorSigns';
import { selectCohortProgramme, selectTrainerSchedule } from './selectSchedules';
import { RoomPlan } from './layouts/RoomPlan';
import { DoorSigns } from './layouts/DoorSigns';
import { TrainerSchedule } from './layouts/TrainerSchedule';
import { CohortProgramme } from './layouts/CohortProgramme';

function page(kind: SheetKind, title: string, body: ReactElement): string {
  const markup = renderToStaticMarkup(
    <html lang="da">
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: printCss(kind) }} />
      </head>
      <body>{body}</body>
    </html>,
  );
  return `<!DOCTYPE html>${markup}`;
}

/** A safe file name part: "Center København" → "center-kobenhavn". */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function roomPlanDocument(plan: Plan, centreId: string, period: PlanPeriod, now: Date = new Date()): PrintDocument {
  const data = selectRoomPlan(plan, centreId, period);
  const title = `Lokaleplan ${data.centre.name} ${'date' in period ? longDate(period.date) : data.periodLabel.toLowerCase()}`;
  const when = 'date' in period ? period.date : period.week;
  return {
    title,
    fileName: `lokaleplan-${slug(data.centre.id)}-${when}.pdf`,
    html: page('roomPlan', title, <RoomPlan data={data} />),
    landscape: true,
    headerText: `Lokaleplan · ${data.centre.name} · ${data.periodLabel} · ${data.span}`,
    printedAt: printedAtText(now),
  };
}

export function doorSignsDocument(plan: Plan, centreId: string, date: IsoDate, now: Date = new Date()): PrintDocument {
  const data = selectDoorSigns(plan, centreId, date);
  const title = `Dørskilte ${data.centre} ${longDate(date)}`;
  return {
    title,
    fileName: `doerskilte-${slug(centreId)}-${date}.pdf`,
    html: page('doorSigns', title, <DoorSigns data={data} />),
    landscape: false,
    headerText: `${data.centre} · ${longDate(date)} (uge ${isoWeekLabel(date).slice(-2)})`,
    printedAt: printedAtText(now),
  };
}

export function trainerDocument(plan: Plan, trainerId: string, now: Date = new Date()): PrintDocument {
  const data = selectTrainerSchedule(plan, trainerId);
  const title = `Undervisningsplan ${data.trainer.name}`;
  return {
    title,
    fileName: `undervisningsplan-${slug(data.trainer.name)}.pdf`,
    html: page('schedule', title, <TrainerSchedule data={data} />),
    landscape: false,
    headerText: `Undervisningsplan · ${data.trainer.name} · ${data.termName}`,
    printedAt: printedAtText(now),
  };
}

export function cohortDocument(plan: Plan, cohortId: string, now: Date = new Date()): PrintDocument {
  const data = selectCohortProgramme(plan, cohortId);
  const title = `Program ${data.cohort.name}`;
  return {
    title,
    fileName: `program-${slug(data.cohort.name)}.pdf`,
    html: page('schedule', title, <CohortProgramme data={data} />),
    landscape: false,
    headerText: `Program · ${data.cohort.name} · ${data.course}`,
    printedAt: printedAtText(now),
  };
}
