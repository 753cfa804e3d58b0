import { useAppStore } from '../../store/useAppStore';
import { useT } from '../../i18n/useT';

export function ErrorAlert() {
  const { t } = useT();
  const error = useAppStore((s) => s.error);
  const dismiss = useAppStore((s) => s.dismissError);
  if (error === null) return null;
  return (
    <div className="alert" role="alert">
      <div>
        <strong>{t('error.title')}</strong>
        <p>{error}</p>
      </div>
      <button type="button" className="button-quiet" onClick={dismiss}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
