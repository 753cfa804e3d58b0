import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { useRovingFocus } from '../shell/useRovingFocus';
import { EntityTab } from './EntityTab';
import { TermForm } from './TermForm';
import { centresTab } from './tabs/centresTab';
import { roomsTab } from './tabs/roomsTab';
import { trainersTab } from './tabs/trainersTab';
import { coursesTab } from './tabs/coursesTab';
import { cohortsTab } from './tabs/cohortsTab';
import { closuresTab } from './tabs/closuresTab';
import './data.css';

const TABS = ['trainers', 'rooms', 'centres', 'courses', 'cohorts', 'closures', 'term'] as const;
type TabId = (typeof TABS)[number];

/** Every kind of data the plan is made from, one tab each, with a table and a form. */
export function DataScreen() {
  const { t } = useT();
  const plan = useAppStore((s) => s.plan);
  const [tab, setTab] = useState<TabId>('trainers');
  const { onKeyDown, itemProps } = useRovingFocus(TABS.length, TABS.indexOf(tab));
  if (plan === null) return <p className="muted">{t('app.loading')}</p>;
  return (
    <section className="data-screen" aria-labelledby="data-title">
      <h2 id="data-title" className="visually-hidden">
        {t('nav.data')}
      </h2>
      <div className="data-tabs" role="tablist" aria-label={t('nav.data')} onKeyDown={onKeyDown}>
        {TABS.map((id, index) => (
          <button key={id} type="button" role="tab" aria-selected={id === tab} className="data-tab" data-testid={`data-tab-${id}`} onClick={() => setTab(id)} {...itemProps(index)}>
            {t(`data.tab.${id}`)}
            {id !== 'term' && <span className="data-tab-count">{id === 'closures' ? plan.closures.length : plan[id].length}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="data-tabpanel">
        {tab === 'trainers' && <EntityTab key="trainers" config={trainersTab} plan={plan} testId="data-trainers" />}
        {tab === 'rooms' && <EntityTab key="rooms" config={roomsTab} plan={plan} testId="data-rooms" />}
        {tab === 'centres' && <EntityTab key="centres" config={centresTab} plan={plan} testId="data-centres" />}
        {tab === 'courses' && <EntityTab key="courses" config={coursesTab} plan={plan} testId="data-courses" />}
        {tab === 'cohorts' && <EntityTab key="cohorts" config={cohortsTab} plan={plan} testId="data-cohorts" />}
        {tab === 'closures' && <EntityTab key="closures" config={closuresTab} plan={plan} testId="data-closures" />}
        {tab === 'term' && <TermForm plan={plan} />}
      </div>
    </section>
  );
}
