/** @jsxRuntime automatic @jsxImportSource react */
import type { CohortProgrammeData } from '../selectSchedules';
import { weekdayDate } from '../danishFormat';

/** The participants' programme: when and where each course day is, and who teaches. */
export function CohortProgramme({ data }: { data: CohortProgrammeData }) {
  return (
    <article className="page schedule">
      <header className="sheet-head">
        <div>
          <h1>Program · {data.cohort.name}</h1>
          <div className="sub">{data.course}</div>
        </div>
        <div className="right">
          {data.cohort.customer}
          <br />
          {data.cohort.participants} deltagere · {data.termName}
        </div>
      </header>
      <table className="list">
        <colgroup>
          <col className="c-day" />
          <col className="c-date" />
          <col className="c-time" />
          <col />
          <col />
          <col className="c-trainers" />
        </colgroup>
        <thead>
          <tr>
            <th>Dag</th>
            <th>Dato</th>
            <th>Tid</th>
            <th>Indhold</th>
            <th>Sted</th>
            <th>Undervisere</th>
          </tr>
        </thead>
        <tbody>
          {data.sessions.map((s) => (
            <tr key={s.id} className={s.date === null ? 'undated' : undefined} data-session={s.id}>
              <td>{s.dayNumber}</td>
              <td className="date">{s.date !== null ? weekdayDate(s.date) : 'Dato følger'}</td>
              <td className="time">{s.times}</td>
              <td>{s.dayTitle}</td>
              <td>
                {s.venue}
                {s.room !== null && <div className="small">{s.room}</div>}
              </td>
              <td>{s.trainers.length > 0 ? s.trainers.join(', ') : 'Følger'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
