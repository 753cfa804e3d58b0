import { useCallback } from 'react';
import { useAppStore } from '../store/useAppStore';
import { translate, type Language, type MessageKey } from './dictionary';

export type T = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

export function useT(): { t: T; language: Language } {
  const language = useAppStore((s) => s.language);
  const t = useCallback<T>((key, vars) => translate(language, key, vars), [language]);
  return { t, language };
}
