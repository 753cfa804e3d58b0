// Which planned values the search may change: in `fill` only the unset ones, in
// `optimise` all; never a locked value, never a deferred day (it belongs to a
// later term), never a room at a customer's site, and nothing of a session no
// assignment can complete (its values would only hold trainers and rooms others need).
import { LOCK_DATE, LOCK_ROOM, LOCK_TRAINERS, NONE, type Model } from './model';
import type { SolveMode } from './types';

export interface Variables {
  readonly canDate: Uint8Array;
  readonly canRoom: Uint8Array;
  readonly canSlot: Uint8Array;
  /** Sessions with at least one changeable value. */
  readonly sessions: Int32Array;
  readonly dateSessions: Int32Array;
  readonly roomSessions: Int32Array;
  readonly slots: Int32Array;
  /** Cohorts with at least one changeable value. */
  readonly cohorts: Int32Array;
}

/** 1 for sessions no assignment can complete: no legal date, no room that fits, too few qualified trainers. */
export function impossibleSessions(m: Model): Uint8Array {
  const out = new Uint8Array(m.sessionCount);
  for (let s = 0; s < m.sessionCount; s++) {
    if (m.sDeferred[s]) continue;
    const c = m.sCohort[s]!;
    const p = m.sTemplate[s]!;
    const noDay = m.cLegalStart[c] === m.cLegalStart[c + 1];
    const noRoom = m.cCentre[c]! >= 0 && m.sRoomCandStart[s] === m.sRoomCandStart[s + 1];
    const fewTrainers = m.tplQualifiedStart[p + 1]! - m.tplQualifiedStart[p]! < m.sRequired[s]!;
    if (noDay || noRoom || fewTrainers) out[s] = 1;
  }
  return out;
}

export function findVariables(m: Model, mode: SolveMode, impossible: Uint8Array): Variables {
  const S = m.sessionCount;
  const canDate = new Uint8Array(S);
  const canRoom = new Uint8Array(S);
  const canSlot = new Uint8Array(m.slotTrainer.length);
  const sessions: number[] = [];
  const dateSessions: number[] = [];
  const roomSessions: number[] = [];
  const slots: number[] = [];
  const cohorts = new Set<number>();
  for (let s = 0; s < S; s++) {
    if (m.sDeferred[s] || impossible[s]) continue;
    const locks = m.sLocks[s]!;
    const fill = mode === 'fill';
    if (!(locks & LOCK_DATE) && (!fill || m.sDay[s] === NONE)) canDate[s] = 1;
    if (!(locks & LOCK_ROOM) && m.cCentre[m.sCohort[s]!]! >= 0 && (!fill || m.sRoom[s] === NONE)) canRoom[s] = 1;
    let anySlot = false;
    if (!(locks & LOCK_TRAINERS)) {
      for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) {
        if (fill && m.slotTrainer[k] !== NONE) continue;
        canSlot[k] = 1;
        slots.push(k);
        anySlot = true;
      }
    }
    if (canDate[s]) dateSessions.push(s);
    if (canRoom[s]) roomSessions.push(s);
    if (canDate[s] || canRoom[s] || anySlot) {
      sessions.push(s);
      cohorts.add(m.sCohort[s]!);
    }
  }
  return {
    canDate,
    canRoom,
    canSlot,
    sessions: Int32Array.from(sessions),
    dateSessions: Int32Array.from(dateSessions),
    roomSessions: Int32Array.from(roomSessions),
    slots: Int32Array.from(slots),
    cohorts: Int32Array.from([...cohorts].sort((a, b) => a - b)),
  };
}

/**
 * The variables of a fenced run (repair): exactly the values marked in the masks,
 * less any the planner locked, a deferred day's, a room at a customer's site and
 * the values of sessions no assignment can complete.
 */
export function fencedVariables(m: Model, canDate: Uint8Array, canRoom: Uint8Array, canSlot: Uint8Array, impossible: Uint8Array): Variables {
  const date = new Uint8Array(m.sessionCount);
  const room = new Uint8Array(m.sessionCount);
  const slot = new Uint8Array(m.slotTrainer.length);
  const sessions: number[] = [];
  const dateSessions: number[] = [];
  const roomSessions: number[] = [];
  const slots: number[] = [];
  const cohorts = new Set<number>();
  for (let s = 0; s < m.sessionCount; s++) {
    if (m.sDeferred[s] || impossible[s]) continue;
    const locks = m.sLocks[s]!;
    if (canDate[s] && !(locks & LOCK_DATE)) date[s] = 1;
    if (canRoom[s] && !(locks & LOCK_ROOM) && m.cCentre[m.sCohort[s]!]! >= 0) room[s] = 1;
    let anySlot = false;
    if (!(locks & LOCK_TRAINERS)) {
      for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) {
        if (!canSlot[k]) continue;
        slot[k] = 1;
        slots.push(k);
        anySlot = true;
      }
    }
    if (date[s]) dateSessions.push(s);
    if (room[s]) roomSessions.push(s);
    if (date[s] || room[s] || anySlot) {
      sessions.push(s);
      cohorts.add(m.sCohort[s]!);
    }
  }
  return {
    canDate: date,
    canRoom: room,
    canSlot: slot,
    sessions: Int32Array.from(sessions),
    dateSessions: Int32Array.from(dateSessions),
    roomSessions: Int32Array.from(roomSessions),
    slots: Int32Array.from(slots),
    cohorts: Int32Array.from([...cohorts].sort((a, b) => a - b)),
  };
}
