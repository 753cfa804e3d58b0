import { LANGUAGES, pickLanguage, type Language } from './dictionary';

const KEY = 'holdplan.language';

/** A language the planner chose before wins over the browser's preference. */
export function initialLanguage(storage: Pick<Storage, 'getItem'>, preferred: readonly string[]): Language {
  const saved = storage.getItem(KEY);
  return (LANGUAGES as readonly string[]).includes(saved ?? '') ? (saved as Language) : pickLanguage(preferred);
}

export function saveLanguage(storage: Pick<Storage, 'setItem'>, language: Language): void {
  storage.setItem(KEY, language);
}
