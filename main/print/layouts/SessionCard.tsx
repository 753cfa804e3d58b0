/** @jsxRuntime automatic @jsxImportSource react */
import type { PrintedSession } from '../printedSession';
import { SLOT_NAME } from '../slotNames';

/** One session in a room plan cell: when, who, what, how many. */
export function SessionCard({ session, closed }: { session: PrintedSession; closed: boolean }) {
  return (
    <div className={`card ${session.slot}`} data-session={session.id}>
      <div className="when">
        {session.times} <span className="slot">{SLOT_NAME[session.slot]}</span>
      </div>
      <div className="cohort">{session.cohort}</div>
      <div>
        {session.dayTitle} <span className="muted">({session.dayNumber}/{session.dayCount})</span>
      </div>
      <div>{session.trainers.length > 0 ? session.trainers.join(', ') : <span className="warning">Underviser mangler</span>}</div>
      {session.participants !== null && <div className="muted">{session.participants} deltagere</div>}
      {closed && <div className="warning">Lukkedag!</div>}
    </div>
  );
}
