import { useEffect, useMemo } from 'react';
import type { Plan } from '../../../shared/domain/schema';
import type { Violation } from '../../../shared/rules/types';
import { useT } from '../../i18n/useT';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../store/useAppStore';
import { groupViolations, type ViolationGroup } from './groupViolations';
import './conflicts.css';

/** Shown per rule before "and N more", so a badly broken plan still renders at once. */
const ITEMS_PER_RULE = 150;

/** Every hard violation and the largest soft penalties, grouped by rule, each a way into the course day it concerns. */
export function ConflictsScreen() {
  const { t, language } = useT();
  const plan = useAppStore((s) => s.plan);
  const result = useAppStore((s) => s.conflicts);
  const refresh = useAppStore((s) => s.refreshConflicts);

  // The plan is reloaded after every change (and undo), so a new plan means a new
  // check; so does a new language, since the justifications come in the UI's words.
  useEffect(() => {
    void refresh();
  }, [plan, language, refresh]);

  const groups = useMemo(() => (result ? groupViolations(result) : null), [result]);
  if (!groups || !result || !plan) return <p className="muted">{t('conflicts.loading')}</p>;
  const hardCount = groups.hard.reduce((n, g) => n + g.count, 0);
  const lockedCount = groups.hard.reduce((n, g) => n + g.items.filter((v) => v.locked).length, 0);
  return (
    <section className="conflicts" aria-labelledby="conflicts-title" data-testid="conflicts">
      <h2 id="conflicts-title">{t('conflicts.title')}</h2>
      <p className="conflicts-summary" data-testid="conflicts-summary">
        {t('conflicts.summary', { hard: formatNumber(language, hardCount), locked: formatNumber(language, lockedCount), soft: formatNumber(language, result.score.soft) })}
        {result.score.unassigned > 0 && <> · {t('conflicts.unassigned', { n: formatNumber(language, result.score.unassigned) })}</>}
      </p>
      <h3 className="conflicts-level conflicts-level-hard">{t('conflicts.hard')}</h3>
      {groups.hard.length === 0 ? (
        <p className="conflicts-none" data-testid="conflicts-none">
          ✓ {t('conflicts.none')}
        </p>
      ) : (
        groups.hard.map((g) => <RuleGroup key={g.rule} group={g} plan={plan} />)
      )}
      {groups.soft.length > 0 && (
        <>
          <h3 className="conflicts-level">{t('conflicts.soft')}</h3>
          <p className="muted conflicts-note">{t('conflicts.softShown', { shown: groups.soft.reduce((n, g) => n + g.items.length, 0), total: formatNumber(language, groups.softTotal) })}</p>
          {groups.soft.map((g) => (
            <RuleGroup key={g.rule} group={g} plan={plan} />
          ))}
        </>
      )}
    </section>
  );
}

function RuleGroup({ group, plan }: { group: ViolationGroup; plan: Plan }) {
  const { t, language } = useT();
  const shown = group.items.slice(0, ITEMS_PER_RULE);
  return (
    <section className={`rule-group rule-${group.level}`} data-testid={`rule-${group.rule}`}>
      <h4>
        <span>{group.statement}</span>
        <span className="rule-count">{group.level === 'hard' ? t('conflicts.count', { n: formatNumber(language, group.count) }) : t('conflicts.penalty', { n: formatNumber(language, group.penalty) })}</span>
      </h4>
      <ul>
        {shown.map((v, i) => (
          <ViolationItem key={`${i}-${v.sessionIds.join(',')}`} violation={v} plan={plan} />
        ))}
      </ul>
      {group.items.length > shown.length && <p className="muted">… +{formatNumber(language, group.items.length - shown.length)}</p>}
    </section>
  );
}

function ViolationItem({ violation, plan }: { violation: Violation; plan: Plan }) {
  const { t, language } = useT();
  const setScreen = useAppStore((s) => s.setScreen);
  const openCohort = useAppStore((s) => s.openCohort);
  const openSession = useAppStore((s) => s.openSession);
  const openTrainerCancels = useAppStore((s) => s.openTrainerCancels);
  // A hard break that names trainers is where a cancellation is usually the cause or the cure.
  const trainers = violation.level === 'hard' ? violation.trainerIds.flatMap((id) => plan.trainers.filter((tr) => tr.id === id)) : [];
  const sessionId = violation.sessionIds[0];
  const session = sessionId ? plan.sessions.find((s) => s.id === sessionId) : undefined;
  const open = () => {
    if (!session) return;
    openCohort(session.cohortId);
    openSession(session.id);
    setScreen('cohorts');
  };
  return (
    <li className={`violation ${violation.locked ? 'violation-locked' : ''}`} data-testid="violation">
      <button type="button" className="violation-button" onClick={open} disabled={!session} title={session ? t('conflicts.open') : undefined}>
        {violation.locked && (
          <span className="locked-badge" title={t('conflicts.lockedHint')} data-testid="locked-badge">
            🔒 {t('conflicts.locked')}
          </span>
        )}
        <span className="violation-text">{violation.justification}</span>
        {violation.level === 'soft' && <span className="violation-penalty">{t('conflicts.penalty', { n: formatNumber(language, violation.penalty) })}</span>}
      </button>
      {trainers.map((tr) => (
        <button
          key={tr.id}
          type="button"
          className="violation-cancels"
          title={`${t('cancels.fromRow')}: ${tr.name}`}
          aria-label={`${t('cancels.fromRow')}: ${tr.name}`}
          onClick={() => openTrainerCancels(tr.id)}
          data-testid={`violation-cancels-${tr.id}`}
        >
          ⊘ {trainers.length > 1 ? tr.name : t('cancels.fromRowShort')}
        </button>
      ))}
    </li>
  );
}
