// Rooms solved exactly, one centre-day at a time. Once the dates are fixed, a
// session's room touches no soft goal but room fit and (with a baseline) the
// room part of stability, and no hard rule beyond its own day's rooms: so the
// best rooms of a centre-day are a tiny assignment problem (a handful of
// sessions, under ten rooms) that a branch and bound settles outright, where
// random room moves drift while the search is busy with dates and trainers.
import type { ChangeLog } from './changeLog';
import * as model from './model';
import type { Model } from './model';
import type { Variables } from './variables';

const { NONE, NOT_IN_BASELINE, SLOT_AM, SLOT_PM } = model;

/** Movable sessions beyond this on one centre-day: the day is left as it is. */
const MAX_SESSIONS = 32;
/**
 * Search nodes per centre-day. Every day of the term demo finishes well within it;
 * a few of the large demo's busiest (10–12 sessions, about 10 ms each) reach it and
 * keep the best assignment found by then, still better than the day's own (the
 * caller checks it with the scorer).
 */
const NODE_CAP = 200_000;

interface CentreRooms {
  /** Rooms of centre c are rooms[start[c] .. start[c + 1]). */
  start: Int32Array;
  rooms: Int32Array;
  /** A room's position within its centre's list. */
  local: Int32Array;
}

const centreRoomsOf = new WeakMap<Model, CentreRooms>();

function centreRooms(m: Model): CentreRooms {
  let cached = centreRoomsOf.get(m);
  if (cached) return cached;
  const start = new Int32Array(m.centreCount + 1);
  for (let r = 0; r < m.roomCount; r++) start[m.rCentre[r]! + 1]!++;
  for (let c = 0; c < m.centreCount; c++) start[c + 1] = start[c + 1]! + start[c]!;
  const fill = Int32Array.from(start);
  const rooms = new Int32Array(m.roomCount);
  const local = new Int32Array(m.roomCount);
  for (let r = 0; r < m.roomCount; r++) {
    const c = m.rCentre[r]!;
    local[r] = fill[c]! - start[c]!;
    rooms[fill[c]!++] = r;
  }
  cached = { start, rooms, local };
  centreRoomsOf.set(m, cached);
  return cached;
}

/** Which halves of the day a slot takes: bit 1 the morning, bit 2 the afternoon. */
function halvesMask(slot: number): number {
  return slot === SLOT_AM ? 1 : slot === SLOT_PM ? 2 : 3;
}

/**
 * What giving session s room r costs, exactly as the scorer counts it: room fit
 * (weight × empty seats beyond the tolerance) and, when the plan has a baseline
 * that knows s, one stability change when r is not its baseline room.
 */
export function roomCost(log: ChangeLog, s: number, r: number): number {
  const m = log.model;
  const w = log.scorer.weights;
  const c = m.sCohort[s]!;
  let cost = m.sDeferred[s] ? 0 : w.roomFit * m.roomFitExcess[c * m.roomCount + r]!;
  if (m.hasBaseline && w.stability && m.bDay[s] !== NOT_IN_BASELINE && m.bRoom[s] !== r) cost += w.stability;
  return cost;
}

// Scratch: the movable sessions of a day, their halves, their candidates (local
// room and cost, cheapest first), the search order and state; the candidates and
// the rooms' occupied halves grow on demand.
const movable = new Int32Array(MAX_SESSIONS);
const maskOf = new Uint8Array(MAX_SESSIONS);
const order = new Int32Array(MAX_SESSIONS);
const candStart = new Int32Array(MAX_SESSIONS + 1);
const choice = new Int32Array(MAX_SESSIONS);
const bestChoice = new Int32Array(MAX_SESSIONS);
let candRoom = new Int32Array(256);
let candCost = new Float64Array(256);
let occupied = new Uint8Array(16);

interface Search {
  n: number;
  best: number;
  nodes: number;
  found: boolean;
  /** A proven lower bound: a plan that reaches it ends the search. */
  floor: number;
}

/** Tolerance for the floor, whose full-day halves may be fractions. */
const EPSILON = 1e-9;

/**
 * A lower bound on what the sessions from `depth` on add: each one's cheapest room
 * not yet taken for its halves; Infinity when one has none left.
 */
function restBound(n: number, depth: number): number {
  let sum = 0;
  for (let d = depth; d < n; d++) {
    const s = order[d]!;
    const mask = maskOf[s]!;
    let i = candStart[s]!;
    const end = candStart[s + 1]!;
    while (i < end && occupied[candRoom[i]!]! & mask) i++;
    if (i === end) return Infinity;
    sum += candCost[i]!;
  }
  return sum;
}

