// In optimise mode every unlocked value is the solver's to decide, and some can be
// part of no valid plan whatever else changes: a date on which the cohort may not
// meet, a room that does not fit (or is closed that day, or booked for a day taught
// at the customer's site), a trainer without the skills, away that day, listed
// twice or beyond the number the day needs, and any value of a session that no
// assignment can complete (impossibleSessions). The search only ever sets values
// from the candidate lists, so it would not take these away: left in place they keep
// breaking hard rules and hold dates, rooms and trainers other sessions need. They
// are cleared before the construction; a locked one stays, and the checker reports
// it as a locked conflict. Rules between sessions (double bookings, gaps) are the
// search's to mend.
import type { ChangeLog } from './changeLog';
import { LOCK_DATE, LOCK_ROOM, LOCK_TRAINERS, NONE, type Model } from './model';

export function clearInvalidValues(log: ChangeLog, impossible: Uint8Array): void {
  const m = log.model;
  for (let s = 0; s < m.sessionCount; s++) {
    if (m.sDeferred[s]) continue;
    const locks = m.sLocks[s]!;
    if (!(locks & LOCK_DATE) && m.sDay[s] !== NONE && (impossible[s] || !legalDay(m, s, m.sDay[s]!))) log.setDate(s, NONE);
    if (!(locks & LOCK_ROOM) && m.sRoom[s] !== NONE && (impossible[s] || !roomFits(m, s, m.sRoom[s]!))) log.setRoom(s, NONE);
    if (!(locks & LOCK_TRAINERS)) clearInvalidTrainers(log, s, impossible[s] === 1);
  }
  log.commit();
}

function legalDay(m: Model, s: number, d: number): boolean {
  const c = m.sCohort[s]!;
  let lo = m.cLegalStart[c]!;
  let hi = m.cLegalStart[c + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.cLegal[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo < m.cLegalStart[c + 1]! && m.cLegal[lo] === d;
}

/** One of the session's fitting rooms (never at a customer's site), open on its day if it has one. */
function roomFits(m: Model, s: number, r: number): boolean {
  let candidate = false;
  for (let i = m.sRoomCandStart[s]!; i < m.sRoomCandStart[s + 1]! && !candidate; i++) candidate = m.sRoomCands[i] === r;
  const d = m.sDay[s]!;
  return candidate && (d === NONE || !m.rUnavailable[r * m.dayCount + d]);
}

function clearInvalidTrainers(log: ChangeLog, s: number, all: boolean): void {
  const m = log.model;
  const d = m.sDay[s]!;
  const p = m.sTemplate[s]!;
  let kept = 0;
  for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) {
    const t = m.slotTrainer[k]!;
    if (t === NONE) continue;
    let twice = false;
    for (let j = m.slotStart[s]!; j < k && !twice; j++) twice = m.slotTrainer[j] === t;
    const away = d !== NONE && m.tUnavailable[t * m.dayCount + d] === 1;
    if (all || twice || away || m.tplSkillMissing[p * m.trainerCount + t] || kept >= m.sRequired[s]!) log.setTrainer(k, NONE);
    else kept++;
  }
}
