import { useContext } from 'react';
import { useStore } from 'zustand';
import { StoreContext } from './StoreProvider';
import type { AppState } from './types';

/** Select one value (or use useShallow for several) so a component re-renders only when it changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useAppStore needs a StoreProvider above it.');
  return useStore(store, selector);
}
