// The construction heuristic: most-constrained cohorts first, each cohort's days
// placed together in course order, each day on the free date nearest to even
// spacing over the window, then the smallest free room that fits and the
// trainers that cost least (the cohort's own trainers first, through continuity).
// It only fills values that are unset and changeable.
import { onSession, roomFree, trainerFree } from './availability';
import type { ChangeLog } from './changeLog';
import * as model from './model';
import { polishCohortTrainers } from './movesBest';
import type { Model } from './model';
import type { Variables } from './variables';

const { NONE } = model;

export function constructionOrder(m: Model, vars: Variables): Int32Array {
  const key = new Float64Array(m.cohortCount);
  for (const c of vars.cohorts) {
    let tightest = Infinity;
    for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
      const s = m.cSessions[i]!;
      const p = m.sTemplate[s]!;
      const required = m.sRequired[s]!;
      if (required > 0) tightest = Math.min(tightest, (m.tplQualifiedStart[p + 1]! - m.tplQualifiedStart[p]!) / required);
      if (m.cCentre[c]! >= 0) tightest = Math.min(tightest, 4 * (m.sRoomCandStart[s + 1]! - m.sRoomCandStart[s]!));
    }
    const legal = m.cLegalStart[c + 1]! - m.cLegalStart[c]!;
    const days = m.cSessionStart[c + 1]! - m.cSessionStart[c]!;
    key[c] = tightest * Math.max(1, legal / Math.max(1, days));
  }
  return Int32Array.from(vars.cohorts).sort((a, b) => key[a]! - key[b]! || a - b);
}

export function construct(log: ChangeLog, vars: Variables, order: Int32Array): void {
  for (const c of order) {
    placeCohort(log, vars, c);
    polishCohortTrainers(log, vars, c);
    log.commit();
  }
}

/**
 * Days later or earlier than even spacing, tried in turn when a cohort does not
 * fit: a two-day module whose second day finds no trainer often fits a week on.
 */
export const TARGET_SHIFTS = [0, 7, -7, 14, 3, -14, 21, -3];

/** Places every unset, changeable value of one cohort, shifting its dates until all of its days fit. */
export function placeCohort(log: ChangeLog, vars: Variables, c: number): void {
  const m = log.model;
  const mark = log.size;
  let best = 0;
  let fewest = Infinity;
  for (let i = 0; i < TARGET_SHIFTS.length; i++) {
    placeCohortAt(log, vars, c, TARGET_SHIFTS[i]!);
    let missing = 0;
    for (let j = m.cSessionStart[c]!; j < m.cSessionStart[c + 1]!; j++) {
      const s = m.cSessions[j]!;
      if (!m.sDeferred[s] && !log.scorer.isAssigned(s)) missing++;
    }
    if (missing === 0) return;
    if (missing < fewest) {
      fewest = missing;
      best = i;
    }
    log.undoTo(mark);
  }
  placeCohortAt(log, vars, c, TARGET_SHIFTS[best]!);
}

/** One attempt: every day aimed `shift` days off even spacing. */
export function placeCohortAt(log: ChangeLog, vars: Variables, c: number, shift: number): void {
  const m = log.model;
  const first = m.cSessionStart[c]!;
  const last = m.cSessionStart[c + 1]!;
  const n = m.cCourseDays[c]!;
  const ws = m.cWindowStart[c]!;
  const lastDay = Math.min(m.termEnd, m.cWindowEnd[c]!);
  let lastNonDeferred = NONE;
  for (let i = first; i < last; i++) if (!m.sDeferred[m.cSessions[i]!]) lastNonDeferred = m.cSessions[i]!;
  let prev = NONE;
  for (let i = first; i < last; i++) {
    const s = m.cSessions[i]!;
    if (m.sDeferred[s]) continue;
    const p = m.sTemplate[s]!;
    if (m.sDay[s] === NONE && vars.canDate[s]) {
      let earliest = Math.max(m.termStart, ws, 0);
      let latest = lastDay;
      if (lastNonDeferred !== NONE) latest = Math.min(latest, lastDay - (m.tplMinPrefix[m.sTemplate[lastNonDeferred]!]! - m.tplMinPrefix[p]!));
      if (prev !== NONE) {
        const pp = m.sTemplate[prev]!;
        earliest = Math.max(earliest, m.sDay[prev]! + m.tplMinPrefix[p]! - m.tplMinPrefix[pp]!);
        if (m.tplMaxMissingPrefix[p] === m.tplMaxMissingPrefix[pp]) latest = Math.min(latest, m.sDay[prev]! + m.tplMaxPrefix[p]! - m.tplMaxPrefix[pp]!);
      }
      for (let j = i + 1; j < last; j++) {
        const next = m.cSessions[j]!;
        if (m.sDay[next] === NONE) continue;
        latest = Math.min(latest, m.sDay[next]! - (m.tplMinPrefix[m.sTemplate[next]!]! - m.tplMinPrefix[p]!));
        break;
      }
      if (latest < earliest) latest = Math.max(earliest, lastDay);
      const target = Math.max(earliest, shift + ws + (n > 1 ? Math.floor(((m.cWindowEnd[c]! - ws) * m.sDayIndex[s]!) / (n - 1)) : 0));
      const day = chooseDay(m, vars, s, earliest, latest, Math.min(target, latest));
      if (day !== NONE) log.setDate(s, day);
    }
    const d = m.sDay[s]!;
    if (d !== NONE) {
      prev = s;
      fillRoom(log, vars, s);
      fillTrainers(log, vars, s);
    }
  }
}

