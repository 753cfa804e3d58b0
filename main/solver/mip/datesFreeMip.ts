// The exact reference with dates free (issue 4, item 8, the small size's target):
// the problem the solver solves in optimise mode, with every unlocked date, room
// and trainer list decided by a MIP whose objective is the reference checker's
// soft total (stability aside: there is no baseline here).
//
//   x[s,d]    session s on day d          (only days of a valid gap chain of its cohort: datesFreeDomains)
//   v[s,d,r]  s in room r on day d        (rooms that fit: its centre, seats, equipment; available that day)
//   w[s,d,t]  trainer t teaches s on day d (trainers with every skill, available that day, maxDays ≥ the session)
//   z[s]      s left unassigned: dated, but no room and no trainers
//   u[c,t], e[c]  continuity (u = t teaches cohort c);  f[t]  fair load;  g[c,k]  spread shortfall of pair k
// Travel, cost and room fit are linear in v and w.
//
// Hard rules (DESIGN §3) and where each is kept:
//   date-not-working-day, date-cohort-unavailable, date-outside-term, date-outside-window:
//     cannot bind, x exists only on the cohort's legal days (buildModel's cLegal);
//   days-out-of-order, gap-too-short (one row family; a gap is at least 1), gap-too-long: rows;
//   room-wrong-centre, room-at-customer-site, room-too-small, room-missing-equipment, room-unavailable:
//     cannot bind, v exists only for fitting rooms on their available days;
//   trainer-listed-twice, too-many-trainers, trainer-missing-skill, trainer-unavailable:
//     cannot bind, one w per distinct qualified, available trainer, and exactly `need` of them;
//   trainer-over-max-days, room-double-booked, trainer-double-booked, trainer-two-venues-same-day: rows.
//
// What the model leaves as it is (constant): deferred sessions (a later term's);
// sessions no assignment can complete (impossibleSessions, as the solver) and every
// session of a cohort whose days admit no valid chain at all, which stay undated and
// unassigned. So it is exact over plans in which those stay undated, and where an
// unassigned session has no trainers and no room (the checker would also count
// partial lists). Locked values are kept: a locked date is the only candidate, a
// locked room or trainer list the only choice, and such a session may not be left
// unassigned; a locked value that breaks a rule can make the model infeasible (the
// checker reports those as locked conflicts).
import { HoldplanError } from '../../../shared/domain/errors';
import { REGIONS, type Plan, type Session } from '../../../shared/domain/schema';
import type { CheckResult } from '../../../shared/rules/types';
import { resolveWeights, type SoftWeights } from '../../../shared/rules/weights';
import { dayNumber } from '../days';
import { LOCK_DATE, LOCK_ROOM, LOCK_TRAINERS, NONE, SLOT_AM, SLOT_FULL, SLOT_PM, buildModel, isoOfDay, type Model } from '../model';
import { impossibleSessions } from '../variables';
import type { MipSize, MipSolution } from './assignmentMip';
import { chainDomains, type ChainLink } from './datesFreeDomains';
import { CheckedLp, type Evaluation } from './datesFreeLp';
import type { Term } from './lpModel';

export interface DatesFreeOptions {
  weights?: Partial<SoftWeights> | undefined;
}

export interface Encoded {
  values: MipSolution;
  /** Planned values the model cannot express (a date not among the candidates, a partial team …). */
  unrepresentable: string[];
}

export interface DatesFreeMip {
  lp: string;
  size: MipSize;
  /** The objective coefficient of one unassigned session: more than any soft total. */
  unassignedCost: number;
  /** Non-deferred sessions the model leaves undated and unassigned whatever it decides. */
  fixedUnassigned: number;
  /** Spread of pairs of constant dates: in the checker's soft, not in the objective. */
  objectiveOffset: number;
  /** Soft goals the checker counts but the model leaves out (no baseline here). */
  constantGoals: readonly string[];
  integralObjective: boolean;
  decode(solution: MipSolution): Plan;
  /** The columns of a plan over the same data (a warm start, or a check of the model). */
  encode(plan: Plan): Encoded;
  /** The objective at a point and the rows and bounds it breaks. */
  evaluate(values: MipSolution): Evaluation;
  /** Unassigned sessions of a solution, the fixed ones included. */
  unassigned(solution: MipSolution): number;
  /** What the objective must be at a plan the checker scored: the agreement the tests check. */
  objectiveOf(check: CheckResult): number;
}

interface Pick {
  day: number;
  id: number;
  col: string;
}

