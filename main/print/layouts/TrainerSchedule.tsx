/** @jsxRuntime automatic @jsxImportSource react */
import type { TrainerScheduleData } from '../selectSchedules';
import { weekdayDate } from '../danishFormat';

const daysText = (n: number) => `${String(n).replace('.', ',')} ${n === 1 ? 'dag' : 'dage'}`;

/** A trainer's own dates in the term, with where to go and whom they teach. */
export function TrainerSchedule({ data }: { data: TrainerScheduleData }) {
  return (
    <article className="page schedule">
      <header className="sheet-head">
        <div>
          <h1>Undervisningsplan · {data.trainer.name}</h1>
          <div className="sub">{data.termName}</div>
        </div>
        <div className="right">
          {data.trainer.email}
          {data.trainer.phone !== '' && (
            <>
              <br />
              {data.trainer.phone}
            </>
          )}
        </div>
      </header>
      {data.sessions.length === 0 ? (
        <p>Ingen undervisning planlagt i perioden.</p>
      ) : (
        <table className="list">
          <colgroup>
            <col className="c-date" />
            <col className="c-time" />
            <col />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th>Dato</th>
              <th>Tid</th>
              <th>Hold og kursusdag</th>
              <th>Sted</th>
            </tr>
          </thead>
          <tbody>
            {data.sessions.map((s) => (
              <tr key={s.id} className={s.date === null ? 'undated' : undefined} data-session={s.id}>
                <td className="date">{s.date !== null ? weekdayDate(s.date) : 'Dato følger'}</td>
                <td className="time">{s.times}</td>
                <td>
                  <strong>{s.cohort}</strong>
                  <div>{s.dayTitle}</div>
                  <div className="small">
                    {s.course}
                    {s.participants !== null && ` · ${s.participants} deltagere`}
                  </div>
                </td>
                <td>
                  {s.venue}
                  {s.room !== null && <div className="small">{s.room}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="total">I alt {daysText(data.days)} undervisning.</p>
    </article>
  );
}
