// The reference checker's rules as small integers, in the registry's order, so
// the incremental score can keep a running penalty per rule in one typed array.
export const RULE_NAMES = [
  'date-not-working-day',
  'date-cohort-unavailable',
  'date-outside-term',
  'date-outside-window',
  'days-out-of-order',
  'gap-too-short',
  'gap-too-long',
  'room-wrong-centre',
  'room-at-customer-site',
  'room-too-small',
  'room-missing-equipment',
  'room-unavailable',
  'room-double-booked',
  'trainer-listed-twice',
  'too-many-trainers',
  'trainer-missing-skill',
  'trainer-unavailable',
  'trainer-over-max-days',
  'trainer-double-booked',
  'trainer-two-venues-same-day',
  'continuity',
  'stability',
  'travel',
  'cost',
  'spread',
  'fair-load',
  'room-fit',
] as const;

export type RuleName = (typeof RULE_NAMES)[number];
export const RULE_COUNT = RULE_NAMES.length;
/** Rules before this index are hard, the rest soft. */
export const FIRST_SOFT = 20;

export const R_NOT_WORKING_DAY = 0;
export const R_COHORT_UNAVAILABLE = 1;
export const R_OUTSIDE_TERM = 2;
export const R_OUTSIDE_WINDOW = 3;
export const R_OUT_OF_ORDER = 4;
export const R_GAP_TOO_SHORT = 5;
export const R_GAP_TOO_LONG = 6;
export const R_ROOM_WRONG_CENTRE = 7;
export const R_ROOM_AT_SITE = 8;
export const R_ROOM_TOO_SMALL = 9;
export const R_ROOM_EQUIPMENT = 10;
export const R_ROOM_UNAVAILABLE = 11;
export const R_ROOM_DOUBLE_BOOKED = 12;
export const R_LISTED_TWICE = 13;
export const R_TOO_MANY_TRAINERS = 14;
export const R_MISSING_SKILL = 15;
export const R_TRAINER_UNAVAILABLE = 16;
export const R_OVER_MAX_DAYS = 17;
export const R_TRAINER_DOUBLE_BOOKED = 18;
export const R_TWO_VENUES = 19;
export const R_CONTINUITY = 20;
export const R_STABILITY = 21;
export const R_TRAVEL = 22;
export const R_COST = 23;
export const R_SPREAD = 24;
export const R_FAIR_LOAD = 25;
export const R_ROOM_FIT = 26;
