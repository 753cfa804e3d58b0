import { useEffect } from 'react';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../../i18n/useT';
import { Header } from './Header';
import { NavBar } from './NavBar';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { Notices } from './Notices';
import { ErrorAlert } from './ErrorAlert';
import { ScreenPanel } from './ScreenPanel';
import { Unauthorized } from './Unauthorized';

export function Shell() {
  const { t, language } = useT();
  const unauthorized = useAppStore((s) => s.unauthorized);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.name');
  }, [language, t]);

  if (unauthorized) return <Unauthorized />;
  return (
    <div className="shell">
      <Header />
      <ReadOnlyBanner />
      <Notices />
      <div className="shell-body">
        <NavBar />
        <main className="shell-main" id="main" tabIndex={-1}>
          <ErrorAlert />
          <ScreenPanel />
        </main>
      </div>
    </div>
  );
}
