import { useAppStore } from '../../store/useAppStore';
import { useT } from '../../i18n/useT';

/** What the store had to do on opening (e.g. a corrupt file moved aside), in its own words. */
export function Notices() {
  const { t } = useT();
  const notices = useAppStore((s) => s.storeStatus?.notices);
  if (!notices || notices.length === 0) return null;
  return (
    <section className="banner banner-info" aria-label={t('notices.title')} data-testid="notices">
      <strong>{t('notices.title')}:</strong>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </section>
  );
}
