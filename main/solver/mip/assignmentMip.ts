// The exact reference for the solver benchmark (issue 4, item 8): with every
// session's date fixed as the given plan has it, choose rooms and trainers by a
// MIP whose objective is the reference checker's soft penalty, term for term.
//
//   x[s,r]  session s in room r        (rooms of its centre that fit: capacity, equipment, available)
//   y[s,t]  trainer t teaches s        (trainers with every skill, available that day, maxDays ≥ the session)
//   w[c,t]  trainer t teaches every day of cohort c (trainers that are y-candidates on all of them)
//   z[s]    s left unassigned          (cost larger than any soft total, so fewer unassigned always wins)
//   u[c,t]  trainer t teaches some day of c through y (= OR of its y[s,t])
//   e[c]    ≥ Σ_t u[c,t] + Σ_t w[c,t] − needed(c)                                       continuity
//   f[t]    ≥ load(t) − fair(t)                                                            fair load
// Travel, cost and room fit are linear in x, y and w. Spread depends only on dates and
// stability only on a baseline (there is none here): both are constant with dates
// fixed and stay out of the model, so
//   objective = checker soft − spread − stability + unassignedCost × Σ z.
//
// Why w: with y alone the LP relaxation spreads a cohort's days over several
// trainers at a fraction each and pays no continuity (u = 1/2 twice is one trainer),
// so its bound is weak (term demo: root LP 5 % below the plans found). A trainer who
// teaches a whole cohort is one w column instead, and a day taught through y (a
// split cohort) costs continuity in the relaxation too:
//   needed(c) · e[c] ≥ Σ_t y[s,t] − needed(c) · Σ_{s' of c} z[s']     for every day s of c.
// The cut holds for every plan written with w wherever one trainer covers all the
// days (encode does so): a y on some day then means a split cohort, which has at
// least needed + 1 distinct trainers; an unassigned day lifts the cut. It is stated
// for cohorts whose days all need the same number of trainers.
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

interface Candidate {
  id: string;
  ti: number;
  /** Travel and cost of t teaching this session. */
  cost: number;
}

interface Modelled {
  session: Session;
  si: number;
  rooms: Choice[];
  /** y columns, filled once the cohort's w columns are known. */
  trainers: Choice[];
  candidates: Candidate[];
  /** null when locks leave the session incomplete: it keeps them and stays unassigned. */
  slack: string | null;
  atCentre: boolean;
  need: number;
  trainersLocked: boolean;
  slot: Session['slot'];
  venue: string;
  halves: number;
  day: number;
}

/** A cohort's whole-cohort trainers: w columns, and the days they cover. */
interface WholeCohort {
  ci: number;
  sessions: Modelled[];
  trainers: Choice[];
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

/** Sums repeated columns, so a row or the encoder never sees one twice. */
function merged(terms: readonly Term[]): Term[] {
  const sum = new Map<string, number>();
  for (const [c, col] of terms) sum.set(col, (sum.get(col) ?? 0) + c);
  return [...sum].map(([col, c]) => [c, col] as const);
}

/** A column's least value given the rows that bound it from below: max(0, Σ terms − free) over them. */
interface LowerBounded {
  col: string;
  bounds: { terms: Term[]; free: number }[];
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
  let unassignedBound = 0;

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

    const trainerIds = trainersLocked
      ? lockedTrainers
      : !complete
        ? []
        : plan.trainers
          .filter((t) => template.skills.every((k) => t.skills.includes(k)) && !inAnyRange(date, t.unavailable) && Math.floor(2 * t.maxDays) >= halves)
          .map((t) => t.id);
    const candidates: Candidate[] = [];
    let trainerMax = 0;
    for (const id of trainerIds) {
      const trainer = ctx.trainers.get(id);
      const ti = trainerIndex.get(id);
      if (!trainer || ti === undefined) continue;
      const travel = region ? regionDistance(trainer.homeRegion, region) : 0;
      const cost = weights.travel * travel * halves + (trainer.kind === 'external' ? weights.cost * costUnits(trainer.dayRate) * halves : 0);
      trainerMax = Math.max(trainerMax, cost);
      candidates.push({ id, ti, cost });
    }

