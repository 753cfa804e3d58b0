// The seeded demo term (issue 3, item 6). The data set is built around a hidden
// complete plan that keeps every hard rule, so every session is known to be
// assignable; `plan` is that data set with nothing assigned, `planted` the answer.
import { FORMAT, isCentreVenue, type Closure, type Cohort, type DateRange, type Plan, type Room, type Session, type Term } from '../../shared/domain/schema';
import { addDays, daysBetween, eachDate, isoWeekLabel, isoWeekday, isWeekend } from '../../shared/calendar/dates';
import { isWorkingDay, proposedClosures } from '../../shared/calendar/workingDays';
import { PROGRAMMES, SHORT_COURSES, type Programme } from './catalogue';
import { drawCohort, type CohortDraft } from './cohorts';
import { shortName } from './names';
import { CENTRES, buildRooms } from './organisation';
import { Planter, type CohortPlacement } from './planted';
import { createRng, type Rng } from './random';
import { buildTrainers } from './trainers';

export type DemoSize = 'small' | 'term' | 'large';

export interface DemoOptions {
  size: DemoSize;
  seed: number;
}

export interface DemoSizeSpec {
  cohorts: number;
  trainers: number;
  internalTrainers: number;
  rooms: number;
}

export const DEMO_SIZES: Record<DemoSize, DemoSizeSpec> = {
  small: { cohorts: 30, trainers: 120, internalTrainers: 10, rooms: 14 },
  term: { cohorts: 300, trainers: 700, internalTrainers: 40, rooms: 40 },
  large: { cohorts: 700, trainers: 1200, internalTrainers: 60, rooms: 55 },
};

export const DEMO_TERM: Term = { name: 'Forår 2027', start: '2027-01-04', end: '2027-06-25' };

/** Busiest-week room use the filler aims for at the two fullest centres (the promise is 70 %). */
const PEAK_TARGET = 0.76;
const FILLER_SHARE = 0.12;

interface PlacedCohort {
  draft: CohortDraft;
  placement: CohortPlacement;
}

export function generateDemo(options: DemoOptions): { plan: Plan; planted: Plan } {
  const spec = DEMO_SIZES[options.size];
  const rng = createRng(options.seed);
  const term = { ...DEMO_TERM };
  const closures: Closure[] = [
    ...proposedClosures(term),
    { start: '2027-04-16', end: '2027-04-16', centreId: 'c-aal', reason: 'Personaledag' },
  ];
  const centres = CENTRES.map((c) => ({ ...c.centre }));
  const rooms = buildRooms(rng, spec.rooms);
  const drafts = buildTrainers(rng, spec.trainers, spec.internalTrainers);
  const centreRegion = new Map(centres.map((c) => [c.id, c.region as string]));
  const planter = new Planter(rng, term, closures, rooms, drafts, centreRegion);
  const usage = new RoomUsage(term, closures, rooms);
  const placed: PlacedCohort[] = [];

  const tryPlace = (draft: CohortDraft): boolean => {
    const placement = planter.place(draft.cohort, draft.programme.course);
    if (!placement) return false;
    placed.push({ draft, placement });
    usage.add(draft, placement);
    return true;
  };

  // The hardest cohorts go first, while rooms and specialists are still free.
  const mainTarget = spec.cohorts - Math.round(spec.cohorts * FILLER_SHARE);
  const firstDraw = Array.from({ length: mainTarget }, () => drawCohort(rng, rng.weighted(PROGRAMMES, (p) => p.weight), term));
  firstDraw
    .map((draft, i) => ({ draft, i, hardness: hardness(draft.programme) }))
    .sort((a, b) => b.hardness - a.hardness || a.i - b.i)
    .forEach(({ draft }) => tryPlace(draft));
  for (let tries = 0; placed.length < mainTarget && tries < spec.cohorts * 3; tries++) {
    tryPlace(drawCohort(rng, rng.weighted(PROGRAMMES, (p) => p.weight), term));
  }

  // A real term has rush weeks: fill the busiest week of the fullest centres until
  // two of them are near capacity (a centre whose free rooms fit nobody is skipped).
  let peaked = 0;
  for (const peak of usage.busiest()) {
    if (peaked >= 2 || placed.length >= spec.cohorts) break;
    let failures = 0;
    while (usage.share(peak.centreId, peak.week) < PEAK_TARGET && placed.length < spec.cohorts && failures < 12) {
      if (!tryPlace(rushCohort(rng, term, peak.centreId, peak.monday))) failures++;
    }
    if (usage.share(peak.centreId, peak.week) >= PEAK_TARGET) peaked++;
  }
  for (let tries = 0; placed.length < spec.cohorts && tries < spec.cohorts * 3; tries++) {
    tryPlace(drawCohort(rng, rng.weighted(PROGRAMMES, (p) => p.weight), term));
  }

  return assemble(rng, { term, closures, centres, rooms, drafts, planter, placed });
}

