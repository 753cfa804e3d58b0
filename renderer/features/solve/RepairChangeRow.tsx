// One change of a repair proposal: "session: old → new", why, whether it keeps
// the hard rules as the proposal now stands, a tick to leave it out, and Edit.
import { useState } from 'react';
import type { PlannedValues, SessionChange } from '../../../shared/contract/solverResults';
import type { Violation } from '../../../shared/rules/types';
import { formatDate } from '../../i18n/format';
import { useT, type T } from '../../i18n/useT';
import type { Language } from '../../i18n/dictionary';
import { ruleLabel } from '../calendar/ruleLabels';
import type { PlanIndex } from '../calendar/verdict/planIndex';
import { RepairChangeEditor } from './RepairChangeEditor';
import { toggleLeftOut, valuesOf, type RepairDraft } from './repairDraft';

/** "ons. 7. apr. 2027 · Lokale 2 · Morten Hansen", in the UI's language. */
export function plannedInWords(index: PlanIndex, v: Pick<PlannedValues, 'date' | 'roomId' | 'trainerIds'>, t: T, language: Language): string {
  const parts: string[] = [];
  if (v.date !== null) parts.push(formatDate(language, v.date));
  if (v.roomId !== null) parts.push(index.rooms.get(v.roomId)?.name ?? v.roomId);
  if (v.trainerIds.length > 0) parts.push(v.trainerIds.map((id) => index.trainers.get(id)?.name ?? id).join(', '));
  return parts.length === 0 ? t('repair.unassigned') : parts.join(' · ');
}

export function RepairChangeRow(props: {
  change: SessionChange;
  proposed: PlannedValues;
  /** The plan as it is now, for the old values. */
  current: PlanIndex;
  /** The plan as the edited proposal would leave it. */
  edited: PlanIndex;
  violations: Violation[];
  draft: RepairDraft;
  onDraft: (d: RepairDraft) => void;
}) {
  const { t, language } = useT();
  const [open, setOpen] = useState(false);
  const { change, proposed, current, draft } = props;
  const id = change.sessionId;
  const was = current.sessions.get(id);
  const included = !draft.leftOut.has(id);
  const edited = included && draft.edits.has(id);
  const label = was ? `${current.cohorts.get(was.cohortId)?.name ?? was.cohortId}, ${t('cal.dayNo', { n: was.dayIndex + 1 })}` : change.session;
  const rules = [...new Set(props.violations.map((v) => ruleLabel(language, v.rule)))];
  return (
    <li className={`repair-row${included ? '' : ' repair-row-out'}`} data-testid={`repair-change-${id}`}>
      <div className="repair-row-head">
        <input
          type="checkbox"
          checked={included}
          onChange={() => props.onDraft(toggleLeftOut(draft, id))}
          aria-label={t('repair.include', { session: label })}
          data-testid={`repair-include-${id}`}
        />
        <div className="repair-row-text">
          <strong>{label}:</strong> <span className="repair-old">{was ? plannedInWords(current, was, t, language) : change.before}</span> →{' '}
          <span className="solve-new">{plannedInWords(current, valuesOf(draft, proposed), t, language)}</span>
          {edited ? <span className="repair-badge">✎ {t('repair.edited')}</span> : null}
          {change.why ? <div className="solve-why">{change.why}</div> : null}
          {!included ? (
            <div className="solve-why">{t('repair.leftOut')}</div>
          ) : null}
          {rules.length > 0 ? (
            <div className="repair-status solve-bad" data-testid={`repair-status-${id}`} title={props.violations.map((v) => v.justification).join('\n')}>
              ⚠ {rules.join(', ')}
            </div>
          ) : (
            <div className="repair-status solve-good" data-testid={`repair-status-${id}`}>
              ✓ {t('repair.ok')}
            </div>
          )}
        </div>
        <button
          type="button"
          className="solve-btn solve-btn-small"
          disabled={!included}
          aria-expanded={open && included}
          onClick={() => setOpen(!open)}
          data-testid={`repair-edit-${id}`}
        >
          {open && included ? t('repair.editDone') : t('repair.edit')}
        </button>
      </div>
      {open && included ? <RepairChangeEditor index={props.edited} proposed={proposed} draft={draft} onDraft={props.onDraft} /> : null}
    </li>
  );
}