    const slots = Math.max(template.trainers, lockedTrainers.length);
    unassignedBound += slots * (weights.continuity + weights.fairLoad * halves + trainerMax) + roomMax;
    // The slack's cost is set once every session is known.
    const slack = complete ? model.binary(`z${si}`) : null;
    modelled.push({ session: s, si, rooms, trainers: [], candidates, slack, atCentre, need: template.trainers, trainersLocked, slot: s.slot, venue, halves, day: ctx.day(date) });
  });

  const unassignedCost = unassignedBound + 1;
  for (const m of modelled) if (m.slack) model.addCost(m.slack, unassignedCost);

  // Whole-cohort trainers, where continuity counts and every day of the cohort is
  // modelled, free to choose and needs the same number of trainers.
  const byCohort = new Map<string, Modelled[]>();
  for (const m of modelled) pushTo(byCohort, m.session.cohortId, m);
  const wholes = new Map<string, WholeCohort>();
  if (weights.continuity > 0) {
    for (const [cohortId, days] of byCohort) {
      const ci = cohortIndex.get(cohortId);
      const all = (ctx.sessionsByCohort.get(cohortId) ?? []).filter((s) => !ctx.isDeferred(s));
      const uniform = days.every((m) => m.need === days[0]?.need && m.slack !== null && !m.trainersLocked);
      if (ci === undefined || days.length < 2 || days.length !== all.length || !uniform) continue;
      const everyDay = days.slice(1).reduce((common, m) => {
        const here = new Set(m.candidates.map((c) => c.id));
        return common.filter((c) => here.has(c.id));
      }, days[0]?.candidates ?? []);
      if (everyDay.length === 0) continue;
      const trainers = everyDay.map((c) => {
        const cost = days.reduce((sum, m) => sum + (m.candidates.find((k) => k.id === c.id)?.cost ?? 0), 0);
        return { col: model.binary(`w${ci}_${c.ti}`, cost), id: c.id };
      });
      wholes.set(cohortId, { ci, sessions: days, trainers });
    }
  }

  const cohortTrainers = new Map<string, Map<string, string[]>>();
  const book = (id: string, ti: number, m: Modelled, col: string) => {
    const booking = { col, slot: m.slot, venue: m.venue, halves: m.halves };
    pushTo(trainerDays, `${ti}_${m.day}`, booking);
    pushTo(trainerLoad, id, booking);
  };
  for (const m of modelled) {
    for (const c of m.candidates) {
      const col = model.binary(`y${m.si}_${c.ti}`, c.cost);
      if (m.trainersLocked) model.fix(col, 1);
      m.trainers.push({ col, id: c.id });
      book(c.id, c.ti, m, col);
      let byTrainer = cohortTrainers.get(m.session.cohortId);
      if (!byTrainer) cohortTrainers.set(m.session.cohortId, (byTrainer = new Map()));
      pushTo(byTrainer, c.id, col);
    }
    const whole = wholes.get(m.session.cohortId);
    for (const w of whole?.trainers ?? []) book(w.id, trainerIndex.get(w.id) ?? -1, m, w.col);
    if (m.slack) {
      if (m.atCentre) model.row(`ar${m.si}`, [...m.rooms.map((r) => [1, r.col] as const), [1, m.slack]], '=', 1);
      const team: Term[] = [...m.trainers, ...(whole?.trainers ?? [])].map((t) => [1, t.col] as const);
      model.row(`at${m.si}`, [...team, [m.need, m.slack]], '=', m.need);
    }
  }

  for (const [key, bookings] of roomDays) noOverlapRows(model, `rr${key}_`, bookings);
  for (const [key, bookings] of trainerDays) {
    noOverlapRows(model, `tt${key}_`, bookings);
    oneVenueRows(model, `tv${key}_`, bookings);
  }

  // How the auxiliary columns follow from x, y and w, for encode().
  const ors: { col: string; of: string[] }[] = [];
  const lowerBounded: LowerBounded[] = [];
  const shares = fairShares(ctx);
  for (const [id, bookings] of trainerLoad) {
    const trainer = ctx.trainers.get(id);
    const ti = trainerIndex.get(id);
    if (!trainer || ti === undefined) continue;
    const loadTerms = merged(bookings.map((b) => [b.halves, b.col] as const));
    // A w column books every day of its cohort, so the most is over distinct plans, not columns.
    const most = bookings.filter((b) => b.col.startsWith('y')).reduce((sum, b) => sum + b.halves, 0);
    const allowed = Math.floor(2 * trainer.maxDays);
    if (most > allowed) model.row(`md${ti}`, loadTerms, '<=', allowed);
    const fair = shares.get(id) ?? 0;
    if (weights.fairLoad > 0 && most > fair) {
      const f = model.continuous(`f${ti}`, weights.fairLoad);
      model.row(`fl${ti}`, [[1, f], ...loadTerms.map(([c, col]) => [-c, col] as const)], '>=', -fair);
      lowerBounded.push({ col: f, bounds: [{ terms: loadTerms, free: fair }] });
    }
  }

  if (weights.continuity > 0) {
    for (const cohortId of byCohort.keys()) {
      const ci = cohortIndex.get(cohortId);
      const byTrainer = cohortTrainers.get(cohortId) ?? new Map<string, string[]>();
      const whole = wholes.get(cohortId);
      const sessions = (ctx.sessionsByCohort.get(cohortId) ?? []).filter((s) => !ctx.isDeferred(s));
      const needed = Math.max(0, ...sessions.map((s) => ctx.templateOf(s)?.trainers ?? 0));
      if (ci === undefined || byTrainer.size + (whole?.trainers.length ?? 0) <= needed) continue;
      const used: Term[] = (whole?.trainers ?? []).map((w) => [1, w.col] as const);
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
      const bounds = [{ terms: used, free: needed }];
      if (whole && needed > 0) {
        const unassigned: Term[] = whole.sessions.flatMap((m) => (m.slack ? [[1, m.slack] as const] : []));
        for (const m of whole.sessions) {
          const split: Term[] = m.trainers.map((t) => [1 / needed, t.col] as const);
          model.row(`cs${ci}_${m.si}`, [[needed, e], ...split.map(([, col]) => [-1, col] as const), ...unassigned.map(([, col]) => [needed, col] as const)], '>=', 0);
          bounds.push({ terms: [...split, ...unassigned.map(([, col]) => [-1, col] as const)], free: 0 });
        }
      }
      lowerBounded.push({ col: e, bounds });
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
      const completeIn = (m: Modelled) => {
        const s = dated.get(m.session.id);
        const room = m.rooms.find((r) => r.id === s?.roomId);
        const team = m.trainers.filter((t) => s?.trainerIds.includes(t.id));
        return { room, team, complete: s !== undefined && team.length === m.need && team.length === s.trainerIds.length && (room !== undefined) === m.atCentre };
      };
      // A trainer on every day of a wholly assigned cohort is its w column.
      const wholeOf = new Map<string, Set<string>>();
      for (const [cohortId, whole] of wholes) {
        if (!whole.sessions.every((m) => completeIn(m).complete)) continue;
        const everyDay = new Set(whole.trainers.filter((w) => whole.sessions.every((m) => dated.get(m.session.id)?.trainerIds.includes(w.id))).map((w) => w.id));
        for (const w of whole.trainers) if (everyDay.has(w.id)) values.set(w.col, 1);
        wholeOf.set(cohortId, everyDay);
      }
      for (const m of modelled) {
        const { room, team, complete } = completeIn(m);
        const whole = wholeOf.get(m.session.cohortId);
        if (m.slack === null || complete) {
          if (room) values.set(room.col, 1);
          for (const t of team) if (!whole?.has(t.id)) values.set(t.col, 1);
        } else {
          values.set(m.slack, 1);
          // Locked values stay even when the session is left unassigned.
          for (const r of m.rooms) if (m.session.locked.includes('room')) values.set(r.col, 1);
          for (const t of m.trainers) if (m.session.locked.includes('trainers')) values.set(t.col, 1);
        }
      }
      for (const { col, of } of ors) values.set(col, of.some((c) => values.get(c) === 1) ? 1 : 0);
      const sum = (terms: readonly Term[]) => terms.reduce((acc, [c, x]) => acc + c * (values.get(x) ?? 0), 0);
      for (const { col, bounds } of lowerBounded) values.set(col, Math.max(0, ...bounds.map((b) => sum(b.terms) - b.free)));
      return values;
    },
    unassigned: (solution) => modelled.filter((m) => m.slack !== null && on(solution, m.slack)).length,
    decode(solution) {
      const sessions = plan.sessions.map((s) => {
        const m = byId.get(s.id);
        if (m) {
          const whole = (wholes.get(s.cohortId)?.trainers ?? []).filter((w) => on(solution, w.col)).map((w) => w.id);
          return {
            ...s,
            roomId: m.rooms.find((r) => on(solution, r.col))?.id ?? null,
            trainerIds: [...whole, ...m.trainers.filter((t) => on(solution, t.col)).map((t) => t.id)],
          };
        }
        if (s.date !== null || ctx.isDeferred(s)) return s;
        return { ...s, roomId: s.locked.includes('room') ? s.roomId : null, trainerIds: s.locked.includes('trainers') ? s.trainerIds : [] };
      });
      return { ...plan, sessions };
    },
  };
}
