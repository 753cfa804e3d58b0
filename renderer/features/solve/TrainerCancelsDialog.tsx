// "Trainer cancels": mark a trainer unavailable for a period, see the sessions
// that now break a rule, and the proposed repair (session: old → new, why) to
// accept, edit or reject. Marking the absence is saved at once (it is a fact);
// the repair only when accepted, as one undo step.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RepairProposal } from '../../../shared/contract/solverResults';
import { addDays } from '../../../shared/calendar/dates';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { ruleLabel } from '../calendar/ruleLabels';
import { usePlanIndex } from '../calendar/verdict/usePlanIndex';
import { DateField } from '../dates/DateField';
import { RepairChangeRow } from './RepairChangeRow';
import { choiceOf, emptyDraft, isEdited, judgeDraft, type RepairDraft } from './repairDraft';

const LISTED = 200;

function CancelForm({ onClose, initialTrainerId }: { onClose: () => void; initialTrainerId: string | null }) {
  const { t } = useT();
  const trainers = useAppStore((s) => s.plan?.trainers);
  const termStart = useAppStore((s) => s.plan?.term.start ?? '');
  const trainerCancels = useAppStore((s) => s.trainerCancels);
  const busy = useAppStore((s) => s.repairBusy);
  const [query, setQuery] = useState('');
  const [trainerId, setTrainerId] = useState(initialTrainerId ?? '');
  const [start, setStart] = useState(termStart);
  const [end, setEnd] = useState(termStart ? addDays(termStart, 4) : '');
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => searchRef.current?.focus(), []);
  const listed = useMemo(() => {
    const q = query.trim().toLowerCase();
    const all = [...(trainers ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'da'));
    const found = (q ? all.filter((x) => x.name.toLowerCase().includes(q) || x.id.toLowerCase().includes(q)) : all).slice(0, LISTED);
    // The trainer the dialog was opened for stays listed whatever the search.
    const chosenOne = all.find((x) => x.id === trainerId);
    return chosenOne && !found.includes(chosenOne) ? [chosenOne, ...found] : found;
  }, [trainers, query, trainerId]);
  const chosen = trainerId || listed[0]?.id || '';
  const valid = chosen !== '' && start !== '' && end !== '' && start <= end;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) void trainerCancels(chosen, start, end);
      }}
    >
      <p>{t('cancels.intro')}</p>
      <div className="cancels-fields">
        <label className="cancels-field cancels-trainer">
          {t('cancels.search')}
          <input ref={searchRef} type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="cancels-search" />
        </label>
        <label className="cancels-field cancels-trainer">
          {t('cancels.trainer')}
          <select size={6} value={chosen} onChange={(e) => setTrainerId(e.target.value)} data-testid="cancels-trainer">
            {listed.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name} ({x.skills.join(', ')})
              </option>
            ))}
          </select>
        </label>
        <label className="cancels-field">
          {t('cancels.start')}
          <DateField value={start} onChange={setStart} onInvalidText={() => setStart('')} data-testid="cancels-start" required />
        </label>
        <label className="cancels-field">
          {t('cancels.end')}
          <DateField value={end} onChange={setEnd} onInvalidText={() => setEnd('')} data-testid="cancels-end" required />
        </label>
      </div>
      <div className="solve-actions">
        <button type="button" className="solve-btn" onClick={onClose}>
          {t('cancels.cancel')}
        </button>
        <button type="submit" className="solve-btn solve-btn-primary" disabled={!valid || busy} data-testid="cancels-submit">
          {busy ? t('cancels.working') : t('cancels.submit')}
        </button>
      </div>
    </form>
  );
}

