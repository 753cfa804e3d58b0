import type { Language } from './dictionary';

const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export function formatNumber(language: Language, n: number): string {
  return new Intl.NumberFormat(LOCALES[language]).format(n);
}

/** A `YYYY-MM-DD` local date, read as that calendar day whatever the time zone. */
export function formatDate(language: Language, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function formatDateTime(language: Language, isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
