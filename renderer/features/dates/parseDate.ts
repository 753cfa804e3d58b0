// Dates as planners type and read them: Danish day-first (12-01-2027, 12.01.2027),
// English "12 Jan 2027", and ISO everywhere. The services only ever see ISO.
import { format, isValid, parse } from 'date-fns';
import { da, enGB } from 'date-fns/locale';
import type { Language } from '../../i18n/dictionary';

const LOCALE = { da, en: enGB } as const;

/** How a stored ISO date is shown in a date field, per language. */
const SHOWN: Record<Language, string> = { da: 'dd-MM-yyyy', en: 'd MMM yyyy' };

// Numeric shapes are checked first so that "5-1-27" is refused rather than read as the year 27.
const NUMERIC: readonly { shape: RegExp; pattern: string }[] = [
  { shape: /^\d{4}-\d{1,2}-\d{1,2}$/, pattern: 'yyyy-M-d' },
  { shape: /^\d{1,2}-\d{1,2}-\d{4}$/, pattern: 'd-M-yyyy' },
  { shape: /^\d{1,2}\.\d{1,2}\.\d{4}$/, pattern: 'd.M.yyyy' },
  { shape: /^\d{1,2}\/\d{1,2}\/\d{4}$/, pattern: 'd/M/yyyy' },
];
/** Month names as the UI writes them ("12. jan. 2027", "12 Jan 2027"), with or without the dots. */
const WORDED = /^(\d{1,2})\.? ?(\p{L}+)\.? (\d{4})$/u;
const WORDED_PATTERNS = ['d MMM yyyy', 'd MMMM yyyy'];

export type DateParse = { ok: true; iso: string } | { ok: false; problem: 'format' | 'noSuchDay' };

const REFERENCE = new Date(2000, 0, 1);

function toIso(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}

/** Reads what the planner typed; '' is not a date (callers decide whether empty is allowed). */
export function parseDateText(text: string, language: Language): DateParse {
  const trimmed = text.trim();
  const numeric = NUMERIC.find((n) => n.shape.test(trimmed));
  if (numeric) {
    const d = parse(trimmed, numeric.pattern, REFERENCE);
    return isValid(d) ? { ok: true, iso: toIso(d) } : { ok: false, problem: 'noSuchDay' };
  }
  const worded = WORDED.exec(trimmed);
  if (worded) {
    const [, day, month, year] = worded;
    // Danish abbreviations carry a dot ("okt."), English ones do not: try the month both ways.
    const candidates = [`${day} ${month} ${year}`, `${day} ${month}. ${year}`];
    for (const locale of [LOCALE[language], language === 'da' ? enGB : da])
      for (const pattern of WORDED_PATTERNS)
        for (const candidate of candidates) {
          const d = parse(candidate, pattern, REFERENCE, { locale });
          if (isValid(d)) return { ok: true, iso: toIso(d) };
        }
  }
  return { ok: false, problem: 'format' };
}

/** An ISO date the way the field shows it: 12-01-2027 in Danish, 12 Jan 2027 in English. */
export function formatDateText(iso: string, language: Language): string {
  const d = parse(iso, 'yyyy-MM-dd', REFERENCE);
  return isValid(d) && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? format(d, SHOWN[language], { locale: LOCALE[language] }) : iso;
}
