import { useAppStore } from '../../store/useAppStore';
import { selectReadOnly } from '../../store/selectors';
import { useT } from '../../i18n/useT';

/** The first thing a planner sees on a new store: one click to a realistic term. */
export function DemoLoader({ termName }: { termName: string }) {
  const { t } = useT();
  const loading = useAppStore((s) => s.demoLoading);
  const loadDemo = useAppStore((s) => s.loadDemo);
  const readOnly = useAppStore(selectReadOnly);
  const disabled = readOnly || loading !== null;
  return (
    <section className="panel empty" aria-labelledby="empty-title" data-testid="empty-plan" aria-busy={loading !== null}>
      <h2 id="empty-title">{t('empty.title')}</h2>
      <p className="empty-body">{t('empty.body', { term: termName })}</p>
      <div className="empty-primary">
        <button type="button" className="button-primary" disabled={disabled} onClick={() => void loadDemo('term')}>
          {loading === 'term' ? t('empty.loading') : t('empty.load')}
        </button>
        <p className="muted">{t('empty.loadHint')}</p>
      </div>
      <p className="empty-other">
        {t('empty.other')}{' '}
        <button type="button" className="button-link" disabled={disabled} onClick={() => void loadDemo('small')}>
          {loading === 'small' ? t('empty.loading') : t('empty.small')}
        </button>
        {' · '}
        <button type="button" className="button-link" disabled={disabled} onClick={() => void loadDemo('large')}>
          {loading === 'large' ? t('empty.loading') : t('empty.large')}
        </button>
      </p>
      {readOnly && <p className="muted">{t('empty.readOnly')}</p>}
    </section>
  );
}
