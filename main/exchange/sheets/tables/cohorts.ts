// The cohorts table. The venue takes three columns (a centre, or the customer's
// address and region) and the window two; a cohort's course is fixed once its
// sessions exist, as in the cohort screen.
import { Cohort, isCentreVenue, type Plan } from '../../../../shared/domain/schema';
import { writeDateRanges } from '../danishValues';
import * as read from './fieldReaders';
import { layOver, type ImportSpec } from './importSpec';
import { entityMessages } from '../../../services/messages/entities';
import { importingMessages } from '../../../services/messages/importing';
import { say } from '../../../services/messages/say';

const toUtcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const VENUE_AND_WINDOW = new Set(['centreId', 'site', 'region', 'windowStart', 'windowEnd']);

function currentVenue(base: Record<string, unknown>): { centreId?: unknown; site?: unknown; region?: unknown } {
  const venue = base.venue;
  return typeof venue === 'object' && venue !== null ? (venue as Record<string, unknown>) : {};
}

function compose(base: Record<string, unknown>, values: ReadonlyMap<string, unknown>): Record<string, unknown> {
  const plain = new Map([...values].filter(([key]) => !VENUE_AND_WINDOW.has(key)));
  const out = layOver(base, plain, { customer: '' });

  const venue = currentVenue(base);
  const given = (key: string, current: unknown) => (values.has(key) ? values.get(key) : current);
  const centreId = given('centreId', venue.centreId);
  const site = given('site', venue.site);
  const region = given('region', venue.region);
  // The venue object is kept when it does not change, with any fields Holdplan does not know.
  if (typeof centreId === 'string' && centreId !== '') out.venue = venue.centreId === centreId ? base.venue : { centreId };
  else if (values.has('centreId') || values.has('site') || values.has('region'))
    out.venue = venue.site === site && venue.region === region && venue.centreId === undefined ? base.venue : { site: site ?? '', region };

  const window = typeof base.window === 'object' && base.window !== null ? (base.window as Record<string, unknown>) : {};
  if (values.has('windowStart') || values.has('windowEnd')) {
    out.window = { ...window, start: given('windowStart', window.start), end: given('windowEnd', window.end) };
  }
  return out;
}

export const cohortsSpec: ImportSpec<Cohort> = {
  table: 'cohorts',
  noun: 'cohort',
  idPrefix: 'h',
  sheetName: 'Hold',
  schema: Cohort,
  list: (plan: Plan) => plan.cohorts,
  fields: [
    { key: 'id', header: 'Id', aliases: ['id', 'hold id', 'cohort id', 'holdnummer'], width: 12, required: false, read: read.text, write: (c) => c.id },
    { key: 'courseId', header: 'Kursus', aliases: ['course', 'courseid', 'kursus id', 'uddannelse', 'programme', 'program'], width: 12, required: true, read: read.courseRef, write: (c) => c.courseId },
    { key: 'name', header: 'Navn', aliases: ['name', 'holdnavn', 'hold', 'cohort'], width: 30, required: true, read: read.text, write: (c) => c.name },
    { key: 'customer', header: 'Kunde', aliases: ['customer', 'kommune', 'rekvirent'], width: 22, required: false, read: read.text, write: (c) => c.customer },
    { key: 'participants', header: 'Deltagere', aliases: ['participants', 'antal deltagere', 'antal'], width: 10, required: true, read: read.number, write: (c) => c.participants },
    { key: 'centreId', header: 'Center', aliases: ['centre', 'center', 'centreid', 'center id'], width: 12, required: false, read: read.centreRef, write: (c) => (isCentreVenue(c.venue) ? c.venue.centreId : null) },
    { key: 'site', header: 'Kundens adresse', aliases: ['site', 'adresse', 'address', 'sted hos kunden'], width: 34, required: false, read: read.text, write: (c) => (isCentreVenue(c.venue) ? null : c.venue.site) },
    { key: 'region', header: 'Region', aliases: ['region'], width: 14, required: false, read: read.region, write: (c) => (isCentreVenue(c.venue) ? null : c.venue.region) },
    { key: 'windowStart', header: 'Start', aliases: ['window start', 'windowstart', 'fra', 'startdato', 'from'], width: 12, required: true, read: read.date, write: (c) => toUtcDate(c.window.start) },
    { key: 'windowEnd', header: 'Slut', aliases: ['window end', 'windowend', 'til', 'slutdato', 'end', 'to'], width: 12, required: true, read: read.date, write: (c) => toUtcDate(c.window.end) },
    { key: 'unavailable', header: 'Utilgængelig', aliases: ['unavailable', 'fravær', 'lukket', 'ferie'], width: 30, required: false, read: read.dateRanges, write: (c) => writeDateRanges(c.unavailable ?? []) },
  ],
  compose,
  // The venue is a union (a centre, or an address with a region); the schema can only say it is invalid.
  precheck: {
    covers: 'venue',
    problems: (composed) => {
      const venue = currentVenue(composed);
      if (typeof venue.centreId === 'string') return [];
      if (typeof venue.site !== 'string' || venue.site === '') return [say(importingMessages.venueMissing())];
      return venue.region === undefined ? [say(importingMessages.siteNeedsRegion())] : [];
    },
  },
  problems: (cohort, existing, plan) => {
    const problems: string[] = [];
    if (!plan.courses.some((c) => c.id === cohort.courseId)) problems.push(say(entityMessages.noSuch({ field: 'courseId', noun: 'course', id: cohort.courseId })));
    if (existing && existing.courseId !== cohort.courseId)
      problems.push(say(entityMessages.cohortCourseFixed()));
    const venue = cohort.venue;
    if (isCentreVenue(venue) && !plan.centres.some((c) => c.id === venue.centreId)) problems.push(say(entityMessages.noSuch({ field: 'centreId', noun: 'centre', id: venue.centreId })));
    return problems;
  },
};
