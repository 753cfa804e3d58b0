// Deleting something the plan still uses is refused, naming what uses it. The
// lists arrive already cut to one line (describe.ts).
import type { Text } from '../../../shared/i18n/text';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const deletingMessages = {
  roomInUse: (p: { room: string; sessions: number; list: string }): Text => ({
    en: `${p.room} is used by ${count(p.sessions, 'session', 'sessions')}: ${p.list}. To delete anyway, choose to take it off those sessions first.`,
    da: `${p.room} bruges af ${count(p.sessions, 'kursusdag', 'kursusdage')}: ${p.list}. Vil du slette lokalet alligevel, så fjern det fra ${p.sessions === 1 ? 'kursusdagen' : 'de kursusdage'} først.`,
  }),
  trainerInUse: (p: { trainer: string; sessions: number; list: string }): Text => ({
    en: `${p.trainer} teaches ${count(p.sessions, 'session', 'sessions')}: ${p.list}. To delete anyway, choose to take them off those sessions first.`,
    da: `${p.trainer} underviser på ${count(p.sessions, 'kursusdag', 'kursusdage')}: ${p.list}. Vil du slette underviseren alligevel, så fjern underviseren fra ${p.sessions === 1 ? 'kursusdagen' : 'de kursusdage'} først.`,
  }),
  /** `rooms` and `cohorts` are already listed in words; a count of 0 leaves that part out. */
  centreInUse: (p: { centre: string; rooms: number; roomList: string; cohorts: number; cohortList: string }): Text => {
    const en = [p.rooms > 0 ? `${count(p.rooms, 'room', 'rooms')} (${p.roomList})` : '', p.cohorts > 0 ? `${count(p.cohorts, 'cohort', 'cohorts')} (${p.cohortList})` : ''];
    const da = [p.rooms > 0 ? `${count(p.rooms, 'lokale', 'lokaler')} (${p.roomList})` : '', p.cohorts > 0 ? `${count(p.cohorts, 'hold', 'hold')} (${p.cohortList})` : ''];
    return {
      en: `${p.centre} still has ${en.filter(Boolean).join(' and ')}; move or delete them first.`,
      da: `${p.centre} har stadig ${da.filter(Boolean).join(' og ')}; flyt eller slet dem først.`,
    };
  },
  centreRoomDetail: (p: { room: string }): Text => ({ en: `room ${p.room}`, da: `lokale ${p.room}` }),
  centreCohortDetail: (p: { cohort: string }): Text => ({ en: `cohort ${p.cohort}`, da: `hold ${p.cohort}` }),
  courseInUse: (p: { course: string; cohorts: number; list: string }): Text => ({
    en: `${p.course} is taken by ${count(p.cohorts, 'cohort', 'cohorts')}: ${p.list}; delete those cohorts first.`,
    da: `${p.course} følges af ${count(p.cohorts, 'hold', 'hold')}: ${p.list}; slet ${p.cohorts === 1 ? 'holdet' : 'de hold'} først.`,
  }),
};
