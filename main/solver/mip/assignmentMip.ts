// The exact reference for the solver benchmark (issue 4, item 8): with every
// session's date fixed as the given plan has it, choose rooms and trainers by a
// MIP whose objective is the reference checker's soft penalty, term for term.
//
//   x[s,r]  session s in room r        (rooms of its centre that fit: capacity, equipment, available)
//   y[s,t]  trainer t teaches s        (trainers with every skill, available that day, maxDays ≥ the session)
//   z[s]    s left unassigned          (cost larger than any soft total, so fewer unassigned always wins)
//   u[c,t]  trainer t teaches cohort c (= OR of its y[s,t]);  e[c] ≥ Σ_t u[c,t] − needed(c)   continuity
//   f[t]    ≥ load(t) − fair(t)                                                             fair load
// Travel, cost and room fit are linear in x and y. Spread depends only on dates and
// stability only on a baseline (there is none here): both are constant with dates
// fixed and stay out of the model, so
//   objective = checker soft − spread − stability + unassignedCost × Σ z.
//
// Locked values are fixed columns. A session whose locks leave it incomplete (a
// locked empty room at a centre, a locked trainer list of the wrong length) keeps its
// locked values, gets nothing else and is unassigned. Deferred sessions belong to a
// later term and are left exactly as they are; undated sessions cannot be assigned,
// so they keep only their locked values. Two locked values that break a hard rule
// together make the model infeasible: the checker reports those as locked conflicts.
import { inAnyRange } from '../../../shared/calendar/dates';
import { isCentreVenue, type Plan, type Session } from '../../../shared/domain/schema';
import { buildContext } from '../../../shared/rules/context';
import { regionDistance } from '../../../shared/rules/regions';
import { halvesOf } from '../../../shared/rules/rule';
import { costUnits } from '../../../shared/rules/soft/cost';
import { fairShares } from '../../../shared/rules/soft/fairLoad';
import { spareSeatTolerance } from '../../../shared/rules/soft/roomFit';
import { resolveWeights, type SoftWeights } from '../../../shared/rules/weights';
import { LpModel, type Term } from './lpModel';

/** Column values by column name, as the MIP solver returns them. */
export type MipSolution = ReadonlyMap<string, number>;

export interface MipOptions {
  weights?: Partial<SoftWeights> | undefined;
}

export interface MipSize {
  columns: number;
  rows: number;
  integers: number;
  /** Sessions whose room and trainers the model decides. */
  sessions: number;
}

export interface AssignmentMip {
  lp: string;
  decode(solution: MipSolution): Plan;
  /**
   * The columns of a plan with these dates, as a warm start: a session whose room
   * or trainers are not among the model's choices counts as unassigned.
   */
  encode(plan: Plan): MipSolution;
  /** Unassigned sessions in a solution (the z columns at 1). */
  unassigned(solution: MipSolution): number;
  /** The objective coefficient of one unassigned session. */
  unassignedCost: number;
  /** Soft goals the checker counts but the model leaves out, being constant here. */
  constantGoals: readonly string[];
  /** Every cost is whole, so an absolute gap below 1 proves the optimum. */
  integralObjective: boolean;
  size: MipSize;
}

interface Choice {
  col: string;
  id: string;
}

interface Modelled {
  session: Session;
  rooms: Choice[];
  trainers: Choice[];
  /** null when locks leave the session incomplete: it keeps them and stays unassigned. */
  slack: string | null;
  atCentre: boolean;
  need: number;
}

