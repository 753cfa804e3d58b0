import { useState } from 'react';
import type { Plan } from '../../../shared/domain/schema';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { EntityForm } from './EntityForm';

/** The term: its name and its first and last day. Closure days are on their own tab. */
export function TermForm({ plan }: { plan: Plan }) {
  const { t } = useT();
  const change = useAppStore((s) => s.change);
  const [notice, setNotice] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  return (
    <div className="term-form" data-testid="data-term">
      {notice && (
        <p className="data-notice" role="status">
          {notice}
        </p>
      )}
      <EntityForm
        key={`${version}-${plan.term.name}-${plan.term.start}-${plan.term.end}`}
        title={t('data.tab.term')}
        fields={[
          { path: 'name', label: 'data.field.name', kind: 'text' },
          { path: 'start', label: 'data.field.termStart', kind: 'date' },
          { path: 'end', label: 'data.field.termEnd', kind: 'date' },
        ]}
        initial={{ ...plan.term }}
        onSave={async (values) => {
          await change('term.update', { patch: values });
          return { notice: null };
        }}
        onClose={() => setVersion((v) => v + 1)}
        onDone={() => setNotice(t('data.saved'))}
      />
    </div>
  );
}
