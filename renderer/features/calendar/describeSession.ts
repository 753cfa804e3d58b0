// A session in the words the calendars and the details panel show.
import { isCentreVenue, type Session } from '../../../shared/domain/schema';
import type { T } from '../../i18n/useT';
import { templateOf, type PlanIndex } from './verdict/planIndex';

export interface SessionWords {
  cohort: string;
  course: string;
  code: string;
  courseId: string;
  day: string;
  trainers: string;
  participants: string;
  room: string;
  venue: string;
  slot: string;
}

export function describeSession(index: PlanIndex, s: Session, t: T): SessionWords {
  const cohort = index.cohorts.get(s.cohortId);
  const course = cohort ? index.courses.get(cohort.courseId) : undefined;
  const template = templateOf(index, s);
  const trainerNames = s.trainerIds.map((id) => index.trainers.get(id)?.name ?? id);
  const room = s.roomId === null ? null : index.rooms.get(s.roomId);
  let venue = '';
  if (cohort) {
    venue = isCentreVenue(cohort.venue)
      ? (index.plan.centres.find((c) => c.id === (cohort.venue as { centreId: string }).centreId)?.name ?? '')
      : cohort.venue.site;
  }
  return {
    cohort: cohort?.name ?? s.cohortId,
    course: course ? `${course.code} ${course.name}` : '',
    code: course?.code ?? '',
    courseId: course?.id ?? '',
    day: template ? `${t('cal.dayNo', { n: s.dayIndex + 1 })} · ${template.title.replace(/^Dag \d+:\s*/, '')}` : t('cal.dayNo', { n: s.dayIndex + 1 }),
    trainers: trainerNames.length > 0 ? trainerNames.join(', ') : t('cal.noTrainer'),
    participants: t('cal.participants', { n: cohort?.participants ?? 0 }),
    room: room ? room.name : s.roomId === null ? t('cal.noRoom') : s.roomId,
    venue,
    slot: t(`cal.slot.${s.slot}`),
  };
}
