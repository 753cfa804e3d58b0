// The structural problems of an imported data set (shared/domain/integrity.ts),
// in English and Danish. Ids are quoted because the planner must find them in the file.
import type { Text } from './text';

export type ListKind = 'centre' | 'room' | 'trainer' | 'course' | 'cohort' | 'session';

const KINDS_DA: Readonly<Record<ListKind, string>> = {
  centre: 'centre',
  room: 'lokaler',
  trainer: 'undervisere',
  course: 'kurser',
  cohort: 'hold',
  session: 'kursusdage',
};

export const integrityMessages = {
  duplicateId: (p: { kind: ListKind; id: string }): Text => ({
    en: `two ${p.kind}s have the id "${p.id}"`,
    da: `to ${KINDS_DA[p.kind]} har id'et "${p.id}"`,
  }),
  closureCentreMissing: (p: { start: string; end: string; centreId: string }): Text => ({
    en: `closure ${p.start}–${p.end} names centre "${p.centreId}", which does not exist`,
    da: `lukkedagene ${p.start}–${p.end} nævner centret "${p.centreId}", som ikke findes`,
  }),
  roomCentreMissing: (p: { roomId: string; centreId: string }): Text => ({
    en: `room "${p.roomId}" belongs to centre "${p.centreId}", which does not exist`,
    da: `lokalet "${p.roomId}" hører til centret "${p.centreId}", som ikke findes`,
  }),
  cohortCourseMissing: (p: { cohortId: string; courseId: string }): Text => ({
    en: `cohort "${p.cohortId}" takes course "${p.courseId}", which does not exist`,
    da: `holdet "${p.cohortId}" følger kurset "${p.courseId}", som ikke findes`,
  }),
  cohortCentreMissing: (p: { cohortId: string; centreId: string }): Text => ({
    en: `cohort "${p.cohortId}" is held at centre "${p.centreId}", which does not exist`,
    da: `holdet "${p.cohortId}" holdes på centret "${p.centreId}", som ikke findes`,
  }),
  sessionCohortMissing: (p: { sessionId: string; cohortId: string }): Text => ({
    en: `session "${p.sessionId}" belongs to cohort "${p.cohortId}", which does not exist`,
    da: `kursusdagen "${p.sessionId}" hører til holdet "${p.cohortId}", som ikke findes`,
  }),
  sessionDayMissing: (p: { sessionId: string; day: number; course: string; days: number }): Text => ({
    en: `session "${p.sessionId}" is day ${p.day} of ${p.course}, which has only ${p.days} days`,
    da: `kursusdagen "${p.sessionId}" er dag ${p.day} af ${p.course}, som kun har ${p.days} ${p.days === 1 ? 'dag' : 'dage'}`,
  }),
  sessionSlotWrong: (p: { sessionId: string; slot: string; templateSlot: string }): Text => ({
    en: `session "${p.sessionId}" has slot "${p.slot}" but its course day is "${p.templateSlot}"`,
    da: `kursusdagen "${p.sessionId}" har tidsrummet "${p.slot}", men dens dag i kurset er "${p.templateSlot}"`,
  }),
  cohortDayTwice: (p: { cohortId: string; day: number }): Text => ({
    en: `cohort "${p.cohortId}" has two sessions for day ${p.day}`,
    da: `holdet "${p.cohortId}" har to kursusdage for dag ${p.day}`,
  }),
  sessionRoomMissing: (p: { sessionId: string; roomId: string }): Text => ({
    en: `session "${p.sessionId}" uses room "${p.roomId}", which does not exist`,
    da: `kursusdagen "${p.sessionId}" bruger lokalet "${p.roomId}", som ikke findes`,
  }),
  sessionTrainerMissing: (p: { sessionId: string; trainerId: string }): Text => ({
    en: `session "${p.sessionId}" names trainer "${p.trainerId}", which does not exist`,
    da: `kursusdagen "${p.sessionId}" nævner underviseren "${p.trainerId}", som ikke findes`,
  }),
  cohortDayCount: (p: { cohortId: string; have: number; course: string; days: number }): Text => ({
    en: `cohort "${p.cohortId}" has ${p.have} sessions but ${p.course} has ${p.days} days`,
    da: `holdet "${p.cohortId}" har ${p.have} ${p.have === 1 ? 'kursusdag' : 'kursusdage'}, men ${p.course} har ${p.days} ${p.days === 1 ? 'dag' : 'dage'}`,
  }),
};
