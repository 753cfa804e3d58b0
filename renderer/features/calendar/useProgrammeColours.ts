import { useMemo } from 'react';
import type { EventInput } from '@fullcalendar/react';
import { useAppStore } from '../../store/useAppStore';
import { programmeColours } from './colours';

export function useProgrammeColours() {
  const courses = useAppStore((s) => s.plan?.courses);
  return useMemo(() => programmeColours(courses ?? []), [courses]);
}

/** The programmes that appear among the events, for the legend. */
export function legendOf(colours: ReturnType<typeof programmeColours>, events: readonly EventInput[]) {
  const used = new Set(events.map((e) => e.color));
  return [...colours.families].filter(([, f]) => used.has(f.colour)).map(([family, f]) => ({ family, ...f }));
}
