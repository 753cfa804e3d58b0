import { useAppStore } from '../../store/useAppStore';
import { useT } from '../../i18n/useT';
import { LANGUAGES } from '../../i18n/dictionary';

const NAMES = { da: 'Dansk', en: 'English' } as const;

export function LanguageSwitch() {
  const { t, language } = useT();
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <div className="language" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-option"
          aria-pressed={code === language}
          aria-label={NAMES[code]}
          title={NAMES[code]}
          onClick={() => setLanguage(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
