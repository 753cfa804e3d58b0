// A way out of a hard rule the other moves cannot mend. They only ever set values
// from the candidate lists, so a session whose date breaks a gap to a locked
// neighbour, or whose days came in out of order, can be stuck breaking a rule when
// no legal value is free for it. Clearing one session's changeable values leaves
// it unassigned for the assigning moves to place again; the search keeps that only
// when fewer rules are broken (a hard point outweighs ten unassigned sessions), so
// it never empties a session that broke nothing.
import { NONE } from './model';
import type { MoveContext } from './moves';
import { randomOf } from './randomOf';

export function clearSession(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  if (vars.sessions.length === 0) return false;
  const s = randomOf(rng, vars.sessions);
  let changed = false;
  if (vars.canDate[s] && m.sDay[s] !== NONE) {
    log.setDate(s, NONE);
    changed = true;
  }
  if (vars.canRoom[s] && m.sRoom[s] !== NONE) {
    log.setRoom(s, NONE);
    changed = true;
  }
  for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) {
    if (!vars.canSlot[k] || m.slotTrainer[k] === NONE) continue;
    log.setTrainer(k, NONE);
    changed = true;
  }
  return changed;
}
