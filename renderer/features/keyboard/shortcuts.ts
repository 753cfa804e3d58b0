// Which key does what, as pure functions of the key event, so that every
// listener reads keys the same way and the help lists what is really bound.
import type { CalendarSpan } from '../../store/calendarSlice';

type Keys = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

export type PeriodKey = { kind: 'step'; direction: 1 | -1 } | { kind: 'home' } | { kind: 'span'; span: CalendarSpan };

/** Text fields keep their keys: Home, W or Ctrl+Z there edit the text, not the plan or the view. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return false;
}

/** A dialog that holds the focus keeps the keyboard to itself. */
export function modalIsOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}

const plain = (e: Keys) => !e.ctrlKey && !e.metaKey && !e.altKey;

/** Alt+← / Alt+→ previous and next period, Home the term's start, W / 2 / M the span. */
export function periodKeyOf(e: Keys): PeriodKey | null {
  if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
    if (e.key === 'ArrowLeft') return { kind: 'step', direction: -1 };
    if (e.key === 'ArrowRight') return { kind: 'step', direction: 1 };
    return null;
  }
  if (!plain(e) || e.shiftKey) return null;
  if (e.key === 'Home') return { kind: 'home' };
  const key = e.key.toLowerCase();
  if (key === 'w') return { kind: 'span', span: 'week' };
  if (key === '2') return { kind: 'span', span: 'twoWeeks' };
  if (key === 'm') return { kind: 'span', span: 'month' };
  return null;
}

/**
 * Ctrl+1 … Ctrl+7 (or Alt+1 … Alt+7, where the browser keeps Ctrl+digit for its
 * tabs): the n-th screen, counted from 0. Read from the physical key so that
 * keyboard layouts with shifted digits work too.
 */
export function screenKeyOf(e: Keys, screens: number): number | null {
  if (e.shiftKey || e.metaKey || e.ctrlKey === e.altKey) return null;
  const digit = /^Digit([1-9])$/.exec(e.code)?.[1] ?? /^[1-9]$/.exec(e.key)?.[0];
  if (!digit) return null;
  const index = Number(digit) - 1;
  return index < screens ? index : null;
}

/** "?" opens the list of shortcuts. */
export function isHelpKey(e: Keys): boolean {
  return e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey;
}
