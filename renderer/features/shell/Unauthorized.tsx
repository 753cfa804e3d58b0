import { useT } from '../../i18n/useT';

export function Unauthorized() {
  const { t } = useT();
  return (
    <main className="unauthorized" role="alert">
      <h1>{t('app.unauthorized.title')}</h1>
      <p>{t('app.unauthorized.body')}</p>
    </main>
  );
}
