// Draws cohorts: who takes which programme, where, for how many, in which window.
import type { Cohort, DateRange, Region, Term, Venue } from '../../shared/domain/schema';
import { addDays, daysBetween, mondayOfIsoWeek } from '../../shared/calendar/dates';
import type { Programme } from './catalogue';
import { MUNICIPALITIES, type Municipality } from './names';
import { CENTRES } from './organisation';
import type { Rng } from './random';

/** A cohort before it has its final id and name. */
export interface CohortDraft {
  cohort: Cohort;
  programme: Programme;
  municipality: Municipality | null;
}

const HOME_CENTRES: Record<Region, readonly [string, number][]> = {
  Hovedstaden: [['c-kbh', 1]],
  Sjælland: [['c-ros', 0.8], ['c-kbh', 0.2]],
  Syddanmark: [['c-ode', 1]],
  Midtjylland: [['c-aar', 0.6], ['c-her', 0.4]],
  Nordjylland: [['c-aal', 1]],
};

const CONFERENCE_HOSTS: Record<Region, string> = {
  Hovedstaden: 'c-kbh',
  Sjælland: 'c-kbh',
  Syddanmark: 'c-ode',
  Midtjylland: 'c-aar',
  Nordjylland: 'c-aar',
};

/** A cluster's earliest meeting dates must not fall just before the term's end, where "deferred" would hinge on working days. */
const DEFERRAL_MARGIN_DAYS = 21;

function centreFor(rng: Rng, region: Region): string {
  if (rng.chance(0.08)) return rng.pick(CENTRES).centre.id;
  return rng.weighted(HOME_CENTRES[region], ([, w]) => w)[0];
}

function weekRange(term: Term, startWeek: number, weeks: number): DateRange {
  const start = addDays(term.start, 7 * startWeek);
  return { start, end: addDays(start, 7 * weeks - 3) };
}

function termWeeks(term: Term): number {
  return Math.floor((daysBetween(term.start, term.end) + 3) / 7);
}

function schoolWinterBreak(term: Term, region: Region): DateRange {
  // Copenhagen and Zealand take week 7, Jutland and Funen mostly week 8.
  const week = region === 'Hovedstaden' || region === 'Sjælland' ? 7 : 8;
  const monday = mondayOfIsoWeek(`${term.start.slice(0, 4)}-W${String(week).padStart(2, '0')}`);
  return { start: monday, end: addDays(monday, 4) };
}

function overlaps(a: DateRange, b: DateRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function clusterWindow(rng: Rng, term: Term, programme: Programme): DateRange {
  const offsets: number[] = [];
  let offset = 0;
  programme.course.days.forEach((d, i) => {
    if (i > 0) offset += d.minGapDays;
    offsets.push(offset);
  });
  const termDays = daysBetween(term.start, term.end);
  for (let tries = 0; ; tries++) {
    const start = addDays(term.start, 7 * rng.int(0, Math.min(14, termWeeks(term) - 4)));
    const untilEnd = daysBetween(start, term.end);
    const clear = offsets.every((o) => o > untilEnd || o <= untilEnd - DEFERRAL_MARGIN_DAYS);
    if (clear || tries > 50 || termDays < DEFERRAL_MARGIN_DAYS) return { start, end: addDays(start, 7 * 52 - 3) };
  }
}

export function drawCohort(rng: Rng, programme: Programme, term: Term): CohortDraft {
  const municipality = programme.kind === 'ordinary' ? rng.pick(MUNICIPALITIES) : null;
  const region: Region = municipality?.region ?? rng.pick(MUNICIPALITIES).region;

  let venue: Venue;
  if (programme.kind === 'conference') venue = { centreId: CONFERENCE_HOSTS[region] };
  else if (municipality && rng.chance(programme.siteShare)) venue = { site: `${municipality.name}, ${municipality.address}`, region: municipality.region };
  else venue = { centreId: centreFor(rng, region) };

  let window: DateRange;
  if (programme.kind === 'cluster') {
    window = clusterWindow(rng, term, programme);
  } else {
    const weeks = Math.min(termWeeks(term), rng.int(programme.windowWeeks[0], programme.windowWeeks[1]));
    window = weekRange(term, rng.int(0, termWeeks(term) - weeks), weeks);
  }

  let participants = rng.int(programme.participants[0], programme.participants[1]);
  let customer = municipality?.name ?? 'KL';
  if (programme.kind === 'cluster') {
    const municipalities = rng.int(6, 8);
    participants = Math.min(programme.participants[1], municipalities * rng.int(4, 6));
    customer = `KL · ${municipalities} kommuner i ${region}`;
  }

  const unavailable: DateRange[] = [];
  const winterBreak = schoolWinterBreak(term, region);
  if (programme.schoolCustomer && overlaps(window, winterBreak) && rng.chance(0.6)) unavailable.push(winterBreak);
  else if (programme.kind === 'ordinary' && rng.chance(0.05)) {
    // The customer's own busy week (budget negotiations, an inspection).
    const span = Math.floor(daysBetween(window.start, window.end) / 7);
    if (span >= 3) unavailable.push(weekRange({ ...term, start: window.start }, rng.int(1, span - 1), 1));
  }

  const cohort: Cohort = { id: '', courseId: programme.course.id, name: '', customer, participants, venue, window };
  if (unavailable.length > 0) cohort.unavailable = unavailable;
  return { cohort, programme, municipality };
}
