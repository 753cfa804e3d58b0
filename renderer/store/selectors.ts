import type { AppState } from './types';

/** Nothing planned and nothing to plan with: the moment to offer the demo. */
export function selectIsEmpty(state: AppState): boolean {
  const summary = state.summary;
  if (summary === null) return false;
  return Object.values(summary.counts).every((n) => n === 0);
}

export function selectReadOnly(state: AppState): boolean {
  return state.storeStatus?.readOnly ?? false;
}
