import type { StateCreator } from 'zustand';
import type { Language } from '../i18n/dictionary';
import type { AppState } from './types';
import { ApiError } from '../api/ApiError';
import { messageOf } from './messageOf';

export const SCREENS = ['overview', 'rooms', 'trainers', 'cohorts', 'data', 'conflicts', 'print'] as const;
export type ScreenId = (typeof SCREENS)[number];

export interface UiSlice {
  screen: ScreenId;
  language: Language;
  /** The last failure, shown until dismissed or the next success. */
  error: string | null;
  /** True once a call was refused for lack of the token: nothing else can work. */
  unauthorized: boolean;
  setScreen(screen: ScreenId): void;
  setLanguage(language: Language): void;
  reportFailure(e: unknown): void;
  dismissError(): void;
}

export const createUiSlice =
  (language: Language): StateCreator<AppState, [], [], UiSlice> =>
  (set) => ({
    screen: 'overview',
    language,
    error: null,
    unauthorized: false,
    setScreen: (screen) => set({ screen }),
    setLanguage: (next) => set({ language: next }),
    reportFailure: (e) => set({ error: messageOf(e), unauthorized: e instanceof ApiError && e.code === 'unauthorized' }),
    dismissError: () => set({ error: null }),
  });
