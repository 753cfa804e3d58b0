// One door sign for each room of a centre that is used on the day: the room,
// the day, and its sessions (a morning and an afternoon course share one sign).
import type { IsoDate, Plan } from '../../shared/domain/schema';
import { closedReason } from '../../shared/calendar/workingDays';
import { HoldplanError } from '../../shared/domain/errors';
import { indexPlan } from '../exchange/sessionFacts';
import { findCentre } from './findEntity';
import { printedSession, type PrintedSession } from './printedSession';
import { bySlot } from './slotNames';
import { printingMessages } from '../services/messages/printing';
import { say } from '../services/messages/say';

export interface DoorSign {
  room: string;
  centre: string;
  address: string;
  date: IsoDate;
  sessions: PrintedSession[];
}

export interface DoorSignsData {
  centre: string;
  date: IsoDate;
  signs: DoorSign[];
}

const byName = new Intl.Collator('da', { numeric: true }).compare;

export function selectDoorSigns(plan: Plan, centreId: string, date: IsoDate): DoorSignsData {
  const centre = findCentre(plan, centreId);
  const index = indexPlan(plan);
  const rooms = plan.rooms.filter((r) => r.centreId === centre.id).sort((a, b) => byName(a.name, b.name));
  const signs: DoorSign[] = [];
  for (const room of rooms) {
    const sessions = plan.sessions.filter((s) => s.date === date && s.roomId === room.id).sort(bySlot);
    if (sessions.length === 0) continue;
    signs.push({ room: room.name, centre: centre.name, address: centre.address, date, sessions: sessions.map((s) => printedSession(plan, index, s)) });
  }
  if (signs.length === 0) {
    const closed = closedReason(date, plan.closures, centre.id);
    throw new HoldplanError('not-found', say(printingMessages.noDoorSigns({ centre: centre.name, date, closed })));
  }
  return { centre: centre.name, date, signs };
}
