// The verdict on the drop target under the pointer. Kept outside the app store
// and outside React state of the calendar's parent, so that showing it never
// re-renders the calendar itself.
import { useSyncExternalStore } from 'react';
import type { Violation } from '../../../shared/rules/types';

export interface HoverVerdict {
  sessionId: string;
  /** What the target is, in words: "Tue 9 Mar 2027 · Lokale 2". */
  target: string;
  hard: Violation[];
  /** When the pointer reached this target (event timeStamp, ms). */
  pointerAt: number;
}

let current: HoverVerdict | null = null;
let lastPointerAt = 0;
const listeners = new Set<() => void>();

if (typeof window !== 'undefined') {
  window.addEventListener('pointermove', (e) => (lastPointerAt = e.timeStamp), { capture: true, passive: true });
  window.addEventListener('mousemove', (e) => (lastPointerAt = e.timeStamp), { capture: true, passive: true });
}

export function lastPointerMove(): number {
  return lastPointerAt;
}

export function setHoverVerdict(next: HoverVerdict | null): void {
  if (next === current) return;
  current = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useHoverVerdict(): HoverVerdict | null {
  return useSyncExternalStore(subscribe, () => current);
}