interface Booking {
  col: string;
  slot: Session['slot'];
  venue: string;
  halves: number;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Rows that keep one resource (room or trainer) out of overlapping slots on one day. */
function noOverlapRows(model: LpModel, name: string, bookings: readonly Booking[]): void {
  if (bookings.length < 2) return;
  const full = bookings.filter((b) => b.slot === 'full');
  const am = bookings.filter((b) => b.slot === 'am');
  const pm = bookings.filter((b) => b.slot === 'pm');
  const terms = (list: readonly Booking[]): Term[] => list.map((b) => [1, b.col] as const);
  // `full` overlaps both halves; am and pm do not overlap each other.
  if (am.length > 0 || pm.length === 0) model.row(`${name}a`, terms([...full, ...am]), '<=', 1);
  if (pm.length > 0) model.row(`${name}p`, terms([...full, ...pm]), '<=', 1);
}

/**
 * One venue per trainer per day: only an am and a pm session can share a trainer's
 * day, so for each am venue V, (am at V) + (pm elsewhere) ≤ 1.
 */
function oneVenueRows(model: LpModel, name: string, bookings: readonly Booking[]): void {
  const am = bookings.filter((b) => b.slot === 'am');
  const pm = bookings.filter((b) => b.slot === 'pm');
  const venues = new Set([...am, ...pm].map((b) => b.venue));
  if (venues.size < 2 || am.length === 0 || pm.length === 0) return;
  let k = 0;
  for (const venue of new Set(am.map((b) => b.venue))) {
    const terms: Term[] = [...am.filter((b) => b.venue === venue), ...pm.filter((b) => b.venue !== venue)].map((b) => [1, b.col] as const);
    if (pm.some((b) => b.venue !== venue)) model.row(`${name}v${k++}`, terms, '<=', 1);
  }
}

export function buildAssignmentMip(plan: Plan, options: MipOptions = {}): AssignmentMip {
  const weights = resolveWeights(options.weights);
  const ctx = buildContext(plan, { weights });
  const model = new LpModel();
  const roomIndex = new Map(plan.rooms.map((r, i) => [r.id, i]));
  const trainerIndex = new Map(plan.trainers.map((t, i) => [t.id, i]));
  const cohortIndex = new Map(plan.cohorts.map((c, i) => [c.id, i]));

  const modelled: Modelled[] = [];
  const roomDays = new Map<string, Booking[]>();
  const trainerDays = new Map<string, Booking[]>();
  const trainerLoad = new Map<string, Booking[]>();
  const cohortTrainers = new Map<string, Map<string, string[]>>();
  let unassignedBound = 0;
  // How the auxiliary columns follow from x and y, for encode().
  const ors: { col: string; of: string[] }[] = [];
  const excesses: { col: string; terms: Term[]; free: number }[] = [];

  plan.sessions.forEach((s, si) => {
    const cohort = ctx.cohortOf(s);
    const template = ctx.templateOf(s);
    if (!cohort || !template || ctx.isDeferred(s) || s.date === null) return;
    const date = s.date;
    const halves = halvesOf(s.slot);
    const atCentre = isCentreVenue(cohort.venue);
    const venue = isCentreVenue(cohort.venue) ? `centre:${cohort.venue.centreId}` : `site:${cohort.venue.site}`;
    const region = ctx.venueRegion(cohort);
    const roomLocked = s.locked.includes('room');
    const trainersLocked = s.locked.includes('trainers');
    const lockedTrainers = trainersLocked ? ctx.trainersOf(s) : [];
    const complete = (!roomLocked || (s.roomId !== null) === atCentre) && (!trainersLocked || lockedTrainers.length === template.trainers);

    const rooms: Choice[] = [];
    let roomMax = 0;
    const centreId = isCentreVenue(cohort.venue) ? cohort.venue.centreId : null;
    // An incomplete locked session gets nothing beyond its locked values.
    const roomIds = roomLocked
      ? s.roomId === null ? [] : [s.roomId]
      : complete && centreId !== null
        ? plan.rooms
            .filter((r) => r.centreId === centreId && r.capacity >= cohort.participants && template.equipment.every((e) => r.equipment.includes(e)) && !inAnyRange(date, r.unavailable))
            .map((r) => r.id)
        : [];
    for (const id of roomIds) {
      const room = ctx.rooms.get(id);
      const fit = room ? Math.max(0, room.capacity - cohort.participants - spareSeatTolerance(cohort.participants)) : 0;
      const col = model.binary(`x${si}_${roomIndex.get(id) ?? id}`, weights.roomFit * fit);
      roomMax = Math.max(roomMax, weights.roomFit * fit);
      rooms.push({ col, id });
      if (roomLocked) model.fix(col, 1);
      pushTo(roomDays, `${roomIndex.get(id)}_${ctx.day(date)}`, { col, slot: s.slot, venue, halves });
    }

    const trainers: Choice[] = [];
    let trainerMax = 0;
    const trainerIds = trainersLocked
      ? lockedTrainers
      : !complete
        ? []
        : plan.trainers
          .filter((t) => template.skills.every((k) => t.skills.includes(k)) && !inAnyRange(date, t.unavailable) && Math.floor(2 * t.maxDays) >= halves)
          .map((t) => t.id);
    for (const id of trainerIds) {
      const trainer = ctx.trainers.get(id);
      const ti = trainerIndex.get(id);
      if (!trainer || ti === undefined) continue;
      const travel = region ? regionDistance(trainer.homeRegion, region) : 0;
      const cost = weights.travel * travel * halves + (trainer.kind === 'external' ? weights.cost * costUnits(trainer.dayRate) * halves : 0);
      const col = model.binary(`y${si}_${ti}`, cost);
      trainerMax = Math.max(trainerMax, cost);
      trainers.push({ col, id });
      if (trainersLocked) model.fix(col, 1);
      const booking = { col, slot: s.slot, venue, halves };
      pushTo(trainerDays, `${ti}_${ctx.day(date)}`, booking);
      pushTo(trainerLoad, id, booking);
      let byTrainer = cohortTrainers.get(s.cohortId);
      if (!byTrainer) cohortTrainers.set(s.cohortId, (byTrainer = new Map()));
      pushTo(byTrainer, id, col);
    }

    const slots = Math.max(template.trainers, lockedTrainers.length);
    unassignedBound += slots * (weights.continuity + weights.fairLoad * halves + trainerMax) + roomMax;
    // The slack's cost is set once every session is known; its rows need the column now.
    const slack = complete ? model.binary(`z${si}`) : null;
    if (slack) {
      const need = template.trainers;
      if (atCentre) model.row(`ar${si}`, [...rooms.map((r) => [1, r.col] as const), [1, slack]], '=', 1);
      model.row(`at${si}`, [...trainers.map((t) => [1, t.col] as const), [need, slack]], '=', need);
    }
    modelled.push({ session: s, rooms, trainers, slack, atCentre, need: template.trainers });
  });

  const unassignedCost = unassignedBound + 1;
  for (const m of modelled) if (m.slack) model.addCost(m.slack, unassignedCost);

  for (const [key, bookings] of roomDays) noOverlapRows(model, `rr${key}_`, bookings);
  for (const [key, bookings] of trainerDays) {
    noOverlapRows(model, `tt${key}_`, bookings);
    oneVenueRows(model, `tv${key}_`, bookings);
  }

  const shares = fairShares(ctx);
  for (const [id, bookings] of trainerLoad) {
    const trainer = ctx.trainers.get(id);
    const ti = trainerIndex.get(id);
    if (!trainer || ti === undefined) continue;
    const most = bookings.reduce((sum, b) => sum + b.halves, 0);
    const loadTerms = bookings.map((b) => [b.halves, b.col] as const);
    const allowed = Math.floor(2 * trainer.maxDays);
    if (most > allowed) model.row(`md${ti}`, loadTerms, '<=', allowed);
    const fair = shares.get(id) ?? 0;
    if (weights.fairLoad > 0 && most > fair) {
      const f = model.continuous(`f${ti}`, weights.fairLoad);
      model.row(`fl${ti}`, [[1, f], ...loadTerms.map(([c, col]) => [-c, col] as const)], '>=', -fair);
      excesses.push({ col: f, terms: loadTerms, free: fair });
    }
  }

  if (weights.continuity > 0) {
    for (const [cohortId, byTrainer] of cohortTrainers) {
      const ci = cohortIndex.get(cohortId);
      const sessions = (ctx.sessionsByCohort.get(cohortId) ?? []).filter((s) => !ctx.isDeferred(s));
      const needed = Math.max(0, ...sessions.map((s) => ctx.templateOf(s)?.trainers ?? 0));
      if (ci === undefined || byTrainer.size <= needed) continue;
      const used: Term[] = [];
      for (const [id, cols] of byTrainer) {
        const ti = trainerIndex.get(id);
        const u = model.binary(`u${ci}_${ti}`);
        used.push([1, u]);
        cols.forEach((col, k) => model.row(`cu${ci}_${ti}_${k}`, [[1, u], [-1, col]], '>=', 0));
        // u is exactly the OR of its y's, so no feasible point overstates continuity.
        model.row(`cv${ci}_${ti}`, [[1, u], ...cols.map((col) => [-1, col] as const)], '<=', 0);
        ors.push({ col: u, of: cols });
      }
      const e = model.continuous(`e${ci}`, weights.continuity);
      model.row(`ce${ci}`, [[1, e], ...used.map(([c, col]) => [-c, col] as const)], '>=', -needed);
      excesses.push({ col: e, terms: used, free: needed });
    }
  }

  const on = (solution: MipSolution, col: string) => (solution.get(col) ?? 0) > 0.5;
  const byId = new Map(modelled.map((m) => [m.session.id, m]));

  return {
    lp: model.toString(),
    unassignedCost,
    constantGoals: ['spread', 'stability'],
    integralObjective: model.integralObjective,
    size: { columns: model.columnCount, rows: model.rowCount, integers: model.integerCount, sessions: modelled.length },
    encode(given) {
      const values = new Map<string, number>();
      const dated = new Map(given.sessions.map((s) => [s.id, s]));
      for (const m of modelled) {
        const s = dated.get(m.session.id);
        const room = m.rooms.find((r) => r.id === s?.roomId);
        const team = m.trainers.filter((t) => s?.trainerIds.includes(t.id));
        const complete = s !== undefined && team.length === m.need && team.length === s.trainerIds.length && (room !== undefined) === m.atCentre;
        if (m.slack === null || complete) {
          if (room) values.set(room.col, 1);
          for (const t of team) values.set(t.col, 1);
        } else {
          values.set(m.slack, 1);
          // Locked values stay even when the session is left unassigned.
          for (const r of m.rooms) if (m.session.locked.includes('room')) values.set(r.col, 1);
          for (const t of m.trainers) if (m.session.locked.includes('trainers')) values.set(t.col, 1);
        }
      }
      for (const { col, of } of ors) values.set(col, of.some((c) => values.get(c) === 1) ? 1 : 0);
      for (const { col, terms, free } of excesses) values.set(col, Math.max(0, terms.reduce((sum, [c, x]) => sum + c * (values.get(x) ?? 0), 0) - free));
      return values;
    },
    unassigned: (solution) => modelled.filter((m) => m.slack !== null && on(solution, m.slack)).length,
    decode(solution) {
      const sessions = plan.sessions.map((s) => {
        const m = byId.get(s.id);
        if (m) {
          return {
            ...s,
            roomId: m.rooms.find((r) => on(solution, r.col))?.id ?? null,
            trainerIds: m.trainers.filter((t) => on(solution, t.col)).map((t) => t.id),
          };
        }
        if (s.date !== null || ctx.isDeferred(s)) return s;
        return { ...s, roomId: s.locked.includes('room') ? s.roomId : null, trainerIds: s.locked.includes('trainers') ? s.trainerIds : [] };
      });
      return { ...plan, sessions };
    },
  };
}