function branch(x: Search, depth: number, costSoFar: number): void {
  if (x.nodes++ >= NODE_CAP || x.best <= x.floor + EPSILON) return;
  if (depth === x.n) {
    if (costSoFar < x.best) {
      x.best = costSoFar;
      x.found = true;
      bestChoice.set(choice.subarray(0, x.n));
    }
    return;
  }
  const rest = restBound(x.n, depth + 1);
  const s = order[depth]!;
  const mask = maskOf[s]!;
  for (let i = candStart[s]!; i < candStart[s + 1]!; i++) {
    const cost = costSoFar + candCost[i]!;
    // Candidates are cheapest first: once one cannot beat the best, none after it can.
    if (cost + rest >= x.best) return;
    const r = candRoom[i]!;
    if (occupied[r]! & mask) continue;
    occupied[r] = occupied[r]! | mask;
    choice[s] = i;
    branch(x, depth + 1, cost);
    occupied[r] = occupied[r]! & ~mask;
    if (x.nodes >= NODE_CAP || x.best <= x.floor + EPSILON) return;
  }
}

/** Stands for "no such room" in the matching: larger than any sum of real costs. */
const FORBIDDEN = 1e12;

/**
 * A lower bound for the whole day: each half of the day is a matching of the
 * sessions that take it to distinct free rooms, a full day paying half its cost in
 * each. Any valid assignment gives both matchings, so their optimal sum is no more
 * than its cost; Infinity when one half has no matching at all.
 */
function dayFloor(n: number, roomCount: number): number {
  let sum = 0;
  for (const half of [1, 2]) {
    const rows: number[] = [];
    for (let j = 0; j < n; j++) if (maskOf[j]! & half) rows.push(j);
    if (rows.length === 0) continue;
    if (rows.length > roomCount) return Infinity;
    const cost = new Float64Array(rows.length * roomCount).fill(FORBIDDEN);
    rows.forEach((j, row) => {
      const share = maskOf[j] === 3 ? 0.5 : 1;
      for (let i = candStart[j]!; i < candStart[j + 1]!; i++) {
        if (!(occupied[candRoom[i]!]! & half)) cost[row * roomCount + candRoom[i]!] = share * candCost[i]!;
      }
    });
    const least = minCostMatching(cost, rows.length, roomCount);
    if (least >= FORBIDDEN / 2) return Infinity;
    sum += least;
  }
  return sum;
}

/** The least total cost of giving each of `rows` rows its own column (rows ≤ cols): the Hungarian method. */
function minCostMatching(cost: Float64Array, rows: number, cols: number): number {
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const rowOfCol = new Int32Array(cols + 1);
  const way = new Int32Array(cols + 1);
  const minv = new Float64Array(cols + 1);
  const used = new Uint8Array(cols + 1);
  for (let row = 1; row <= rows; row++) {
    rowOfCol[0] = row;
    let col0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[col0] = 1;
      const row0 = rowOfCol[col0]!;
      let delta = Infinity;
      let col1 = 0;
      for (let col = 1; col <= cols; col++) {
        if (used[col]) continue;
        const reduced = cost[(row0 - 1) * cols + col - 1]! - u[row0]! - v[col]!;
        if (reduced < minv[col]!) {
          minv[col] = reduced;
          way[col] = col0;
        }
        if (minv[col]! < delta) {
          delta = minv[col]!;
          col1 = col;
        }
      }
      for (let col = 0; col <= cols; col++) {
        if (used[col]) {
          u[rowOfCol[col]!] = u[rowOfCol[col]!]! + delta;
          v[col] = v[col]! - delta;
        } else minv[col] = minv[col]! - delta;
      }
      col0 = col1;
    } while (rowOfCol[col0] !== 0);
    do {
      const col1 = way[col0]!;
      rowOfCol[col0] = rowOfCol[col1]!;
      col0 = col1;
    } while (col0 !== 0);
  }
  return -v[0]!;
}

/** Room for a centre's rooms and a day's candidates; the candidates listed so far are kept. */
function grow(rooms: number, cands: number): void {
  if (occupied.length < rooms) occupied = new Uint8Array(rooms * 2);
  if (candRoom.length < cands) {
    const roomsBefore = candRoom;
    const costsBefore = candCost;
    candRoom = new Int32Array(cands * 2);
    candCost = new Float64Array(cands * 2);
    candRoom.set(roomsBefore);
    candCost.set(costsBefore);
  }
}

/**
 * Gives the sessions of one centre-day whose room may change the rooms of least
 * total cost (roomCost) that keep every room of the centre free of overlaps and
 * open that day; sessions whose room may not change keep it and hold its halves.
 * Changes go through the log and stay pending. Says whether it changed anything:
 * it does only when the new rooms cost strictly less than the day's own (or the
 * day's own overlap or use a closed room).
 */
