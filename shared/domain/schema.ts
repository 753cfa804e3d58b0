// The holdplan/v1 exchange format (DESIGN §2, §5) as zod schemas.
// Every object is loose: fields this version does not know are kept, so a file
// written by a newer Holdplan or another tool survives import → store → export.
import { z } from 'zod';

export const FORMAT = 'holdplan/v1' as const;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A local calendar date, `YYYY-MM-DD`, that exists (no 2027-02-30). */
export const IsoDate = z
  .string()
  .regex(isoDatePattern, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'is not a real calendar date');
export type IsoDate = string;

export const Id = z.string().min(1, 'must not be empty').max(200, 'is longer than 200 characters');

/** A name or title a planner reads: blank ones (only spaces) are refused. */
const Name = (message: string) => z.string().refine((s) => s.trim().length > 0, message);

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM');
const TimeRange = z.tuple([ClockTime, ClockTime]);

export const SLOTS = ['full', 'am', 'pm'] as const;
export const Slot = z.enum(SLOTS);
export type Slot = z.infer<typeof Slot>;

export const SlotTimes = z.looseObject({
  full: TimeRange.optional(),
  am: TimeRange.optional(),
  pm: TimeRange.optional(),
});
export type SlotTimes = z.infer<typeof SlotTimes>;

export const REGIONS = ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'] as const;
export const Region = z.enum(REGIONS);
export type Region = z.infer<typeof Region>;

export const DateRange = z
  .looseObject({ start: IsoDate, end: IsoDate })
  .refine((r) => r.start <= r.end, { message: 'ends before it starts', path: ['end'] });
export type DateRange = z.infer<typeof DateRange>;

export const Term = z
  .looseObject({ name: Name('needs a name'), start: IsoDate, end: IsoDate })
  .refine((t) => t.start <= t.end, { message: 'the term ends before it starts', path: ['end'] });
export type Term = z.infer<typeof Term>;

export const Closure = z
  .looseObject({
    start: IsoDate,
    end: IsoDate,
    centreId: Id.nullable().default(null),
    reason: z.string().default(''),
  })
  .refine((c) => c.start <= c.end, { message: 'ends before it starts', path: ['end'] });
export type Closure = z.infer<typeof Closure>;

export const Centre = z.looseObject({
  id: Id,
  name: Name('needs a name'),
  city: z.string().default(''),
  address: z.string().default(''),
  region: Region,
  slotTimes: SlotTimes.optional(),
});
export type Centre = z.infer<typeof Centre>;

export const Room = z.looseObject({
  id: Id,
  centreId: Id,
  name: Name('needs a name'),
  capacity: z.number().int().positive('must hold at least one person'),
  equipment: z.array(z.string()).default([]),
  unavailable: z.array(DateRange).default([]),
});
export type Room = z.infer<typeof Room>;

export const TRAINER_KINDS = ['internal', 'external'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

export const Trainer = z.looseObject({
  id: Id,
  name: Name('needs a name'),
  email: z.string().default(''),
  phone: z.string().default(''),
  kind: z.enum(TRAINER_KINDS),
  homeRegion: Region,
  skills: z.array(z.string()).default([]),
  unavailable: z.array(DateRange).default([]),
  maxDays: z.number().nonnegative('cannot be negative'),
  dayRate: z.number().nonnegative('cannot be negative'),
  preferredWeekdays: z.array(z.enum(WEEKDAYS)).optional(),
});
export type Trainer = z.infer<typeof Trainer>;

export const DAY_KINDS = ['teaching', 'learningCafe', 'workshop', 'meeting', 'conference'] as const;

export const DayTemplate = z
  .looseObject({
    title: Name('needs a title'),
    kind: z.enum(DAY_KINDS),
    slot: Slot,
    skills: z.array(z.string()).default([]),
    trainers: z.number().int().min(0).max(10).default(1),
    equipment: z.array(z.string()).default([]),
    minGapDays: z.number().int().min(1, 'must be at least 1').default(1),
    maxGapDays: z.number().int().min(1).optional(),
  })
  .refine((d) => d.maxGapDays === undefined || d.maxGapDays >= d.minGapDays, {
    message: 'the largest gap is smaller than the smallest',
    path: ['maxGapDays'],
  });
export type DayTemplate = z.infer<typeof DayTemplate>;

export const Course = z.looseObject({
  id: Id,
  code: z.string().default(''),
  name: Name('needs a name'),
  days: z.array(DayTemplate).min(1, 'needs at least one course day'),
});
export type Course = z.infer<typeof Course>;

export const CentreVenue = z.looseObject({ centreId: Id });
export const SiteVenue = z.looseObject({ site: Name('needs an address'), region: Region });
export const Venue = z.union([CentreVenue, SiteVenue]);
export type Venue = z.infer<typeof Venue>;

export const Cohort = z.looseObject({
  id: Id,
  courseId: Id,
  name: Name('needs a name'),
  customer: z.string().default(''),
  participants: z.number().int().positive('needs at least one participant'),
  venue: Venue,
  window: DateRange,
  unavailable: z.array(DateRange).optional(),
});
export type Cohort = z.infer<typeof Cohort>;

export const LOCKABLE = ['date', 'room', 'trainers'] as const;
export const Lockable = z.enum(LOCKABLE);
export type Lockable = z.infer<typeof Lockable>;

export const Session = z.looseObject({
  id: Id,
  cohortId: Id,
  dayIndex: z.number().int().min(0),
  slot: Slot,
  date: IsoDate.nullable().default(null),
  roomId: Id.nullable().default(null),
  trainerIds: z.array(Id).default([]),
  locked: z.array(Lockable).default([]),
});
export type Session = z.infer<typeof Session>;

/** A session's planned values as they were when the plan was published (its cohort's id, name and customer name it once it is gone). */
export const PublishedSession = z.looseObject({
  date: IsoDate.nullable(),
  roomId: Id.nullable(),
  trainerIds: z.array(Id),
  cohortId: Id.optional(),
  dayIndex: z.number().int().min(0).optional(),
  cohortName: z.string().optional(),
  customer: z.string().optional(),
});
export type PublishedSession = z.infer<typeof PublishedSession>;

/** What the planner last sent out, and each session's calendar SEQUENCE (raised when a published session changes). */
export const Publication = z.looseObject({
  publishedAt: z.string().min(1, 'must not be empty'),
  sessions: z.record(Id, PublishedSession),
  sequences: z.record(Id, z.number().int().min(0, 'cannot be negative')),
});
export type Publication = z.infer<typeof Publication>;

export const Plan = z.looseObject({
  format: z.literal(FORMAT, { error: `the format must be "${FORMAT}"` }),
  term: Term,
  slotTimes: SlotTimes.optional(),
  closures: z.array(Closure).default([]),
  centres: z.array(Centre).default([]),
  rooms: z.array(Room).default([]),
  trainers: z.array(Trainer).default([]),
  courses: z.array(Course).default([]),
  cohorts: z.array(Cohort).default([]),
  sessions: z.array(Session).default([]),
  publication: Publication.optional(),
});
export type Plan = z.infer<typeof Plan>;

export function isCentreVenue(v: Venue): v is z.infer<typeof CentreVenue> {
  return typeof (v as { centreId?: unknown }).centreId === 'string';
}

export const DEFAULT_SLOT_TIMES: Required<Pick<SlotTimes, 'full' | 'am' | 'pm'>> = {
  full: ['09:00', '15:30'],
  am: ['09:00', '12:00'],
  pm: ['12:30', '15:30'],
};
