import type { ScreenId } from '../../store/uiSlice';
import { useT } from '../../i18n/useT';

export function NotBuiltYet({ screen }: { screen: Exclude<ScreenId, 'overview'> }) {
  const { t } = useT();
  return (
    <section className="panel" aria-labelledby="screen-title" data-testid={`screen-${screen}`}>
      <h2 id="screen-title">{t(`nav.${screen}`)}</h2>
      <div className="not-built">
        <p className="not-built-badge">{t('placeholder.title')}</p>
        <p>{t('placeholder.intro')}</p>
        <p className="not-built-what">{t(`placeholder.${screen}`)}</p>
      </div>
    </section>
  );
}
