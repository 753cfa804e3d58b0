// The clock times of a slot at a venue: the centre's own times, else the data
// set's, else the defaults of DESIGN §2. Calendars, sheets and printouts agree on them.
import { DEFAULT_SLOT_TIMES, type Centre, type Plan, type Slot } from '../../shared/domain/schema';

export type ClockRange = readonly [start: string, end: string];

export function slotTimesAt(plan: Pick<Plan, 'slotTimes'>, centre: Pick<Centre, 'slotTimes'> | undefined, slot: Slot): ClockRange {
  return centre?.slotTimes?.[slot] ?? plan.slotTimes?.[slot] ?? DEFAULT_SLOT_TIMES[slot];
}