interface Modelled {
  s: number;
  dates: Map<number, string>;
  rooms: Pick[];
  trainers: Pick[];
  slack: string | null;
  need: number;
  atCentre: boolean;
}

interface Booking {
  col: string;
  slot: number;
  venue: number;
}

/** A session's date as a linear expression: Σ day × x, or a constant. */
interface DateExpr {
  terms: Term[];
  constant: number;
}

interface Link extends ChainLink {
  s: number;
  deferred: boolean;
  variable: boolean;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const ones = (list: readonly { col: string }[]): Term[] => list.map((b) => [1, b.col] as const);

/** room-double-booked / trainer-double-booked: `full` overlaps both halves; am and pm do not overlap. */
function noOverlapRows(lp: CheckedLp, name: string, bookings: readonly Booking[]): void {
  if (bookings.length < 2) return;
  const full = bookings.filter((b) => b.slot === SLOT_FULL);
  const am = bookings.filter((b) => b.slot === SLOT_AM);
  const pm = bookings.filter((b) => b.slot === SLOT_PM);
  if (am.length > 0 || pm.length === 0) lp.row(`${name}a`, ones([...full, ...am]), '<=', 1);
  if (pm.length > 0) lp.row(`${name}p`, ones([...full, ...pm]), '<=', 1);
}

/** trainer-two-venues-same-day: only an am and a pm session share a day, so (am at V) + (pm elsewhere) ≤ 1. */
function oneVenueRows(lp: CheckedLp, name: string, bookings: readonly Booking[]): void {
  const am = bookings.filter((b) => b.slot === SLOT_AM);
  const pm = bookings.filter((b) => b.slot === SLOT_PM);
  for (const venue of new Set(am.map((b) => b.venue))) {
    const elsewhere = pm.filter((b) => b.venue !== venue);
    if (elsewhere.length > 0) lp.row(`${name}v${venue}`, ones([...am.filter((b) => b.venue === venue), ...elsewhere]), '<=', 1);
  }
}

function gapsBetween(m: Model, a: number, b: number): { minGap: number; maxGap: number | null } {
  const pa = m.sTemplate[a]!;
  const pb = m.sTemplate[b]!;
  const missing = m.tplMaxMissingPrefix[pb]! - m.tplMaxMissingPrefix[pa]!;
  return { minGap: m.tplMinPrefix[pb]! - m.tplMinPrefix[pa]!, maxGap: missing > 0 ? null : m.tplMaxPrefix[pb]! - m.tplMaxPrefix[pa]! };
}

export function buildDatesFreeMip(plan: Plan, options: DatesFreeOptions = {}): DatesFreeMip {
  const weights = resolveWeights(options.weights);
  const m = buildModel(plan);
  const D = m.dayCount;
  const impossible = impossibleSessions(m);
  const lp = new CheckedLp();
  const modelled = new Map<number, Modelled>();
  /** Dates the model cannot change (NONE: undated), for every session it does not decide. */
  const constantDay = new Map<number, number>();
  const dateOf = new Map<number, DateExpr>();
  const roomDays = new Map<number, Booking[]>();
  const trainerDays = new Map<number, Booking[]>();
  const trainerLoad = new Map<number, Term[]>();
  /** cohort → trainer → session → its w columns. */
  const teaches = new Map<number, Map<number, Map<number, string[]>>>();
  const derived: { col: string; value: (at: (col: string) => number) => number }[] = [];
  let fixedUnassigned = 0;
  let objectiveOffset = 0;
  let unassignedBound = 0;

  // Dates: a chain per cohort, pruned, with the gap rows and spread's shortfalls.
  for (let c = 0; c < m.cohortCount; c++) {
    const links: Link[] = [];
    for (let k = m.cSessionStart[c]!; k < m.cSessionStart[c + 1]!; k++) {
      const s = m.cSessions[k]!;
      const deferred = m.sDeferred[s] === 1;
      const dateLocked = (m.sLocks[s]! & LOCK_DATE) !== 0;
      const variable = !deferred && !impossible[s] && !(dateLocked && m.sDay[s] === NONE);
      const days = variable
        ? dateLocked ? [m.sDay[s]!] : Array.from(m.cLegal.subarray(m.cLegalStart[c]!, m.cLegalStart[c + 1]!))
        : deferred || dateLocked ? (m.sDay[s] === NONE ? [] : [m.sDay[s]!]) : [];
      if (!variable) constantDay.set(s, days[0] ?? NONE);
      if (!deferred && !variable) fixedUnassigned++;
      if (days.length === 0) continue;
      const prev = links[links.length - 1];
      links.push({ s, deferred, variable, days, ...(prev ? gapsBetween(m, prev.s, s) : { minGap: 0, maxGap: null }) });
    }
    const domains = chainDomains(links);
    for (const [i, link] of links.entries()) {
      if (!link.variable) {
        dateOf.set(link.s, { terms: [], constant: link.days[0]! });
        continue;
      }
      if (!domains) {
        // No valid chain: the cohort's days stay undated (and unassigned) as the input cannot say otherwise.
        constantDay.set(link.s, NONE);
        fixedUnassigned++;
        continue;
      }
      const dates = new Map<number, string>();
      for (const d of domains[i]!) dates.set(d, lp.binary(`x${link.s}_${d}`));
      lp.row(`dated${link.s}`, [...dates.values()].map((col) => [1, col] as const), '=', 1);
      dateOf.set(link.s, { terms: [...dates].map(([d, col]) => [d, col] as const), constant: 0 });
      modelled.set(link.s, { s: link.s, dates, rooms: [], trainers: [], slack: null, need: m.sRequired[link.s]!, atCentre: m.cCentre[c]! >= 0 });
    }
    const dated = domains ? links : links.filter((l) => !l.variable);
    const window = m.cWindowEnd[c]! - m.cWindowStart[c]!;
    const n = m.cCourseDays[c]!;
    for (let k = 1; k < dated.length; k++) {
      const a = dated[k - 1]!;
      const b = dated[k]!;
      const ea = dateOf.get(a.s)!;
      const eb = dateOf.get(b.s)!;
      const { minGap, maxGap } = gapsBetween(m, a.s, b.s);
      const diff: Term[] = [...eb.terms, ...ea.terms.map(([d, col]) => [-d, col] as const)];
      const rhsShift = eb.constant - ea.constant;
      const bothFixed = !a.variable && !b.variable;
      if (!bothFixed) {
        lp.row(`gapTooShort_${a.s}_${b.s}`, diff, '>=', Math.max(1, minGap) - rhsShift);
        if (maxGap !== null) lp.row(`gapTooLong_${a.s}_${b.s}`, diff, '<=', maxGap - rhsShift);
      }
      if (weights.spread === 0 || a.deferred || b.deferred || n < 2) continue;
      const steps = m.sDayIndex[b.s]! - m.sDayIndex[a.s]!;
      let ideal = Math.floor((window * steps) / (n - 1));
      if (maxGap !== null) ideal = Math.min(ideal, maxGap);
      if (bothFixed) {
        objectiveOffset += weights.spread * Math.max(0, ideal - rhsShift);
        continue;
      }
      const shortest = Math.max(1, minGap, Math.min(...b.days) - Math.max(...a.days));
      if (ideal <= shortest) continue;
      unassignedBound += weights.spread * (ideal - shortest);
      const g = lp.continuous(`g${a.s}_${b.s}`, weights.spread);
      lp.row(`spread_${a.s}_${b.s}`, [[1, g], ...diff], '>=', ideal - rhsShift);
      derived.push({ col: g, value: (at) => Math.max(0, ideal - rhsShift - diff.reduce((sum, [coef, col]) => sum + coef * at(col), 0)) });
    }
  }

  // Rooms and trainers of each dated session.
  const at = (s: number) => plan.sessions[s]!;
  for (const x of modelled.values()) {
    const s = x.s;
    const c = m.sCohort[s]!;
    const p = m.sTemplate[s]!;
    const halves = m.sHalves[s]!;
    const slot = m.sSlot[s]!;
    const venue = m.cVenue[c]!;
    const roomLocked = (m.sLocks[s]! & LOCK_ROOM) !== 0;
    const trainersLocked = (m.sLocks[s]! & LOCK_TRAINERS) !== 0;
    const lockedTeam = trainersLocked ? [...new Set(at(s).trainerIds)].map((id) => m.trainerIds.indexOf(id)) : [];
    if ((roomLocked && (m.sRoom[s] !== NONE) !== x.atCentre) || (trainersLocked && lockedTeam.length !== x.need)) {
      throw new HoldplanError('invalid-input', `The dates-free reference cannot model session ${at(s).id}: its locked room or trainers can never make it assigned.`);
    }
    const roomIds = roomLocked ? (m.sRoom[s] === NONE ? [] : [m.sRoom[s]!]) : x.atCentre ? Array.from(m.sRoomCands.subarray(m.sRoomCandStart[s]!, m.sRoomCandStart[s + 1]!)) : [];
    const trainerIds = trainersLocked
      ? lockedTeam
      : Array.from(m.tplQualified.subarray(m.tplQualifiedStart[p]!, m.tplQualifiedStart[p + 1]!)).filter((t) => m.tAllowedHalves[t]! >= halves);
    let roomMax = 0;
    let trainerMax = 0;
    for (const [d, xc] of x.dates) {
      const inRoom: Term[] = [];
      for (const r of roomIds) {
        if (m.rUnavailable[r * D + d]) continue;
        const cost = weights.roomFit * m.roomFitExcess[c * m.roomCount + r]!;
        roomMax = Math.max(roomMax, cost);
        const col = lp.binary(`v${s}_${d}_${r}`, cost);
        x.rooms.push({ day: d, id: r, col });
        inRoom.push([1, col]);
        pushTo(roomDays, r * D + d, { col, slot, venue });
      }
      lp.row(`roomOnItsDay${s}_${d}`, [...inRoom, [-1, xc]], '<=', 0);
      const team: Term[] = [];
      for (const t of trainerIds) {
        if (t < 0 || m.tUnavailable[t * D + d]) continue;
        const travel = m.regionDistance[m.tRegion[t]! * REGIONS.length + m.cRegion[c]!]!;
        const cost = halves * (weights.travel * travel + weights.cost * m.tCostUnits[t]!);
        trainerMax = Math.max(trainerMax, cost);
        const col = lp.binary(`w${s}_${d}_${t}`, cost);
        x.trainers.push({ day: d, id: t, col });
        team.push([1, col]);
        pushTo(trainerDays, t * D + d, { col, slot, venue });
        pushTo(trainerLoad, t, [halves, col] as const);
        let byTrainer = teaches.get(c);
        if (!byTrainer) teaches.set(c, (byTrainer = new Map()));
        let bySession = byTrainer.get(t);
        if (!bySession) byTrainer.set(t, (bySession = new Map()));
        pushTo(bySession, s, col);
      }
      lp.row(`teamOnItsDay${s}_${d}`, [...team, [-x.need, xc]], '<=', 0);
    }
    // A session with a locked room or team must be assigned: leaving it would drop the locked value.
    x.slack = roomLocked || trainersLocked ? null : lp.binary(`z${s}`);
    if (!x.slack && (x.trainers.length === 0 || (x.atCentre && x.rooms.length === 0))) {
      throw new HoldplanError('invalid-input', `The dates-free reference cannot model session ${at(s).id}: its locked room or trainers are unavailable on every date it may take.`);
    }
    const slack: Term[] = x.slack ? [[1, x.slack]] : [];
    if (x.atCentre) lp.row(`room${s}`, [...ones(x.rooms), ...slack], '=', 1);
    lp.row(`team${s}`, [...ones(x.trainers), ...slack.map(([, col]) => [x.need, col] as const)], '=', x.need);
    unassignedBound += x.need * (weights.continuity + weights.fairLoad * halves + trainerMax) + roomMax;
  }
  const unassignedCost = unassignedBound + 1;
  for (const x of modelled.values()) if (x.slack) lp.addCost(x.slack, unassignedCost);

  for (const [key, bookings] of roomDays) noOverlapRows(lp, `roomDoubleBooked_${Math.floor(key / D)}_${key % D}`, bookings);
  for (const [key, bookings] of trainerDays) {
    noOverlapRows(lp, `trainerDoubleBooked_${Math.floor(key / D)}_${key % D}`, bookings);
    oneVenueRows(lp, `trainerTwoVenuesSameDay_${Math.floor(key / D)}_${key % D}`, bookings);
  }

  const sum = (terms: readonly Term[], value: (col: string) => number) => terms.reduce((acc, [coef, col]) => acc + coef * value(col), 0);
  for (const [t, load] of trainerLoad) {
    const most = load.reduce((acc, [h]) => acc + h, 0);
    if (most > m.tAllowedHalves[t]!) lp.row(`trainerOverMaxDays_${t}`, load, '<=', m.tAllowedHalves[t]!);
    const fair = m.tFairHalves[t]!;
    if (weights.fairLoad > 0 && most > fair) {
      const f = lp.continuous(`f${t}`, weights.fairLoad);
      lp.row(`fairLoad_${t}`, [[1, f], ...load.map(([h, col]) => [-h, col] as const)], '>=', -fair);
      derived.push({ col: f, value: (value) => Math.max(0, sum(load, value) - fair) });
    }
  }

  if (weights.continuity > 0) {
    for (const [c, byTrainer] of teaches) {
      const needed = m.cNeeded[c]!;
      if (byTrainer.size <= needed) continue;
      const used: Term[] = [];
      for (const [t, bySession] of byTrainer) {
        const u = lp.binary(`u${c}_${t}`);
        used.push([1, u]);
        const all: string[] = [];
        for (const [s, cols] of bySession) {
          all.push(...cols);
          lp.row(`teachesCohort${c}_${t}_${s}`, [[1, u], ...cols.map((col) => [-1, col] as const)], '>=', 0);
        }
        derived.push({ col: u, value: (value) => (all.some((col) => value(col) > 0.5) ? 1 : 0) });
      }
      const e = lp.continuous(`e${c}`, weights.continuity);
      lp.row(`continuity_${c}`, [[1, e], ...used.map(([, u]) => [-1, u] as const)], '>=', -needed);
      derived.push({ col: e, value: (value) => Math.max(0, sum(used, value) - needed) });
    }
  }

  const on = (solution: MipSolution, col: string) => (solution.get(col) ?? 0) > 0.5;

  return {
    lp: lp.toString(),
    size: { columns: lp.columnCount, rows: lp.rowCount, integers: lp.integerCount, sessions: modelled.size },
    unassignedCost,
    fixedUnassigned,
    objectiveOffset,
    constantGoals: ['stability'],
    integralObjective: lp.integralObjective,
    evaluate: (values) => lp.evaluate(values),
    unassigned: (solution) => fixedUnassigned + [...modelled.values()].filter((x) => x.slack !== null && on(solution, x.slack)).length,
    objectiveOf(check) {
      const stability = check.totals.find((t) => t.rule === 'stability')?.penalty ?? 0;
      return check.score.soft - stability - objectiveOffset + unassignedCost * (check.score.unassigned - fixedUnassigned);
    },
    decode(solution) {
      const sessions = plan.sessions.map((s, i): Session => {
        const x = modelled.get(i);
        if (!x) {
          if (m.sDeferred[i]) return s;
          const day = constantDay.get(i) ?? NONE;
          return {
            ...s,
            date: day === NONE ? null : isoOfDay(m, day),
            roomId: m.sLocks[i]! & LOCK_ROOM ? s.roomId : null,
            trainerIds: m.sLocks[i]! & LOCK_TRAINERS ? s.trainerIds : [],
          };
        }
        const day = [...x.dates].find(([, col]) => on(solution, col))?.[0];
        const room = x.rooms.find((r) => r.day === day && on(solution, r.col));
        const team = x.trainers.filter((t) => t.day === day && on(solution, t.col));
        return {
          ...s,
          date: day === undefined ? null : isoOfDay(m, day),
          roomId: room ? m.roomIds[room.id]! : null,
          trainerIds: team.map((t) => m.trainerIds[t.id]!),
        };
      });
      return { ...plan, sessions };
    },
    encode(given) {
      const values = new Map<string, number>();
      const unrepresentable: string[] = [];
      const byId = new Map(given.sessions.map((s) => [s.id, s]));
      for (const x of modelled.values()) {
        const id = m.sessionIds[x.s]!;
        const s = byId.get(id);
        const day = s?.date ? dayNumber(s.date) - m.dayBase : NONE;
        const xc = x.dates.get(day);
        if (!s || xc === undefined) {
          unrepresentable.push(`${id}: date ${s?.date ?? 'none'} is not among its candidate dates`);
          continue;
        }
        values.set(xc, 1);
        const room = x.rooms.find((r) => r.day === day && m.roomIds[r.id] === s.roomId);
        const team = x.trainers.filter((t) => t.day === day && s.trainerIds.includes(m.trainerIds[t.id]!));
        const complete = (room !== undefined) === x.atCentre && team.length === x.need && s.trainerIds.length === x.need;
        if (complete) {
          if (room) values.set(room.col, 1);
          for (const t of team) values.set(t.col, 1);
        } else if (x.slack && s.roomId === null && s.trainerIds.length === 0) {
          values.set(x.slack, 1);
        } else {
          unrepresentable.push(`${id}: room ${s.roomId ?? 'none'} and trainers [${s.trainerIds.join(', ')}] are not among its choices on ${s.date}`);
        }
      }
      const value = (col: string) => values.get(col) ?? 0;
      for (const { col, value: of } of derived) values.set(col, of(value));
      return { values, unrepresentable };
    },
  };
}
