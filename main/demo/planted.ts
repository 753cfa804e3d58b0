// Builds the hidden complete plan one cohort at a time: each day gets a working
// date inside its window and gaps, a free room that fits, and free trainers with
// the skills (a free trainer is given a missing skill when nobody qualified is
// free, as long as the skill stays rare). A cohort that cannot be placed is
// dropped, so every cohort in the data set is known to be assignable.
import { isCentreVenue, type Closure, type Cohort, type Course, type DayTemplate, type Room, type Slot, type Term } from '../../shared/domain/schema';
import { daysBetween, eachDate } from '../../shared/calendar/dates';
import { isWorkingDay } from '../../shared/calendar/workingDays';
import type { Rng } from './random';
import type { TrainerDraft } from './trainers';
import { regionSteps } from './regions';

const SLOT_MASK: Record<Slot, number> = { full: 3, am: 1, pm: 2 };
const SLOT_LOAD: Record<Slot, number> = { full: 1, am: 0.5, pm: 0.5 };
/** A skill set held by more trainers than this does not count as scarce (the tightness target). */
export const SCARCE_LIMIT = 10;

export interface PlacedDay {
  date: string;
  roomId: string | null;
  trainerIds: string[];
}

/** One entry per day template; null for a day deferred to a later term. */
export type CohortPlacement = (PlacedDay | null)[];

interface Booking {
  day: number;
  mask: number;
  roomIndex: number | null;
  trainerIndexes: number[];
  load: number;
}

export class Planter {
  readonly dates: string[];
  private readonly dayOf = new Map<string, number>();
  private readonly working = new Map<string | null, boolean[]>();
  private readonly roomBusy: Uint8Array[];
  private readonly trainerBusy: Uint8Array[];
  private readonly trainerVenue: (string | undefined)[][];
  readonly trainerLoad: number[];
  private readonly skillSets: Set<string>[];

  constructor(
    private readonly rng: Rng,
    private readonly term: Term,
    private readonly closures: readonly Closure[],
    private readonly rooms: readonly Room[],
    private readonly trainers: readonly TrainerDraft[],
    private readonly centreRegion: ReadonlyMap<string, string>,
  ) {
    this.dates = eachDate(term.start, term.end);
    this.dates.forEach((d, i) => this.dayOf.set(d, i));
    this.roomBusy = rooms.map(() => new Uint8Array(this.dates.length));
    this.trainerBusy = trainers.map(() => new Uint8Array(this.dates.length));
    this.trainerVenue = trainers.map(() => new Array<string | undefined>(this.dates.length));
    this.trainerLoad = trainers.map(() => 0);
    this.skillSets = trainers.map((t) => new Set(t.trainer.skills));
  }

  private isWorking(centreId: string | null, day: number): boolean {
    let days = this.working.get(centreId);
    if (!days) {
      days = this.dates.map((d) => isWorkingDay(d, this.closures, centreId));
      this.working.set(centreId, days);
    }
    return days[day] ?? false;
  }

  /** Index of a date in the term, clamped to the term's ends. */
  private index(date: string): number {
    return Math.max(0, Math.min(this.dates.length - 1, daysBetween(this.term.start, date)));
  }

  /**
   * Days whose earliest possible date (window start plus the minimum gaps) lies
   * after the term: they belong to a later term (DESIGN §3, deferred).
   */
  deferredDays(cohort: Cohort, course: Course): boolean[] {
    const room = daysBetween(cohort.window.start, this.term.end);
    let offset = 0;
    return course.days.map((template, i) => {
      if (i > 0) offset += template.minGapDays;
      return offset > room;
    });
  }

