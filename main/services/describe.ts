// How services name sessions and lists in messages: the planner reads these, so
// they use names and days, not ids, in the language of the operation.
import { formatDayIn } from '../../shared/rules/names';
import type { Plan, Session } from '../../shared/domain/schema';
import { currentLanguage, type Language } from './language';

/** "GLU Odense hold 2 day 1 on Tue 12 Jan 2027" / "GLU Odense hold 2 dag 1 (tir. 12. jan. 2027)". */
export function describeSession(plan: Pick<Plan, 'cohorts'>, session: Session, language: Language = currentLanguage()): string {
  const da = language === 'da';
  const cohort = plan.cohorts.find((c) => c.id === session.cohortId);
  const name = cohort?.name ?? `${da ? 'hold' : 'cohort'} ${session.cohortId}`;
  const day = `${name} ${da ? 'dag' : 'day'} ${session.dayIndex + 1}`;
  if (!session.date) return day;
  const date = formatDayIn(session.date, language);
  return da ? `${day} (${date})` : `${day} on ${date}`;
}

/** "a, b, c and 4 more": long lists are cut so the message stays one readable line. */
export function listInWords(items: readonly string[], max = 5, language: Language = currentLanguage()): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} ${language === 'da' ? 'og' : 'and'} ${items.length - max} ${language === 'da' ? 'mere' : 'more'}`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function isPlanned(session: Session): boolean {
  return session.date !== null || session.roomId !== null || session.trainerIds.length > 0;
}
