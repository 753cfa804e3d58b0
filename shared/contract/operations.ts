// The one typed list of operations between the UI (and the command line) and the
// services. Each entry pairs a zod schema for its input with the TypeScript type
// of its output; no channel name is written anywhere else. Every transport
// validates input against these schemas before a handler sees it.
import { z } from 'zod';
import { Centre, Closure, Cohort, Course, Lockable, Plan, Room, Session, Term, Trainer, IsoDate, Id } from '../domain/schema';
import type { CheckResult } from '../rules/types';
import type { RepairApplied, RepairProposal, SolverStarted, SolverStatus } from './solverResults';
import type { PrintDocument, PrintedPdf } from './printResults';
import type { PublicationChanges, PublishResult } from './publishingResults';
import type { StoreStatus, PlanSummary, CourseChangeImpact, DeleteResult, ImportResult, HistoryStatus, SheetImportResult } from './results';

interface Op<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
}
const op = <O>() => <I extends z.ZodType>(input: I): Op<I, O> => ({ input });

const Empty = z.object({}).strict().default({});
const ById = z.object({ id: Id }).strict();
const DeleteInput = z.object({ id: Id, unassign: z.boolean().default(false) }).strict();
// A patch is checked here only for its shape (an object); the service merges it
// into the stored entity and validates the WHOLE result with the entity's schema,
// because many rules span fields (start ≤ end, maxGapDays ≥ minGapDays).
const Patch = z.record(z.string(), z.unknown());
/** A spreadsheet (.xlsx or CSV) to import trainers, rooms or cohorts from, its bytes in base64. */
const SheetImportInput = z
  .object({
    table: z.enum(['trainers', 'rooms', 'cohorts']),
    data: z.base64('must be the file in base64').min(1, 'must not be empty'),
    /** Header → field, or null to ignore the column; headers it does not name are guessed. */
    mapping: z.record(z.string(), z.string().nullable()).optional(),
    sheetName: z.string().optional(),
  })
  .strict();

const IsoWeek = z.string().regex(/^\d{4}-W\d{2}$/, 'must be an ISO week such as 2027-W03');
const oneWeekOrDay = (r: { week?: string; date?: string }) => (r.week === undefined) !== (r.date === undefined);
const weekOrDayMessage = { message: 'give either a week (2027-W03) or a date, not both', path: ['week'] };
const RoomPlanRequest = z.object({ centreId: Id, week: IsoWeek.optional(), date: IsoDate.optional() }).strict();
const DoorSignsRequest = z.object({ centreId: Id, date: IsoDate }).strict();
const TrainerRequest = z.object({ trainerId: Id }).strict();
const CohortRequest = z.object({ cohortId: Id }).strict();
const PrintRequest = z
  .discriminatedUnion('what', [
    RoomPlanRequest.extend({ what: z.literal('roomPlan') }),
    DoorSignsRequest.extend({ what: z.literal('doorSigns') }),
    TrainerRequest.extend({ what: z.literal('trainer') }),
    CohortRequest.extend({ what: z.literal('cohort') }),
  ])
  .refine((r) => r.what !== 'roomPlan' || oneWeekOrDay(r), weekOrDayMessage);

/** A planner's own value for one session of a repair proposal, instead of the proposed one. */
const RepairEdit = z
  .object({
    sessionId: Id,
    date: IsoDate.optional(),
    room: Id.optional(),
    trainers: z
      .array(Id)
      .refine((ids) => new Set(ids).size === ids.length, 'names the same trainer twice')
      .optional(),
  })
  .strict()
  .refine((e) => e.date !== undefined || e.room !== undefined || e.trainers !== undefined, 'changes nothing: give a date, a room or trainers');

const Language = z.enum(['en', 'da']);