function hardness(p: Programme): number {
  if (p.kind === 'conference') return 3;
  if (p.kind === 'cluster') return 2;
  return p.course.days.length / 10;
}

/** A one-day course squeezed into a given week at a given centre. */
function rushCohort(rng: Rng, term: Term, centreId: string, monday: string): CohortDraft {
  const programme = rng.pick(SHORT_COURSES);
  const draft = drawCohort(rng, programme, term);
  draft.cohort.venue = { centreId };
  draft.cohort.window = { start: monday, end: addDays(monday, 4) };
  // Small groups, so that the rooms still free that week can take them.
  draft.cohort.participants = rng.int(15, 20);
  delete draft.cohort.unavailable;
  return draft;
}

class RoomUsage {
  private readonly used = new Map<string, number>();
  private readonly open = new Map<string, number>();
  private readonly mondays = new Map<string, string>();

  constructor(term: Term, closures: readonly Closure[], rooms: readonly Room[]) {
    for (const centre of CENTRES) {
      const count = rooms.filter((r) => r.centreId === centre.centre.id).length;
      for (const day of eachDate(term.start, term.end)) {
        if (!isWorkingDay(day, closures, centre.centre.id)) continue;
        const week = isoWeekLabel(day);
        const key = `${centre.centre.id}|${week}`;
        this.open.set(key, (this.open.get(key) ?? 0) + count);
        if (!this.mondays.has(week)) this.mondays.set(week, addDays(day, 1 - isoWeekday(day)));
      }
    }
  }

  add(draft: CohortDraft, placement: CohortPlacement): void {
    const venue = draft.cohort.venue;
    if (!isCentreVenue(venue)) return;
    placement.forEach((day, i) => {
      if (!day) return;
      const slot = draft.programme.course.days[i]?.slot ?? 'full';
      const key = `${venue.centreId}|${isoWeekLabel(day.date)}`;
      this.used.set(key, (this.used.get(key) ?? 0) + (slot === 'full' ? 1 : 0.5));
    });
  }

  share(centreId: string, week: string): number {
    const open = this.open.get(`${centreId}|${week}`) ?? 0;
    return open === 0 ? 0 : (this.used.get(`${centreId}|${week}`) ?? 0) / open;
  }

  /** Centres by the share of their busiest week, fullest first. */
  busiest(): { centreId: string; week: string; monday: string; share: number }[] {
    const best = new Map<string, { centreId: string; week: string; monday: string; share: number }>();
    for (const key of this.open.keys()) {
      const [centreId = '', week = ''] = key.split('|');
      const share = this.share(centreId, week);
      const current = best.get(centreId);
      if (!current || share > current.share) best.set(centreId, { centreId, week, monday: this.mondays.get(week) ?? '', share });
    }
    return [...best.values()].sort((a, b) => b.share - a.share || a.centreId.localeCompare(b.centreId));
  }
}

interface Built {
  term: Term;
  closures: Closure[];
  centres: Plan['centres'];
  rooms: Room[];
  drafts: ReturnType<typeof buildTrainers>;
  planter: Planter;
  placed: PlacedCohort[];
}