function ProposalView({ proposal, onReject }: { proposal: RepairProposal; onReject: () => void }) {
  const { t, language } = useT();
  const acceptRepair = useAppStore((s) => s.acceptRepair);
  const busy = useAppStore((s) => s.repairBusy);
  const current = usePlanIndex();
  const [draft, setDraft] = useState<RepairDraft>(emptyDraft);
  const verdict = useMemo(() => (current ? judgeDraft(current.plan, proposal, draft, language) : null), [current, proposal, draft, language]);
  const proposed = new Map((proposal.proposed ?? []).map((p) => [p.sessionId, p]));
  const edited = isEdited(draft);
  const included = proposal.changes.length - draft.leftOut.size;
  const left = verdict?.all ?? [];
  const n = (x: number) => formatNumber(language, x);
  return (
    <div data-testid="repair-proposal">
      {proposal.broken.length === 0 ? (
        <p className="solve-good">{t('cancels.noneBroken')}</p>
      ) : (
        <>
          <h3>{t('cancels.broken', { n: n(proposal.broken.length) })}</h3>
          <ul className="solve-list" data-testid="repair-broken">
            {proposal.broken.map((b) => (
              <li key={b.sessionId}>
                <strong>{b.session}:</strong> {b.justification}
              </li>
            ))}
          </ul>
          <h3>{t('cancels.proposal', { n: n(proposal.changes.length) })}</h3>
          {current && verdict && proposed.size > 0 ? <p className="solve-muted">{t('repair.intro')}</p> : null}
          <ul className="solve-list repair-list" data-testid="repair-changes">
            {proposal.changes.map((c) => {
              const p = proposed.get(c.sessionId);
              return current && verdict && p ? (
                <RepairChangeRow
                  key={c.sessionId}
                  change={c}
                  proposed={p}
                  current={current}
                  edited={verdict.index}
                  violations={verdict.bySession.get(c.sessionId) ?? []}
                  draft={draft}
                  onDraft={setDraft}
                />
              ) : (
                <li key={c.sessionId}>
                  <strong>{c.session}:</strong> {c.before} → <span className="solve-new">{c.after}</span>
                  {c.why && <div className="solve-why">{c.why}</div>}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {proposal.lockedConflicts.length > 0 && (
        <>
          <h3>{t('cancels.locked')}</h3>
          <ul className="solve-list">
            {proposal.lockedConflicts.map((c) => (
              <li key={c.sessionId}>
                <strong>🔒 {c.session}:</strong> {c.justification} <div className="solve-why">{c.ifUnlocked}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      {proposal.unassigned.length > 0 && (
        <ul className="solve-list">
          {proposal.unassigned.map((u) => (
            <li key={u.sessionId}>
              <strong>{u.session}:</strong> {u.reason}
            </li>
          ))}
        </ul>
      )}
      <div className="repair-footer">
        {edited ? (
          <div className={`repair-verdict ${left.length > 0 ? 'repair-verdict-bad' : 'repair-verdict-good'}`} data-testid="repair-verdict" role="status">
            {included === 0 ? (
              <p>{t('repair.nothingIncluded')}</p>
            ) : left.length === 0 ? (
              <p>✓ {t('repair.verdictOk')}</p>
            ) : (
              <>
                <p>⚠ {t('repair.verdictBad', { n: n(left.length) })}</p>
                <ul>
                  {left.map((v, i) => (
                    <li key={i}>
                      <strong>{ruleLabel(language, v.rule)}:</strong> {v.justification}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ) : (
          <p className={proposal.scoreAfter.hard > 0 ? 'solve-bad' : 'solve-good'} data-testid="repair-after">
            {t('cancels.after', { hard: n(proposal.scoreAfter.hard), unassigned: n(proposal.scoreAfter.unassigned) })}
          </p>
        )}
        <div className="solve-actions">
          <button type="button" className="solve-btn" onClick={onReject} data-testid="repair-reject">
            {t('cancels.reject')}
          </button>
          <button
            type="button"
            className={`solve-btn ${edited && left.length > 0 ? 'solve-btn-danger' : 'solve-btn-primary'}`}
            disabled={busy || included === 0}
            onClick={() => void acceptRepair(edited ? choiceOf(draft) : undefined)}
            data-testid="repair-accept"
          >
            {!edited ? t('cancels.accept') : left.length > 0 ? t('repair.acceptAnyway', { n: n(left.length) }) : t('repair.acceptEdited')}
          </button>
        </div>
      </div>
    </div>
  );
}

export function TrainerCancelsDialog({ trainerId }: { trainerId: string | null }) {
  const { t, language } = useT();
  const proposal = useAppStore((s) => s.repairProposal);
  const applied = useAppStore((s) => s.repairApplied);
  const close = useAppStore((s) => s.closeTrainerCancels);
  return (
    <div className="solve-overlay" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className="solve-dialog" role="dialog" aria-modal="true" aria-labelledby="cancels-title" data-testid="trainer-cancels">
        <h2 id="cancels-title">{t('cancels.title')}</h2>
        {proposal ? (
          <ProposalView proposal={proposal} onReject={close} />
        ) : applied?.applied ? (
          <>
            <p className="solve-good" data-testid="repair-accepted">
              {t('cancels.accepted', { n: formatNumber(language, applied.changed) })}
            </p>
            <div className="solve-actions">
              <button type="button" className="solve-btn solve-btn-primary" onClick={close}>
                {t('cancels.close')}
              </button>
            </div>
          </>
        ) : (
          <CancelForm onClose={close} initialTrainerId={trainerId} />
        )}
      </div>
    </div>
  );
}