/** The legal day in [earliest, latest] nearest to target on which a room and enough trainers are free. */
function chooseDay(m: Model, vars: Variables, s: number, earliest: number, latest: number, target: number): number {
  const c = m.sCohort[s]!;
  const from = m.cLegalStart[c]!;
  const to = m.cLegalStart[c + 1]!;
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.cLegal[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  let up = lo;
  let down = lo - 1;
  while (true) {
    const upDay = up < to ? m.cLegal[up]! : Infinity;
    const downDay = down >= from ? m.cLegal[down]! : -Infinity;
    const upOk = upDay <= latest;
    const downOk = downDay >= earliest;
    if (!upOk && !downOk) return NONE;
    // Later rather than earlier on a tie: bunching is what spread penalises.
    const takeUp = upOk && (!downOk || upDay - target <= target - downDay);
    const d = takeUp ? upDay : downDay;
    if (takeUp) up++;
    else down--;
    if (dayWorks(m, vars, s, d)) return d;
  }
}

function dayWorks(m: Model, vars: Variables, s: number, d: number): boolean {
  if (vars.canRoom[s] && m.sRoom[s] === NONE) {
    let free = false;
    for (let i = m.sRoomCandStart[s]!; i < m.sRoomCandStart[s + 1]! && !free; i++) free = roomFree(m, m.sRoomCands[i]!, s, d);
    if (!free) return false;
  }
  let needed = 0;
  for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) if (vars.canSlot[k] && m.slotTrainer[k] === NONE) needed++;
  needed = Math.min(needed, m.sRequired[s]!);
  if (needed === 0) return true;
  const p = m.sTemplate[s]!;
  for (let i = m.tplQualifiedStart[p]!; i < m.tplQualifiedStart[p + 1]!; i++) {
    const t = m.tplQualified[i]!;
    if (trainerFree(m, t, s, d) && !onSession(m, t, s) && --needed === 0) return true;
  }
  return false;
}

function fillRoom(log: ChangeLog, vars: Variables, s: number): void {
  const m = log.model;
  if (!vars.canRoom[s] || m.sRoom[s] !== NONE) return;
  const d = m.sDay[s]!;
  for (let i = m.sRoomCandStart[s]!; i < m.sRoomCandStart[s + 1]!; i++) {
    const r = m.sRoomCands[i]!;
    if (roomFree(m, r, s, d)) {
      log.setRoom(s, r);
      return;
    }
  }
}

/** Fills the session's empty changeable slots, up to the number required, with the cheapest free qualified trainers. */
export function fillTrainers(log: ChangeLog, vars: Variables, s: number, limit = Infinity, offset = 0): void {
  const m = log.model;
  const scorer = log.scorer;
  const d = m.sDay[s]!;
  const p = m.sTemplate[s]!;
  let listed = 0;
  for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) if (m.slotTrainer[k] !== NONE) listed++;
  for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]! && listed < m.sRequired[s]!; k++) {
    if (!vars.canSlot[k] || m.slotTrainer[k] !== NONE) continue;
    let best = NONE;
    let bestCost = Infinity;
    let tried = 0;
    const qFrom = m.tplQualifiedStart[p]!;
    const qCount = m.tplQualifiedStart[p + 1]! - qFrom;
    for (let j = 0; j < qCount && tried < limit; j++) {
      const t = m.tplQualified[qFrom + ((j + offset) % qCount)]!;
      if (!trainerFree(m, t, s, d) || onSession(m, t, s)) continue;
      tried++;
      scorer.setTrainer(k, t);
      const cost = scorer.cost();
      scorer.setTrainer(k, NONE);
      if (cost < bestCost) {
        bestCost = cost;
        best = t;
      }
    }
    if (best === NONE) return;
    log.setTrainer(k, best);
    listed++;
  }
}