  /** Places every in-term day of the cohort and books it, or books nothing and returns null. */
  place(cohort: Cohort, course: Course, attempts = 4): CohortPlacement | null {
    const deferred = this.deferredDays(cohort, course);
    const placedCount = deferred.filter((d) => !d).length;
    if (placedCount === 0) return null;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const bookings: Booking[] = [];
      const addedSkills: [number, string][] = [];
      const result = this.tryPlace(cohort, course, placedCount, bookings, addedSkills);
      if (result) return [...result, ...Array<null>(course.days.length - result.length).fill(null)];
      for (const b of bookings) this.unbook(b);
      for (const [t, skill] of addedSkills) this.skillSets[t]?.delete(skill);
    }
    return null;
  }

  private tryPlace(cohort: Cohort, course: Course, count: number, bookings: Booking[], addedSkills: [number, string][]): PlacedDay[] | null {
    const venueCentre = isCentreVenue(cohort.venue) ? cohort.venue.centreId : null;
    const venueKey = venueCentre ?? `site:${(cohort.venue as { site: string }).site}`;
    const venueRegion = venueCentre ? (this.centreRegion.get(venueCentre) ?? '') : (cohort.venue as { region: string }).region;
    const windowStart = this.index(cohort.window.start);
    const windowEnd = this.index(cohort.window.end < this.term.end ? cohort.window.end : this.term.end);
    const blocked = (day: number) => cohort.unavailable?.some((r) => r.start <= (this.dates[day] ?? '') && (this.dates[day] ?? '') <= r.end) ?? false;
    const days = course.days.slice(0, count);

    // The latest index each day may take so that the later days still fit.
    const latest: number[] = new Array<number>(count).fill(windowEnd);
    for (let k = count - 2; k >= 0; k--) latest[k] = (latest[k + 1] ?? windowEnd) - (days[k + 1]?.minGapDays ?? 1);

    const team: number[] = [];
    const placed: PlacedDay[] = [];
    let previous = -1;
    for (let k = 0; k < count; k++) {
      const template = days[k] as DayTemplate;
      const low = k === 0 ? windowStart : previous + template.minGapDays;
      const high = Math.min(latest[k] ?? windowEnd, k > 0 && template.maxGapDays !== undefined ? previous + template.maxGapDays : Number.MAX_SAFE_INTEGER);
      if (low > high) return null;
      // Spread the days: start anywhere early in the window, then move on at a steady pace.
      const reach = k === 0 ? (high - low) * 0.8 : Math.min(high - low, template.minGapDays * 1.5 + 7);
      const target = low + Math.floor(this.rng.next() * (reach + 1));
      const candidates: number[] = [];
      for (let d = low; d <= high; d++) if (this.isWorking(venueCentre, d) && !blocked(d)) candidates.push(d);
      candidates.sort((a, b) => Math.abs(a - target) - Math.abs(b - target) || a - b);
      let booked: Booking | null = null;
      for (const day of candidates) {
        booked = this.tryDay(day, template, cohort.participants, venueCentre, venueKey, venueRegion, team, addedSkills);
        if (booked) break;
      }
      if (!booked) return null;
      bookings.push(booked);
      for (const t of booked.trainerIndexes) if (!team.includes(t)) team.push(t);
      placed.push({
        date: this.dates[booked.day] as string,
        roomId: booked.roomIndex === null ? null : (this.rooms[booked.roomIndex]?.id ?? null),
        trainerIds: booked.trainerIndexes.map((t) => this.trainers[t]?.trainer.id ?? ''),
      });
      previous = booked.day;
    }
    return placed;
  }

  private tryDay(day: number, template: DayTemplate, participants: number, centreId: string | null, venueKey: string, venueRegion: string, team: readonly number[], addedSkills: [number, string][]): Booking | null {
    const mask = SLOT_MASK[template.slot];
    const load = SLOT_LOAD[template.slot];
    let roomIndex: number | null = null;
    if (centreId !== null) {
      let best = -1;
      this.rooms.forEach((room, r) => {
        if (room.centreId !== centreId || room.capacity < participants) return;
        if (!template.equipment.every((tag) => room.equipment.includes(tag))) return;
        if (((this.roomBusy[r]?.[day] ?? 0) & mask) !== 0) return;
        if (best < 0 || room.capacity < (this.rooms[best]?.capacity ?? Infinity)) best = r;
      });
      if (best < 0) return null;
      roomIndex = best;
    }
    const free = (t: number) =>
      ((this.trainerBusy[t]?.[day] ?? 0) & mask) === 0 &&
      (this.trainerVenue[t]?.[day] ?? venueKey) === venueKey &&
      (this.trainerLoad[t] ?? 0) + load <= (this.trainers[t]?.cap ?? 0);
    const qualified = (t: number) => template.skills.every((s) => this.skillSets[t]?.has(s));

    const chosen: number[] = team.filter((t) => qualified(t) && free(t)).slice(0, template.trainers);
    if (chosen.length < template.trainers) {
      const others: { t: number; score: number }[] = [];
      this.trainers.forEach((draft, t) => {
        if (chosen.includes(t) || !qualified(t) || !free(t)) return;
        others.push({ t, score: this.preference(draft, venueRegion) });
      });
      others.sort((a, b) => a.score - b.score);
      for (const o of others) if (chosen.length < template.trainers) chosen.push(o.t);
    }
    if (chosen.length < template.trainers && this.qualifiedCount(template.skills) < SCARCE_LIMIT) {
      // Nobody qualified is free: train someone who already has part of the skill set.
      const learners: { t: number; score: number }[] = [];
      this.trainers.forEach((draft, t) => {
        if (chosen.includes(t) || !free(t)) return;
        const has = template.skills.filter((s) => this.skillSets[t]?.has(s)).length;
        if (has === 0) return;
        learners.push({ t, score: -has * 10 + this.preference(draft, venueRegion) });
      });
      learners.sort((a, b) => a.score - b.score);
      for (const l of learners) {
        if (chosen.length >= template.trainers || this.qualifiedCount(template.skills) >= SCARCE_LIMIT) break;
        for (const s of template.skills) {
          if (!this.skillSets[l.t]?.has(s)) {
            this.skillSets[l.t]?.add(s);
            addedSkills.push([l.t, s]);
          }
        }
        chosen.push(l.t);
      }
    }
    if (chosen.length < template.trainers) return null;
    const booking: Booking = { day, mask, roomIndex, trainerIndexes: chosen, load };
    this.book(booking, venueKey);
    return booking;
  }

  /** Lower is better: internal before external, near before far, a little chance for the rest. */
  private preference(draft: TrainerDraft, venueRegion: string): number {
    return (draft.trainer.kind === 'internal' ? 0 : 1.5) + regionSteps(draft.trainer.homeRegion, venueRegion) + this.rng.next() * 2;
  }

  private qualifiedCount(skills: readonly string[]): number {
    let n = 0;
    for (const set of this.skillSets) if (skills.every((s) => set.has(s))) n++;
    return n;
  }

  private book(b: Booking, venueKey: string): void {
    if (b.roomIndex !== null) {
      const busy = this.roomBusy[b.roomIndex] as Uint8Array;
      busy[b.day] = (busy[b.day] ?? 0) | b.mask;
    }
    for (const t of b.trainerIndexes) {
      const busy = this.trainerBusy[t] as Uint8Array;
      busy[b.day] = (busy[b.day] ?? 0) | b.mask;
      (this.trainerVenue[t] as (string | undefined)[])[b.day] = venueKey;
      this.trainerLoad[t] = (this.trainerLoad[t] ?? 0) + b.load;
    }
  }

  private unbook(b: Booking): void {
    if (b.roomIndex !== null) {
      const busy = this.roomBusy[b.roomIndex] as Uint8Array;
      busy[b.day] = (busy[b.day] ?? 0) & ~b.mask;
    }
    for (const t of b.trainerIndexes) {
      const busy = this.trainerBusy[t] as Uint8Array;
      busy[b.day] = (busy[b.day] ?? 0) & ~b.mask;
      if (busy[b.day] === 0) (this.trainerVenue[t] as (string | undefined)[])[b.day] = undefined;
      this.trainerLoad[t] = (this.trainerLoad[t] ?? 0) - b.load;
    }
  }

  /** The trainer's skills as the planted plan needs them (including any it had to add). */
  skillsOf(t: number): string[] {
    return [...(this.skillSets[t] ?? [])].sort();
  }

  /** Dates on which the planted plan uses the trainer or room: unavailability must avoid them. */
  trainerUsedDates(t: number): Set<string> {
    return this.usedDates(this.trainerBusy[t]);
  }

  roomUsedDates(r: number): Set<string> {
    return this.usedDates(this.roomBusy[r]);
  }

  private usedDates(busy: Uint8Array | undefined): Set<string> {
    const out = new Set<string>();
    busy?.forEach((m, d) => {
      if (m !== 0) out.add(this.dates[d] as string);
    });
    return out;
  }
}
