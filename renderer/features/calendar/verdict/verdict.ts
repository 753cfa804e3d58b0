// "Would this move break a rule?" answered by the reference rules of shared/,
// run over a small plan holding only what the moved session can meet: its
// cohort's days, every day of its trainers, and its room on the new date. The
// hard rules look no further than that, so their answer is the full check's.
import { checkSessions } from '../../../../shared/rules/check';
import type { Plan, Session } from '../../../../shared/domain/schema';
import type { Language, Violation } from '../../../../shared/rules/types';
import type { PlanIndex } from './planIndex';

export type SessionPatch = Partial<Pick<Session, 'date' | 'roomId' | 'trainerIds' | 'locked'>>;

export interface Verdict {
  /** Hard violations that involve the session once the patch is applied. */
  hard: Violation[];
}

export function applyPatch(s: Session, patch: SessionPatch): Session {
  return { ...s, ...patch };
}

/** The sessions the hard rules need to judge `moved`: its neighbours by cohort, trainer and room-day. */
export function neighbourhood(index: PlanIndex, moved: Session): Session[] {
  const out = new Map<string, Session>();
  const add = (list: readonly Session[] | undefined) => {
    if (list) for (const s of list) out.set(s.id, s);
  };
  add(index.byCohort.get(moved.cohortId));
  for (const t of moved.trainerIds) add(index.byTrainer.get(t));
  if (moved.roomId !== null && moved.date !== null) add(index.byRoomDay.get(`${moved.roomId}|${moved.date}`));
  out.set(moved.id, moved);
  const at = (s: Session) => index.position.get(s.id) ?? 0;
  return [...out.values()].sort((a, b) => at(a) - at(b));
}

/** `language`: the words of the justifications (the UI's language). */
export function verdictFor(index: PlanIndex, sessionId: string, patch: SessionPatch, language: Language = 'en'): Verdict {
  const original = index.sessions.get(sessionId);
  if (!original) return { hard: [] };
  const moved = applyPatch(original, patch);
  const small: Plan = { ...index.plan, sessions: neighbourhood(index, moved) };
  const found = checkSessions(small, [sessionId], { language });
  return { hard: found.filter((v) => v.level === 'hard') };
}
