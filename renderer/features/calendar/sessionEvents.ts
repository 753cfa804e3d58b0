// Sessions as calendar events: one per row they appear in (a session with two
// trainers is in both trainers' rows), coloured by programme, marked when the
// services' check finds them in conflict.
import type { EventInput } from '@fullcalendar/react';
import type { Session } from '../../../shared/domain/schema';
import type { T } from '../../i18n/useT';
import type { CalendarSpan } from '../../store/calendarSlice';
import type { ConflictMark } from './conflictMarks';
import { describeSession } from './describeSession';
import { inDayRange, slotTimes, type DayRange } from './timeAxis';
import type { PlanIndex } from './verdict/planIndex';

export interface EventContext {
  index: PlanIndex;
  range: DayRange;
  span: CalendarSpan;
  marks: ReadonlyMap<string, { mark: ConflictMark; reasons: string[] }>;
  colourOf: (courseId: string) => string;
  t: T;
}

function eventFor(ctx: EventContext, s: Session & { date: string }, resourceId: string, lines: string[]): EventInput {
  const words = describeSession(ctx.index, s, ctx.t);
  const conflict = ctx.marks.get(s.id);
  const locked = s.locked.length > 0;
  const tooltip = [
    `${words.cohort} — ${words.day}`,
    words.course,
    `${words.slot} · ${words.room} · ${words.venue}`,
    words.trainers,
    words.participants,
    ...(conflict ? ['', ...conflict.reasons] : []),
  ].join('\n');
  const classes = ['hp-event', `hp-s-${s.id}`, `hp-slot-${s.slot}`];
  if (conflict) classes.push(conflict.mark === 'lockedConflict' ? 'hp-locked-conflict' : 'hp-conflict');
  if (locked) classes.push('hp-locked');
  const { start, end } = slotTimes(s.date, s.slot);
  return {
    id: `${s.id}@${resourceId}`,
    resourceId,
    start,
    end,
    title: lines[0] ?? words.cohort,
    color: ctx.colourOf(words.courseId),
    extendedProps: { sessionId: s.id, resourceId, lines, tooltip, locked, classes: classes.join(' ') },
  };
}

function dated(s: Session, range: DayRange): s is Session & { date: string } {
  return inDayRange(s.date, range);
}

export function roomPlanEvents(ctx: EventContext, roomIds: ReadonlySet<string>): EventInput[] {
  const out: EventInput[] = [];
  for (const s of ctx.index.plan.sessions) {
    if (s.roomId === null || !roomIds.has(s.roomId) || !dated(s, ctx.range)) continue;
    const w = describeSession(ctx.index, s, ctx.t);
    const lines = ctx.span === 'month' ? [w.code || w.cohort] : [w.cohort, w.day, w.trainers, w.participants];
    out.push(eventFor(ctx, s, s.roomId, lines));
  }
  return out;
}

export function trainerEvents(ctx: EventContext, trainerIds: ReadonlySet<string>): EventInput[] {
  const out: EventInput[] = [];
  for (const s of ctx.index.plan.sessions) {
    if (s.trainerIds.length === 0 || !dated(s, ctx.range)) continue;
    let w: ReturnType<typeof describeSession> | null = null;
    for (const trainerId of new Set(s.trainerIds)) {
      if (!trainerIds.has(trainerId)) continue;
      w ??= describeSession(ctx.index, s, ctx.t);
      const lines = ctx.span === 'week' ? [w.cohort, `${w.venue} · ${w.room}`] : ctx.span === 'month' ? [w.code || w.cohort] : [w.cohort];
      out.push(eventFor(ctx, s, trainerId, lines));
    }
  }
  return out;
}
