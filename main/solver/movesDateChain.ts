// A way out of a dead end the other escapes miss: an unassigned day whose cohort
// neighbours leave it no legal date. Large demo, data seed 3: day 6 of a course
// must fall one to three days after day 5, which the construction put on the
// Wednesday before Easter (Maundy Thursday, Good Friday, the weekend and Easter
// Monday follow), so every solver seed but one kept that day unassigned for 90 s.
// This move gives the binding neighbour another legal date that opens one for the
// stuck day, dates both, and fills their rooms and trainers from what is free.
import { roomFree } from './availability';
import type { ChangeLog } from './changeLog';
import { fillTrainers } from './construct';
import * as model from './model';
import type { Model } from './model';
import { legalBetween, randomUnassigned, type MoveContext } from './moves';
import { randomOf } from './randomOf';
import type { Variables } from './variables';

const { NONE } = model;

/** New dates tried for the neighbour per move. */
const TRIES = 12;

/** The days s may take given its cohort's other dated days (min gaps, and max gaps where every gap has one); `skip` counts as undated. */
function window(m: Model, s: number, skip: number): [earliest: number, latest: number] {
  const c = m.sCohort[s]!;
  const p = m.sTemplate[s]!;
  let earliest = 0;
  let latest = m.dayCount - 1;
  for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
    const o = m.cSessions[i]!;
    const od = m.sDay[o]!;
    if (o === s || o === skip || od === NONE) continue;
    const q = m.sTemplate[o]!;
    const before = m.sDayIndex[o]! < m.sDayIndex[s]!;
    const [a, b] = before ? [q, p] : [p, q];
    const least = m.tplMinPrefix[b]! - m.tplMinPrefix[a]!;
    const bounded = m.tplMaxMissingPrefix[a] === m.tplMaxMissingPrefix[b];
    const most = m.tplMaxPrefix[b]! - m.tplMaxPrefix[a]!;
    if (before) {
      earliest = Math.max(earliest, od + least);
      if (bounded) latest = Math.min(latest, od + most);
    } else {
      latest = Math.min(latest, od - least);
      if (bounded) earliest = Math.max(earliest, od - most);
    }
  }
  return [earliest, latest];
}

/** Dates s on d and gives it the first free fitting room and free trainers. */
function placeOn(log: ChangeLog, vars: Variables, s: number, d: number): void {
  const m = log.model;
  log.setDate(s, d);
  if (vars.canRoom[s]) {
    log.setRoom(s, NONE);
    for (let j = m.sRoomCandStart[s]!; j < m.sRoomCandStart[s + 1]!; j++) {
      if (roomFree(m, m.sRoomCands[j]!, s, d)) {
        log.setRoom(s, m.sRoomCands[j]!);
        break;
      }
    }
  }
  for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) if (vars.canSlot[k]) log.setTrainer(k, NONE);
  fillTrainers(log, vars, s);
}

export function mendDateChain(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  const s = randomUnassigned(x);
  if (s === NONE || !vars.canDate[s]) return false;
  const c = m.sCohort[s]!;
  const [lo, hi] = legalBetween(m, c, ...window(m, s, NONE));
  if (lo < hi) return false;
  // The neighbour before or after it, dated and free to move (either, at random, when both are).
  let n = NONE;
  let sides = 0;
  for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
    const o = m.cSessions[i]!;
    if (Math.abs(m.sDayIndex[o]! - m.sDayIndex[s]!) !== 1 || !vars.canDate[o] || m.sDay[o] === NONE) continue;
    if (rng.next() * ++sides < 1) n = o;
  }
  if (n === NONE) return false;
  const [nLo, nHi] = legalBetween(m, c, ...window(m, n, s));
  const old = m.sDay[n]!;
  for (let t = 0; t < TRIES && nLo < nHi; t++) {
    const d = randomOf(rng, m.cLegal, nLo, nHi);
    if (d === old) continue;
    log.setDate(n, d);
    const [sLo, sHi] = legalBetween(m, c, ...window(m, s, NONE));
    if (sLo < sHi) {
      placeOn(log, vars, n, d);
      placeOn(log, vars, s, randomOf(rng, m.cLegal, sLo, sHi));
      return true;
    }
    log.setDate(n, old);
  }
  return false;
}