export function bestRoomsOfDay(log: ChangeLog, vars: Variables, centre: number, day: number): boolean {
  const m = log.model;
  const D = m.dayCount;
  const { start, rooms, local } = centreRooms(m);
  const from = start[centre]!;
  const roomCount = start[centre + 1]! - from;
  grow(roomCount, 0);
  occupied.fill(0, 0, roomCount);

  let n = 0;
  for (let i = from; i < from + roomCount; i++) {
    const r = rooms[i]!;
    for (let o = m.rdHead[r * D + day]!; o !== NONE; o = m.sNext[o]!) {
      if (vars.canRoom[o] && m.cCentre[m.sCohort[o]!] === centre) {
        if (n === MAX_SESSIONS) return false;
        movable[n++] = o;
      } else occupied[i - from] = occupied[i - from]! | halvesMask(m.sSlot[o]!);
    }
  }
  if (n === 0) return false;

  // Candidates per session, cheapest first (ties: smaller room first, as sRoomCands lists them).
  let currentCost = 0;
  let currentValid = true;
  let cands = 0;
  for (let j = 0; j < n; j++) {
    const s = movable[j]!;
    maskOf[j] = halvesMask(m.sSlot[s]!);
    const count = m.sRoomCandStart[s + 1]! - m.sRoomCandStart[s]!;
    grow(roomCount, cands + count);
    candStart[j] = cands;
    for (let k = m.sRoomCandStart[s]!; k < m.sRoomCandStart[s + 1]!; k++) {
      const r = m.sRoomCands[k]!;
      if (m.rUnavailable[r * D + day]) continue;
      const cost = roomCost(log, s, r);
      let at = cands++;
      while (at > candStart[j]! && candCost[at - 1]! > cost) {
        candRoom[at] = candRoom[at - 1]!;
        candCost[at] = candCost[at - 1]!;
        at--;
      }
      candRoom[at] = local[r]!;
      candCost[at] = cost;
    }
    if (cands === candStart[j]) return false;
    const room = m.sRoom[s]!;
    currentCost += roomCost(log, s, room);
    if (m.rCentre[room] !== centre || m.rUnavailable[room * D + day] || m.tplEquipMissing[m.sTemplate[s]! * m.roomCount + room] || m.rCapacity[room]! < m.cParticipants[m.sCohort[s]!]!) currentValid = false;
  }
  candStart[n] = cands;
  if (currentValid) currentValid = noOverlap(m, n, roomCount, local);

  // Full days first (they block both halves), then the sessions with fewest rooms to choose from.
  for (let j = 0; j < n; j++) order[j] = j;
  const key = (j: number) => (maskOf[j] === 3 ? 0 : 1000) + candStart[j + 1]! - candStart[j]!;
  order.subarray(0, n).sort((a, b) => key(a) - key(b) || a - b);

  const floor = dayFloor(n, roomCount);
  // No valid rooms for the day, or its own are already as good as can be.
  if (floor === Infinity || (currentValid && currentCost <= floor + EPSILON)) return false;
  const search: Search = { n, best: currentValid ? currentCost : Infinity, nodes: 0, found: false, floor };
  branch(search, 0, 0);
  if (!search.found) return false;
  for (let j = 0; j < n; j++) log.setRoom(movable[j]!, rooms[from + candRoom[bestChoice[j]!]!]!);
  return true;
}

/** Do the movable sessions' current rooms overlap each other or a fixed session? (`occupied` holds the fixed ones.) */
function noOverlap(m: Model, n: number, roomCount: number, local: Int32Array): boolean {
  const taken = occupied.slice(0, roomCount);
  for (let j = 0; j < n; j++) {
    const i = local[m.sRoom[movable[j]!]!]!;
    if (taken[i]! & maskOf[j]!) return false;
    taken[i] = taken[i]! | maskOf[j]!;
  }
  return true;
}

export interface PolishResult {
  /** Centre-days looked at. */
  days: number;
  /** Centre-days whose rooms changed. */
  improved: number;
}

/**
 * Puts every centre-day of the plan on its best rooms (bestRoomsOfDay), keeping a
 * day's new rooms only when the scorer agrees the plan's cost did not rise (it
 * cannot: the per-day cost is the scorer's own; the check guards that promise).
 * The changes stay pending in the log, for the caller to commit.
 */
export function polishRooms(log: ChangeLog, vars: Variables): PolishResult {
  const m = log.model;
  const scorer = log.scorer;
  const D = m.dayCount;
  const seen = new Uint8Array(m.centreCount * D);
  let days = 0;
  let improved = 0;
  for (const s of vars.roomSessions) {
    const day = m.sDay[s]!;
    const centre = m.cCentre[m.sCohort[s]!]!;
    if (day === NONE || m.sRoom[s] === NONE || centre < 0 || seen[centre * D + day]) continue;
    seen[centre * D + day] = 1;
    days++;
    const mark = log.size;
    const before = scorer.cost();
    if (!bestRoomsOfDay(log, vars, centre, day)) continue;
    if (scorer.cost() > before) log.undoTo(mark);
    else improved++;
  }
  return { days, improved };
}
