// The slots in the words and order of a Danish timetable: the morning first.
import type { Slot } from '../../shared/domain/schema';

export const SLOT_NAME: Record<Slot, string> = { full: 'Hele dagen', am: 'Formiddag', pm: 'Eftermiddag' };

const SLOT_ORDER: Record<Slot, number> = { am: 0, full: 1, pm: 2 };

export function bySlot(a: { slot: Slot }, b: { slot: Slot }): number {
  return SLOT_ORDER[a.slot] - SLOT_ORDER[b.slot];
}
