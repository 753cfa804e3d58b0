// A message a planner reads, in both of the UI's languages side by side, so a
// translation is written next to the words it translates and cannot drift away.
import type { Language } from '../rules/types';

export type { Language };

export interface Text {
  en: string;
  da: string;
}

export function inWords(text: Text, language: Language): string {
  return text[language];
}

/** "a, b and c" / "a, b og c". */
export function listIn(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'da' ? 'og' : 'and'} ${items[items.length - 1]}`;
}
