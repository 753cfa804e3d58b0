// The details of one course day: its date, room and trainers, each editable with
// the valid choices offered first, a ranked list of trainer candidates with the
// reasons, the locks, and the rules it breaks now.
import { useMemo, useState } from 'react';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../../i18n/useT';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Lockable, Session } from '../../../shared/domain/schema';
import { LOCKABLE } from '../../../shared/domain/schema';
import { ruleLabel } from '../calendar/ruleLabels';
import { describeSession } from '../calendar/describeSession';
import { conflictMarks } from '../calendar/conflictMarks';
import { templateOf } from '../calendar/verdict/planIndex';
import { usePlanIndex } from '../calendar/verdict/usePlanIndex';
import { dateChoices, roomChoices, type Choice } from './choices';
import { rankCandidates, withCandidate, type Candidate } from './candidates';
import '../calendar/calendar.css';

const SHOWN_CANDIDATES = 8;

export function SessionDetails() {
  const sessionId = useAppStore((s) => s.openSessionId);
  const index = usePlanIndex();
  const session = sessionId ? index?.sessions.get(sessionId) : undefined;
  if (!session) return null;
  return <Details key={session.id} session={session} />;
}

function ChoiceSelect({ label, choices, value, display, onSave, testId }: { label: string; choices: Choice[]; value: string | null; display: (v: string) => string; onSave: (v: string) => void; testId: string }) {
  const { t, language } = useT();
  const valid = choices.filter((c) => c.broken.length === 0);
  const invalid = choices.filter((c) => c.broken.length > 0);
  return (
    <label className="hp-field hp-field-block">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => e.target.value && onSave(e.target.value)} data-testid={testId}>
        {value === null ? <option value="">{t('session.none')}</option> : null}
        <optgroup label={`✓ ${t('session.valid')} (${valid.length})`}>
          {valid.map((c) => (
            <option key={c.value} value={c.value}>
              {display(c.value)}
            </option>
          ))}
        </optgroup>
        <optgroup label={`⚠ ${t('session.invalid')} (${invalid.length})`}>
          {invalid.map((c) => (
            <option key={c.value} value={c.value} title={c.broken.map((v) => v.justification).join('\n')}>
              ⚠ {display(c.value)} — {[...new Set(c.broken.map((v) => ruleLabel(language, v.rule)))].join(', ')}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}

function Details({ session }: { session: Session }) {
  const { t, language } = useT();
  const index = usePlanIndex()!;
  const close = () => openSession(null);
  const openSession = useAppStore((s) => s.openSession);
  const saveSession = useAppStore((s) => s.saveSession);
  const setLocks = useAppStore((s) => s.setSessionLocks);
  const setPending = useAppStore((s) => s.setPendingMove);
  const check = useAppStore((s) => s.planCheck);
  const words = describeSession(index, session, t);
  const template = templateOf(index, session);
  const required = template?.trainers ?? 1;
  const conflicts = useMemo(() => conflictMarks(check).get(session.id), [check, session.id]);
  const dates = useMemo(() => dateChoices(index, session, language), [index, session, language]);
  const rooms = useMemo(() => roomChoices(index, session, language), [index, session, language]);
  const [replaceId, setReplaceId] = useState<string | null>(session.trainerIds.length >= required ? (session.trainerIds[0] ?? null) : null);
  const candidates = useMemo(() => rankCandidates(index, session, replaceId).slice(0, SHOWN_CANDIDATES), [index, session, replaceId]);

  // A choice that breaks a rule goes through the same refusal as a drag.
  const choose = (patch: { date?: string; roomId?: string; trainerIds?: string[] }, broken: Choice['broken'], target: string) => {
    if (broken.length > 0) setPending({ sessionId: session.id, patch, violations: broken, target });
    else void saveSession(session.id, patch);
  };
  const toggleLock = (value: Lockable) => {
    const next = session.locked.includes(value) ? session.locked.filter((l) => l !== value) : [...session.locked, value];
    void setLocks(session.id, next);
  };
  const pickCandidate = (c: Candidate) => {
    const trainerIds = withCandidate(session, c.trainer.id, replaceId);
    choose({ trainerIds }, [], c.trainer.name);
  };

  return (
    <aside className="hp-details" aria-labelledby="details-title" data-testid="session-details">
      <header className="hp-details-head">
        <div>
          <h2 id="details-title">{words.cohort}</h2>
          <p>
            {words.day} · {words.slot}
          </p>
          <p className="hp-muted">
            {words.course} · {words.participants} · {words.venue}
          </p>
        </div>
        <button type="button" className="hp-btn" onClick={close} aria-label={t('session.close')} data-testid="details-close">
          ✕
        </button>
      </header>

      <section className={`hp-details-status ${conflicts ? `hp-status-${conflicts.mark}` : 'hp-status-ok'}`}>
        {conflicts ? (
          <>
            <strong>{t('session.conflicts')}</strong>
            <ul>
              {conflicts.reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          </>
        ) : (
          <span>✓ {t('session.noConflicts')}</span>
        )}
      </section>

      <ChoiceSelect
        label={t('session.date')}
        choices={dates}
        value={session.date}
        display={(d) => formatDate(language, d)}
        testId="details-date"
        onSave={(date) => choose({ date }, dates.find((c) => c.value === date)?.broken ?? [], formatDate(language, date))}
      />
      {rooms.length > 0 ? (
        <ChoiceSelect
          label={t('session.room')}
          choices={rooms}
          value={session.roomId}
          display={(id) => {
            const r = index.rooms.get(id);
            return r ? `${r.name} (${r.capacity})` : id;
          }}
          testId="details-room"
          onSave={(roomId) => choose({ roomId }, rooms.find((c) => c.value === roomId)?.broken ?? [], index.rooms.get(roomId)?.name ?? roomId)}
        />
      ) : null}

      <div className="hp-field-block">
        <span className="hp-label">
          {t('session.trainers')} <small className="hp-muted">{t('session.needs', { n: required, skills: template?.skills.join(', ') || '—' })}</small>
        </span>
        <ul className="hp-trainer-list">
          {session.trainerIds.map((id) => (
            <li key={id}>
              <label>
                <input type="radio" name="replace" checked={replaceId === id} onChange={() => setReplaceId(id)} />
                {index.trainers.get(id)?.name ?? id}
              </label>
              <button type="button" className="hp-btn hp-btn-small" onClick={() => choose({ trainerIds: session.trainerIds.filter((x) => x !== id) }, [], '')}>
                {t('session.remove')}
              </button>
            </li>
          ))}
          {session.trainerIds.length < required ? (
            <li>
              <label>
                <input type="radio" name="replace" checked={replaceId === null} onChange={() => setReplaceId(null)} />
                {t('session.add')} …
              </label>
            </li>
          ) : null}
        </ul>
      </div>

      <div className="hp-field-block">
        <span className="hp-label">{t('session.candidates')}</span>
        {candidates.length === 0 ? <p className="hp-muted">{t('session.candidates.none')}</p> : null}
        <ol className="hp-candidates" data-testid="candidates">
          {candidates.map((c) => (
            <li key={c.trainer.id} className={c.free ? '' : 'hp-candidate-busy'}>
              <div>
                <strong>{c.trainer.name}</strong>
                <div className="hp-chips">
                  {c.free ? <span className="hp-chip hp-chip-good">{t('session.why.free')}</span> : <span className="hp-chip hp-chip-bad">{t('session.invalid')}</span>}
                  {c.regionDistance === 0 ? <span className="hp-chip hp-chip-good">{t('session.why.region')}</span> : null}
                  {c.regionDistance === 1 ? <span className="hp-chip">{t('session.why.near')}</span> : null}
                  {c.teachesCohort ? <span className="hp-chip hp-chip-good">{t('session.why.continuity')}</span> : null}
                  {c.trainer.kind === 'internal' ? <span className="hp-chip hp-chip-good">{t('session.why.internal')}</span> : null}
                  <span className="hp-chip">{t('session.why.cost', { rate: formatNumber(language, c.trainer.dayRate) })}</span>
                  <span className="hp-chip">{t('session.why.load', { days: formatNumber(language, c.daysPlanned), max: c.trainer.maxDays })}</span>
                </div>
              </div>
              <button type="button" className="hp-btn hp-btn-small" disabled={!c.free} onClick={() => pickCandidate(c)}>
                {replaceId === null ? t('session.add') : t('session.replace')}
              </button>
            </li>
          ))}
        </ol>
      </div>

      <div className="hp-field-block">
        <span className="hp-label">{t('session.locked')}</span>
        <div className="hp-locks">
          {LOCKABLE.map((value) => (
            <label key={value}>
              <input type="checkbox" checked={session.locked.includes(value)} onChange={() => toggleLock(value)} data-testid={`lock-${value}`} />
              {value === 'date' ? t('session.date') : value === 'room' ? t('session.room') : t('session.trainers')}
            </label>
          ))}
        </div>
      </div>
    </aside>
  );
}
