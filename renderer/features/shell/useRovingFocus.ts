import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * One Tab stop for a list of buttons; the arrow keys, Home and End move between
 * them (WAI-ARIA roving tabindex). Enter or Space activates, as on any button.
 */
export function useRovingFocus(count: number, selected: number) {
  const [focused, setFocused] = useState(selected);
  const items = useRef<Array<HTMLElement | null>>([]);

  const moveTo = useCallback((index: number) => {
    setFocused(index);
    items.current[index]?.focus();
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      let target: number | null = null;
      if (NEXT.has(event.key)) target = (focused + 1) % count;
      else if (PREVIOUS.has(event.key)) target = (focused - 1 + count) % count;
      else if (event.key === 'Home') target = 0;
      else if (event.key === 'End') target = count - 1;
      if (target === null) return;
      event.preventDefault();
      moveTo(target);
    },
    [count, focused, moveTo],
  );

  const itemProps = (index: number) => ({
    ref: (el: HTMLElement | null) => {
      items.current[index] = el;
    },
    tabIndex: index === focused ? 0 : -1,
    onFocus: () => setFocused(index),
  });

  return { onKeyDown, itemProps };
}
