// A trainer's own schedule and a cohort's programme: every session in date
// order; days not yet dated come last, so nothing a reader needs goes missing.
import type { Plan, Session } from '../../shared/domain/schema';
import { indexPlan } from '../exchange/sessionFacts';
import { findCohort, findTrainer } from './findEntity';
import { printedSession, type PrintedSession } from './printedSession';
import { bySlot } from './slotNames';

export interface TrainerScheduleData {
  termName: string;
  trainer: { id: string; name: string; email: string; phone: string };
  sessions: PrintedSession[];
  /** Full days count 1, half days 0.5, as maxDays counts them. */
  days: number;
}

export interface CohortProgrammeData {
  termName: string;
  cohort: { id: string; name: string; customer: string; participants: number };
  course: string;
  sessions: PrintedSession[];
}

function chronological(a: Session, b: Session): number {
  if (a.date === b.date) return bySlot(a, b) || a.dayIndex - b.dayIndex;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date.localeCompare(b.date);
}

export function selectTrainerSchedule(plan: Plan, trainerId: string): TrainerScheduleData {
  const trainer = findTrainer(plan, trainerId);
  const index = indexPlan(plan);
  const mine = plan.sessions.filter((s) => s.trainerIds.includes(trainer.id)).sort(chronological);
  return {
    termName: plan.term.name,
    trainer: { id: trainer.id, name: trainer.name, email: trainer.email, phone: trainer.phone },
    sessions: mine.map((s) => printedSession(plan, index, s)),
    days: mine.reduce((sum, s) => sum + (s.slot === 'full' ? 1 : 0.5), 0),
  };
}

export function selectCohortProgramme(plan: Plan, cohortId: string): CohortProgrammeData {
  const cohort = findCohort(plan, cohortId);
  const index = indexPlan(plan);
  const sessions = plan.sessions.filter((s) => s.cohortId === cohort.id).sort(chronological);
  return {
    termName: plan.term.name,
    cohort: { id: cohort.id, name: cohort.name, customer: cohort.customer, participants: cohort.participants },
    course: index.courses.get(cohort.courseId)?.name ?? cohort.courseId,
    sessions: sessions.map((s) => printedSession(plan, index, s)),
  };
}
