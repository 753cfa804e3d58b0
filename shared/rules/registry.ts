// Every rule the reference checker knows, hard ones (DESIGN §3) then soft ones (§4).
import { dateCohortUnavailable, dateNotWorkingDay, dateOutsideTerm, dateOutsideWindow } from './hard/dates';
import { roomDoubleBooked, trainerDoubleBooked, trainerTwoVenuesSameDay } from './hard/overlaps';
import { roomAtCustomerSite, roomMissingEquipment, roomTooSmall, roomUnavailable, roomWrongCentre } from './hard/rooms';
import { daysOutOfOrder, gapTooLong, gapTooShort } from './hard/sequence';
import { tooManyTrainers, trainerListedTwice, trainerMissingSkill, trainerOverMaxDays, trainerUnavailable } from './hard/trainers';
import type { Rule } from './rule';
import { continuity } from './soft/continuity';
import { cost } from './soft/cost';
import { fairLoad } from './soft/fairLoad';
import { roomFit } from './soft/roomFit';
import { spread } from './soft/spread';
import { stability } from './soft/stability';
import { travel } from './soft/travel';

export const RULES: readonly Rule[] = [
  dateNotWorkingDay,
  dateCohortUnavailable,
  dateOutsideTerm,
  dateOutsideWindow,
  daysOutOfOrder,
  gapTooShort,
  gapTooLong,
  roomWrongCentre,
  roomAtCustomerSite,
  roomTooSmall,
  roomMissingEquipment,
  roomUnavailable,
  roomDoubleBooked,
  trainerListedTwice,
  tooManyTrainers,
  trainerMissingSkill,
  trainerUnavailable,
  trainerOverMaxDays,
  trainerDoubleBooked,
  trainerTwoVenuesSameDay,
  continuity,
  stability,
  travel,
  cost,
  spread,
  fairLoad,
  roomFit,
];

const byName = new Map(RULES.map((r) => [r.name, r]));
if (byName.size !== RULES.length) throw new Error('two rules share a name');

export function ruleByName(name: string): Rule | undefined {
  return byName.get(name);
}