function assemble(rng: Rng, b: Built): { plan: Plan; planted: Plan } {
  const ordered = b.placed
    .map((p, i) => ({ p, i }))
    .sort((x, y) => x.p.draft.cohort.window.start.localeCompare(y.p.draft.cohort.window.start) || x.i - y.i)
    .map((x) => x.p);

  const serials = new Map<string, number>();
  const cohorts: Cohort[] = [];
  const sessions: Session[] = [];
  ordered.forEach(({ draft, placement }, ci) => {
    const cohort: Cohort = { ...draft.cohort, id: `h-${String(ci + 1).padStart(4, '0')}` };
    const label = cohortLabel(draft, b.centres);
    const serial = (serials.get(label) ?? 0) + 1;
    serials.set(label, serial);
    cohort.name = `${label} hold ${serial}`;
    cohorts.push(cohort);
    draft.programme.course.days.forEach((template, dayIndex) => {
      const day = placement[dayIndex] ?? null;
      sessions.push({
        id: `s-${String(sessions.length + 1).padStart(5, '0')}`,
        cohortId: cohort.id,
        dayIndex,
        slot: template.slot,
        date: day?.date ?? null,
        roomId: day?.roomId ?? null,
        trainerIds: day ? [...day.trainerIds] : [],
        locked: [],
      });
    });
  });

  const trainers = b.drafts.map((draft, t) => {
    const load = b.planter.trainerLoad[t] ?? 0;
    const used = b.planter.trainerUsedDates(t);
    const needed = Math.ceil(load);
    // Some trainers are booked right up to their limit, as a real term would have it.
    const maxDays = load > 0 && rng.chance(0.3) ? needed : Math.max(needed, draft.cap);
    return {
      ...draft.trainer,
      skills: b.planter.skillsOf(t),
      maxDays,
      unavailable: trainerUnavailability(rng, b.term, used),
    };
  });
  const rooms = b.rooms.map((room, r) => ({
    ...room,
    unavailable: rng.chance(0.12) ? avoiding(b.term, randomWeek(rng, b.term, 3), b.planter.roomUsedDates(r)) : [],
  }));

  const courses = [...new Map(ordered.map(({ draft }) => [draft.programme.course.id, draft.programme.course])).values()]
    .sort((x, y) => x.id.localeCompare(y.id))
    .map((c) => structuredClone(c));

  const planted: Plan = {
    format: FORMAT,
    term: { ...b.term },
    closures: b.closures.map((c) => ({ ...c })),
    centres: b.centres.map((c) => ({ ...c })),
    rooms,
    trainers,
    courses,
    cohorts,
    sessions,
  };
  const plan: Plan = structuredClone(planted);
  plan.sessions = plan.sessions.map((s) => ({ ...s, date: null, roomId: null, trainerIds: [] }));
  return { plan, planted };
}

function cohortLabel(draft: CohortDraft, centres: Plan['centres']): string {
  const { programme, municipality, cohort } = draft;
  if (programme.kind === 'cluster') {
    const region = cohort.customer.split(' i ').pop() ?? '';
    return `Klyngesamarbejde ${region}`;
  }
  if (programme.kind === 'conference') {
    const centreId = isCentreVenue(cohort.venue) ? cohort.venue.centreId : '';
    return `Temakonference ${centres.find((c) => c.id === centreId)?.city ?? ''}`;
  }
  return `${programme.course.code} ${municipality ? shortName(municipality) : cohort.customer}`;
}

function randomWeek(rng: Rng, term: Term, days: number): DateRange {
  const weeks = Math.floor(daysBetween(term.start, term.end) / 7);
  const start = addDays(term.start, 7 * rng.int(0, weeks));
  return { start, end: addDays(start, days - 1) };
}

/** The range's dates minus those the planted plan uses, as maximal runs that hold a weekday. */
function avoiding(term: Term, range: DateRange, used: ReadonlySet<string>): DateRange[] {
  const out: DateRange[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.some((d) => !isWeekend(d))) out.push({ start: run[0] as string, end: run[run.length - 1] as string });
    run = [];
  };
  for (const day of eachDate(range.start, range.end)) {
    if (day < term.start || day > term.end || used.has(day)) flush();
    else run.push(day);
  }
  flush();
  return out;
}

function trainerUnavailability(rng: Rng, term: Term, used: ReadonlySet<string>): DateRange[] {
  const wanted: DateRange[] = [];
  if (rng.chance(0.3)) wanted.push(rng.chance(0.5) ? { start: '2027-02-15', end: '2027-02-19' } : { start: '2027-02-22', end: '2027-02-26' });
  if (rng.chance(0.25)) wanted.push({ start: '2027-03-22', end: '2027-03-24' });
  if (rng.chance(0.15)) wanted.push({ start: '2027-06-21', end: '2027-06-25' });
  for (let i = rng.int(0, 2); i > 0; i--) wanted.push(randomWeek(rng, term, 5));
  for (let i = rng.int(0, 3); i > 0; i--) {
    const day = addDays(term.start, rng.int(0, daysBetween(term.start, term.end)));
    wanted.push({ start: day, end: day });
  }
  return wanted
    .flatMap((r) => avoiding(term, r, used))
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}
