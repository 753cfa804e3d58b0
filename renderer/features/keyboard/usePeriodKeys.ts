import { useEffect, useRef } from 'react';
import type { CalendarSpan } from '../../store/calendarSlice';
import { isTextEntry, modalIsOpen, periodKeyOf } from './shortcuts';

export interface PeriodActions {
  step(direction: 1 | -1): void;
  home(): void;
  /** Absent where the view has one span only (the month calendars). */
  span?(span: CalendarSpan): void;
}

/** Period keys for the calendar on screen: whoever draws the period's toolbar owns them. */
export function usePeriodKeys(actions: PeriodActions): void {
  // The latest actions, without re-binding the listener on every render.
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTextEntry(e.target) || modalIsOpen()) return;
      const key = periodKeyOf(e);
      if (!key) return;
      const act = latest.current;
      if (key.kind === 'step') act.step(key.direction);
      else if (key.kind === 'home') act.home();
      else if (act.span) act.span(key.span);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
