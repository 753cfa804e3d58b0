/** @jsxRuntime automatic @jsxImportSource react */
import type { PrintedSession } from '../printedSession';
import type { PlanDay, RoomPlanData } from '../selectRoomPlan';
import { shortDate, weekdayName } from '../danishFormat';
import { SessionCard } from './SessionCard';

function Cell({ sessions, day }: { sessions: PrintedSession[]; day: PlanDay }) {
  const closed = day.closed !== null;
  if (sessions.length === 0) {
    return <td className={closed ? 'closed' : undefined}>{closed && <span className="closed-note">Lukket</span>}</td>;
  }
  const hasFull = sessions.some((s) => s.slot === 'full');
  // A lone afternoon course sits below an empty morning, so the halves read at a glance.
  const freeMorning = !hasFull && !sessions.some((s) => s.slot === 'am');
  const freeAfternoon = !hasFull && !sessions.some((s) => s.slot === 'pm');
  return (
    <td className={closed ? 'closed' : undefined}>
      <div className="cell">
        {freeMorning && <div className="free">Formiddag ledig</div>}
        {sessions.map((s) => (
          <SessionCard key={s.id} session={s} closed={closed} />
        ))}
        {freeAfternoon && <div className="free">Eftermiddag ledig</div>}
      </div>
    </td>
  );
}

/** A centre's rooms (rows) by day (columns) for a week or one day, A4 landscape. */
export function RoomPlan({ data }: { data: RoomPlanData }) {
  return (
    <article className="page roomplan">
      <header className="sheet-head">
        <div>
          <h1>Lokaleplan · {data.centre.name}</h1>
          <div className="sub">
            {data.periodLabel} · {data.span}
          </div>
        </div>
        <div className="right">
          {data.centre.address}
          <br />
          {data.sessionCount} kursusdage
        </div>
      </header>
      <table className="grid">
        <colgroup>
          <col className="room-col" />
          {data.days.map((d) => (
            <col key={d.date} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>Lokale</th>
            {data.days.map((d) => (
              <th key={d.date} className={d.closed !== null ? 'closed' : undefined}>
                <span className="dayname">{weekdayName(d.date)}</span> <span className="date">{shortDate(d.date)}</span>
                {d.closed !== null && <span className="closed-reason">Lukket: {d.closed}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.room?.id ?? 'no-room'} data-room={row.room?.id ?? ''}>
              <th scope="row">
                {row.room ? row.room.name : 'Uden lokale'}
                {row.room && <div className="room-meta">{row.room.capacity} pladser</div>}
              </th>
              {row.cells.map((sessions, i) => (
                <Cell key={data.days[i]!.date} sessions={sessions} day={data.days[i]!} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="legend">
        <span className="l-full">Hele dagen</span>
        <span className="l-am">Formiddag</span>
        <span className="l-pm">Eftermiddag</span>
      </div>
    </article>
  );
}
