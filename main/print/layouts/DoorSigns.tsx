/** @jsxRuntime automatic @jsxImportSource react */
import type { DoorSignsData } from '../selectDoorSigns';
import { longDate } from '../danishFormat';

/** One A4 portrait page per room: readable from across a corridor. */
export function DoorSigns({ data }: { data: DoorSignsData }) {
  return (
    <>
      {data.signs.map((sign) => (
        <article key={sign.room} className={`page sign${sign.sessions.length > 1 ? ' two' : ''}`}>
          <h1 className="room">{sign.room}</h1>
          <p className="where">
            {sign.centre} · {sign.address}
          </p>
          <div className="day">{longDate(sign.date)}</div>
          {sign.sessions.map((s) => (
            <section key={s.id} className={`session ${s.slot}`}>
              <div className="times">kl. {s.times}</div>
              <div className="course">{s.course}</div>
              <div className="day-title">{s.dayTitle}</div>
              <div className="cohort">{s.cohort}</div>
              <div className="trainers">
                {s.trainers.length === 1 ? 'Underviser: ' : 'Undervisere: '}
                {s.trainers.length > 0 ? s.trainers.join(' og ') : 'følger'}
              </div>
            </section>
          ))}
          <div className="welcome">Velkommen</div>
        </article>
      ))}
    </>
  );
}
