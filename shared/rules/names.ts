// How justifications name things: by the names a planner knows, never by ids
// (an id appears only when the data set lacks the thing it points to), in the
// language of the check.
import { format } from 'date-fns';
import { da as daLocale } from 'date-fns/locale';
import { formatDay, toDate } from '../calendar/dates';
import { isCentreVenue, type Cohort, type IsoDate, type Room, type Session } from '../domain/schema';
import type { RuleContext } from './context';
import type { Language } from './types';

/** "Mon 8 Feb 2027" or "man. 8. feb. 2027". */
export function formatDayIn(iso: IsoDate, language: Language): string {
  return language === 'da' ? format(toDate(iso), 'EEE d. MMM yyyy', { locale: daLocale }) : formatDay(iso);
}

export function sessionName(ctx: RuleContext, s: Session): string {
  const da = ctx.language === 'da';
  const cohort = ctx.cohorts.get(s.cohortId);
  const name = cohort?.name ?? `${da ? 'hold' : 'cohort'} ${s.cohortId}`;
  return `${name}, ${da ? 'dag' : 'day'} ${s.dayIndex + 1}`;
}

export function trainerName(ctx: RuleContext, id: string): string {
  return ctx.trainers.get(id)?.name ?? `${ctx.language === 'da' ? 'underviser' : 'trainer'} ${id}`;
}

export function roomName(ctx: RuleContext, room: Room): string {
  const centre = ctx.centres.get(room.centreId);
  return centre ? `${room.name} ${ctx.language === 'da' ? 'på' : 'at'} ${centre.name}` : room.name;
}

export function centreName(ctx: RuleContext, centreId: string): string {
  return ctx.centres.get(centreId)?.name ?? `${ctx.language === 'da' ? 'center' : 'centre'} ${centreId}`;
}

export function venueName(ctx: RuleContext, cohort: Cohort): string {
  if (isCentreVenue(cohort.venue)) return centreName(ctx, cohort.venue.centreId);
  return ctx.language === 'da' ? `kundens egen adresse (${cohort.venue.site})` : `the customer's site (${cohort.venue.site})`;
}

/** "A", "A and B", "A, B and C" ("A, B og C" in Danish). */
export function listNames(names: readonly string[], language: Language = 'en'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${language === 'da' ? 'og' : 'and'} ${names[names.length - 1]}`;
}

/** "1 day", "2 days", "1½ days" ("1 dag", "2 dage", "1½ dage"): counts kept in half days. */
export function halfDays(halves: number, language: Language = 'en'): string {
  const whole = Math.floor(halves / 2);
  const text = halves % 2 === 0 ? String(whole) : whole === 0 ? '½' : `${whole}½`;
  const one = halves === 1 || halves === 2;
  return `${text} ${language === 'da' ? (one ? 'dag' : 'dage') : one ? 'day' : 'days'}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
