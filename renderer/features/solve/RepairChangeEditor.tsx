// The values of one proposed change, each a choice: the session's valid dates
// and rooms first, and for each trainer the qualified candidates ranked as the
// details panel ranks them (free first, then who already teaches the cohort,
// who lives near, internal before external, cheaper before dearer). Every
// choice is judged against the proposal as edited so far. Judging every date
// and candidate takes a few hundred ms on a full term, so the choices follow
// the edits as a deferred update: the verdict on the edit itself comes first.
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import type { PlannedValues } from '../../../shared/contract/solverResults';
import type { Session } from '../../../shared/domain/schema';
import { formatDate, formatNumber } from '../../i18n/format';
import { useT, type T } from '../../i18n/useT';
import type { Language } from '../../i18n/dictionary';
import { ruleLabel } from '../calendar/ruleLabels';
import { templateOf, type PlanIndex } from '../calendar/verdict/planIndex';
import { dateChoices, roomChoices, type Choice } from '../sessions/choices';
import { rankCandidates, withCandidate, type Candidate } from '../sessions/candidates';
import { editValue, type PlannedPatch, type RepairDraft } from './repairDraft';

const SHOWN_FREE = 15;
const SHOWN_BUSY = 8;

function ChoiceSelect(props: { label: string; choices: Choice[]; value: string | null; display: (v: string) => string; onChoose: (v: string) => void; testId: string }) {
  const { t, language } = useT();
  const valid = props.choices.filter((c) => c.broken.length === 0);
  const invalid = props.choices.filter((c) => c.broken.length > 0);
  return (
    <label className="repair-field">
      <span>{props.label}</span>
      <select value={props.value ?? ''} onChange={(e) => e.target.value && props.onChoose(e.target.value)} data-testid={props.testId}>
        {props.value === null ? <option value="">{t('repair.none')}</option> : null}
        <optgroup label={`✓ ${t('repair.valid')} (${valid.length})`}>
          {valid.map((c) => (
            <option key={c.value} value={c.value}>
              {props.display(c.value)}
            </option>
          ))}
        </optgroup>
        <optgroup label={`⚠ ${t('repair.invalid')} (${invalid.length})`}>
          {invalid.map((c) => (
            <option key={c.value} value={c.value} title={c.broken.map((v) => v.justification).join('\n')}>
              ⚠ {props.display(c.value)} — {[...new Set(c.broken.map((v) => ruleLabel(language, v.rule)))].join(', ')}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}

function reasonsOf(c: Candidate, t: T, language: Language): string {
  const parts: string[] = [];
  if (c.teachesCohort) parts.push(t('repair.teachesCohort'));
  if (c.regionDistance === 0) parts.push(t('repair.inRegion'));
  else if (c.regionDistance === 1) parts.push(t('repair.near'));
  if (c.trainer.kind === 'internal') parts.push(t('repair.internal'));
  parts.push(t('repair.rate', { rate: formatNumber(language, c.trainer.dayRate) }));
  return parts.join(' · ');
}

/**
 * One trainer place of the session (`place` null: an empty one): keep `current` or put a candidate there.
 * `index` and `settled` (the session in it) are what the candidates are ranked against; `session` is as edited now.
 */
function TrainerSelect(props: { index: PlanIndex; settled: Session; session: Session; place: number | null; label: string; onChoose: (ids: string[]) => void; testId: string }) {
  const { t, language } = useT();
  const { index, settled, session, place } = props;
  const current = place === null ? null : (session.trainerIds[place] ?? null);
  const replaced = place === null ? null : (settled.trainerIds[place] ?? null);
  const ranked = useMemo(() => rankCandidates(index, settled, replaced), [index, settled, replaced]);
  const free = ranked.filter((c) => c.free).slice(0, SHOWN_FREE);
  const busy = ranked.filter((c) => !c.free).slice(0, SHOWN_BUSY);
  const name = (id: string) => index.trainers.get(id)?.name ?? id;
  return (
    <label className="repair-field repair-field-wide">
      <span>{props.label}</span>
      <select value={current ?? ''} onChange={(e) => e.target.value && props.onChoose(withCandidate(session, e.target.value, current))} data-testid={props.testId}>
        {current === null ? <option value="">{t('repair.none')}</option> : <option value={current}>{`${name(current)} (${t('repair.chosen')})`}</option>}
        <optgroup label={`✓ ${t('repair.free')} (${free.length})`}>
          {free.map((c) => (
            <option key={c.trainer.id} value={c.trainer.id}>
              {`${c.trainer.name} — ${reasonsOf(c, t, language)}`}
            </option>
          ))}
        </optgroup>
        {busy.length > 0 ? (
          <optgroup label={`⚠ ${t('repair.busy')}`}>
            {busy.map((c) => (
              <option key={c.trainer.id} value={c.trainer.id}>
                {`⚠ ${c.trainer.name} — ${reasonsOf(c, t, language)}`}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </label>
  );
}

/** `index`: the plan as the edited proposal would leave it. */
export function RepairChangeEditor(props: { index: PlanIndex; proposed: PlannedValues; draft: RepairDraft; onDraft: (d: RepairDraft) => void }) {
  const { t, language } = useT();
  const { index, proposed } = props;
  const session = index.sessions.get(proposed.sessionId);
  const settledIndex = useDeferredValue(index);
  const settled = settledIndex.sessions.get(proposed.sessionId);
  const dates = useMemo(() => (settled ? dateChoices(settledIndex, settled, language) : []), [settledIndex, settled, language]);
  const rooms = useMemo(() => (settled ? roomChoices(settledIndex, settled, language) : []), [settledIndex, settled, language]);
  const box = useRef<HTMLDivElement>(null);
  // Opened below its row, the editor may start under the dialog's footer.
  // (Braces: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.)
  useEffect(() => {
    void box.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  if (!session || !settled) return null;
  const required = templateOf(index, session)?.trainers ?? 1;
  const set = (patch: PlannedPatch) => props.onDraft(editValue(props.draft, proposed, patch));
  const id = session.id;
  return (
    <div className="repair-editor" ref={box} data-testid={`repair-editor-${id}`}>
      <ChoiceSelect label={t('repair.date')} choices={dates} value={session.date} display={(d) => formatDate(language, d)} onChoose={(date) => set({ date })} testId={`repair-date-${id}`} />
      {rooms.length > 0 ? (
        <ChoiceSelect
          label={t('repair.room')}
          choices={rooms}
          value={session.roomId}
          display={(r) => {
            const room = index.rooms.get(r);
            return room ? `${room.name} (${room.capacity})` : r;
          }}
          onChoose={(roomId) => set({ roomId })}
          testId={`repair-room-${id}`}
        />
      ) : null}
      {session.trainerIds.map((_, i) => (
        <TrainerSelect
          key={i}
          index={settledIndex}
          settled={settled}
          session={session}
          place={i}
          label={t('repair.trainer', { n: i + 1 })}
          onChoose={(trainerIds) => set({ trainerIds })}
          testId={`repair-trainer-${id}-${i}`}
        />
      ))}
      {session.trainerIds.length < required ? (
        <TrainerSelect index={settledIndex} settled={settled} session={session} place={null} label={t('repair.addTrainer')} onChoose={(trainerIds) => set({ trainerIds })} testId={`repair-trainer-${id}-add`} />
      ) : null}
    </div>
  );
}
