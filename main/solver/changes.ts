// What a solver run or a repair changed, session by session, in words:
// "GLU Odense hold 2 day 1: Tue 12 Jan 2027, Lokale 1, Ane Holm → Thu 14 Jan 2027, Lokale 1, Bo Jensen",
// or in Danish "GLU Odense hold 2 dag 1: tir. 12. jan. 2027, Lokale 1, Ane Holm → …".
import type { Language } from '../../shared/i18n/text';
import { formatDayIn } from '../../shared/rules/names';
import type { SessionChange } from '../../shared/contract/solverResults';
import type { Plan, Session } from '../../shared/domain/schema';
import { changedValues } from '../../shared/rules/soft/stability';
import { sessionLabel } from './explain';

export function plannedInWords(plan: Plan, s: Session, language: Language = 'en'): string {
  const da = language === 'da';
  const parts: string[] = [];
  if (s.date !== null) parts.push(formatDayIn(s.date, language));
  if (s.roomId !== null) parts.push(plan.rooms.find((r) => r.id === s.roomId)?.name ?? `${da ? 'lokale' : 'room'} ${s.roomId}`);
  if (s.trainerIds.length > 0)
    parts.push(s.trainerIds.map((id) => plan.trainers.find((t) => t.id === id)?.name ?? `${da ? 'underviser' : 'trainer'} ${id}`).join(da ? ' og ' : ' and '));
  return parts.length === 0 ? (da ? 'ikke tildelt' : 'unassigned') : parts.join(', ');
}

/** Every session whose date, room or trainers differ between the two plans, in `after`'s order. */
export function sessionChanges(before: Plan, after: Plan, why: (sessionId: string) => string = () => '', language: Language = 'en'): SessionChange[] {
  const old = new Map(before.sessions.map((s) => [s.id, s]));
  const out: SessionChange[] = [];
  for (const s of after.sessions) {
    const was = old.get(s.id);
    if (!was || changedValues(was, s).length === 0) continue;
    out.push({ sessionId: s.id, session: sessionLabel(after, s, language), before: plannedInWords(before, was, language), after: plannedInWords(after, s, language), why: why(s.id) });
  }
  return out;
}

/** The plan `target` with only its sessions' planned values taken from `source` (matched by id). */
export function withPlannedValuesOf(target: Plan, source: Plan): Plan {
  const planned = new Map(source.sessions.map((s) => [s.id, s]));
  return {
    ...target,
    sessions: target.sessions.map((s) => {
      const p = planned.get(s.id);
      return p ? { ...s, date: p.date, roomId: p.roomId, trainerIds: [...p.trainerIds] } : s;
    }),
  };
}