export const operations = {
  /** The language the services write their messages in from now on (the UI's); English until told. */
  'app.setLanguage': op<{ language: 'en' | 'da' }>()(z.object({ language: Language }).strict()),
  'store.status': op<StoreStatus>()(Empty),
  'plan.summary': op<PlanSummary>()(Empty),
  /** Statements and justifications in the UI's language; the services' language (app.setLanguage) when not given. */
  'plan.check': op<CheckResult>()(z.object({ language: Language.optional() }).strict().default({})),
  'plan.export': op<Plan>()(Empty),
  'plan.import': op<ImportResult>()(z.object({ plan: z.unknown() }).strict()),
  'demo.load': op<ImportResult>()(
    z.object({ size: z.enum(['small', 'term', 'large']).default('term'), seed: z.number().int().default(1) }).strict(),
  ),

  /** Every changing operation is one undo step; undo and redo are saved like any change. */
  'history.status': op<HistoryStatus>()(Empty),
  'history.undo': op<HistoryStatus>()(Empty),
  'history.redo': op<HistoryStatus>()(Empty),

  'term.get': op<Term>()(Empty),
  'term.update': op<Term>()(z.object({ patch: Patch }).strict()),

  'closures.list': op<Closure[]>()(Empty),
  'closures.create': op<Closure[]>()(z.object({ closure: z.unknown() }).strict()),
  'closures.update': op<Closure[]>()(z.object({ index: z.number().int().min(0), patch: Patch }).strict()),
  'closures.delete': op<Closure[]>()(z.object({ index: z.number().int().min(0) }).strict()),

  'centres.list': op<Centre[]>()(Empty),
  'centres.get': op<Centre>()(ById),
  'centres.create': op<Centre>()(z.object({ centre: z.unknown() }).strict()),
  'centres.update': op<Centre>()(z.object({ id: Id, patch: Patch }).strict()),
  'centres.delete': op<DeleteResult>()(DeleteInput),

  'rooms.list': op<Room[]>()(z.object({ centreId: Id.optional() }).strict().default({})),
  'rooms.get': op<Room>()(ById),
  'rooms.create': op<Room>()(z.object({ room: z.unknown() }).strict()),
  'rooms.update': op<Room>()(z.object({ id: Id, patch: Patch }).strict()),
  'rooms.delete': op<DeleteResult>()(DeleteInput),

  'trainers.list': op<Trainer[]>()(Empty),
  'trainers.get': op<Trainer>()(ById),
  'trainers.create': op<Trainer>()(z.object({ trainer: z.unknown() }).strict()),
  'trainers.update': op<Trainer>()(z.object({ id: Id, patch: Patch }).strict()),
  'trainers.delete': op<DeleteResult>()(DeleteInput),

  'courses.list': op<Course[]>()(Empty),
  'courses.get': op<Course>()(ById),
  'courses.create': op<Course>()(z.object({ course: z.unknown() }).strict()),
  /** Without `confirm`, a change that removes or alters planned sessions is not applied: the impact is returned. */
  'courses.update': op<CourseChangeImpact>()(z.object({ id: Id, patch: Patch, confirm: z.boolean().default(false) }).strict()),
  'courses.delete': op<DeleteResult>()(DeleteInput),

  'cohorts.list': op<Cohort[]>()(Empty),
  'cohorts.get': op<Cohort>()(ById),
  /** Creates the cohort and one session per day template of its course. */
  'cohorts.create': op<{ cohort: Cohort; sessions: Session[] }>()(z.object({ cohort: z.unknown() }).strict()),
  'cohorts.update': op<Cohort>()(z.object({ id: Id, patch: Patch }).strict()),
  'cohorts.delete': op<DeleteResult>()(DeleteInput),

  'sessions.list': op<Session[]>()(z.object({ cohortId: Id.optional(), date: IsoDate.optional() }).strict().default({})),
  'sessions.get': op<Session>()(ById),
  /** Sets a session's planned values; its cohort, day and slot are fixed facts. */
  'sessions.update': op<Session>()(
    z
      .object({
        id: Id,
        patch: z
          .object({
            date: IsoDate.nullable().optional(),
            roomId: Id.nullable().optional(),
            trainerIds: z.array(Id).optional(),
            locked: z.array(Lockable).optional(),
          })
          .strict(),
      })
      .strict(),
  ),

  /** What importing the sheet would do, row by row; changes nothing. */
  'sheets.importPreview': op<SheetImportResult>()(SheetImportInput),
  /** Writes every valid row in one change; rejected rows are skipped and listed. */
  'sheets.import': op<SheetImportResult>()(SheetImportInput),

  /**
   * Starts the solver in the background. Progress is not pushed: the UI polls
   * `solver.status`, which works the same over IPC and HTTP. When the run ends its
   * plan is applied as one undo step, unless the plan changed meanwhile.
   */
  'solver.start': op<SolverStarted>()(
    z
      .object({
        mode: z.enum(['fill', 'optimise', 'repair']).default('fill'),
        seconds: z.number().positive('must be more than 0').max(3600, 'must be at most 3600 (one hour)').default(10),
        seed: z.number().int().optional(),
        stopWhenFeasible: z.boolean().default(false),
      })
      .strict(),
  ),
  'solver.status': op<SolverStatus>()(z.object({ runId: Id }).strict()),
  /** Stops the run; it ends with the best plan found so far, applied like a finished run. */
  'solver.cancel': op<SolverStatus>()(z.object({ runId: Id }).strict()),
  /** Marks the trainer unavailable (one undo step) and proposes a repair, without applying it. */
  'solver.trainerCancels': op<RepairProposal>()(
    z
      .object({ trainerId: Id, start: IsoDate, end: IsoDate })
      .strict()
      .refine((r) => r.start <= r.end, { message: 'ends before it starts', path: ['end'] }),
  ),
  /**
   * Applies a proposed repair as one undo step, if the plan has not changed since.
   * `leaveOut`: changes the planner declined (those sessions keep their values);
   * `edits`: values the planner chose instead of the proposed ones, locked like a hand edit.
   */
  'solver.applyRepair': op<RepairApplied>()(
    z
      .object({
        proposalId: Id,
        leaveOut: z.array(Id).default([]),
        edits: z.array(RepairEdit).default([]),
      })
      .strict(),
  ),

  /** Printouts as stand-alone HTML (print preview, the user's own printing). */
  'print.roomPlanHtml': op<PrintDocument>()(RoomPlanRequest.refine(oneWeekOrDay, weekOrDayMessage)),
  'print.doorSignsHtml': op<PrintDocument>()(DoorSignsRequest),
  'print.trainerHtml': op<PrintDocument>()(TrainerRequest),
  'print.cohortHtml': op<PrintDocument>()(CohortRequest),
  /** The same printout as a PDF file (base64). */
  'print.pdf': op<PrintedPdf>()(PrintRequest),

  /** Marks the plan as sent: remembers every session's planned values and raises the SEQUENCE of those changed since the last time. */
  'plan.publish': op<PublishResult>()(Empty),
  /** Every session whose date, room or trainers changed since publishing, and which trainers and customers need a new schedule. */
  'plan.changesSincePublication': op<PublicationChanges>()(Empty),
} as const;

export type Operations = typeof operations;
export type OpName = keyof Operations;
export type OpInput<K extends OpName> = z.input<Operations[K]['input']>;
export type OpParsedInput<K extends OpName> = z.output<Operations[K]['input']>;
export type OpOutput<K extends OpName> = NonNullable<Operations[K]['output']>;

/** What a service layer implements: one handler per operation, typed from the contract. */
export type Handlers = { [K in OpName]: (input: OpParsedInput<K>) => Promise<OpOutput<K>> };

/** What the UI and scripts call, whatever the transport. */
export interface HoldplanClient {
  invoke<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>>;
}

export const OP_NAMES = Object.keys(operations) as OpName[];

export function isOpName(name: string): name is OpName {
  return Object.prototype.hasOwnProperty.call(operations, name);
}

// Re-exported so that callers import every contract type from one place.
export type { CheckResult };
export { Plan, Centre, Room, Trainer, Course, Cohort, Session, Closure, Term };
