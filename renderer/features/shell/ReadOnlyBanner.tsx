import { useAppStore } from '../../store/useAppStore';
import { useT } from '../../i18n/useT';
import { formatDateTime } from '../../i18n/format';

export function ReadOnlyBanner() {
  const { t, language } = useT();
  const status = useAppStore((s) => s.storeStatus);
  if (!status?.readOnly) return null;
  const holder = status.lockHolder;
  return (
    <div className="banner banner-warning" role="status" data-testid="read-only-banner">
      <strong>{t('readOnly.title')}.</strong>{' '}
      {holder
        ? t('readOnly.body', { user: holder.user, host: holder.host, app: holder.app ?? 'Holdplan', since: formatDateTime(language, holder.since) })
        : t('readOnly.unknown')}
    </div>
  );
}
