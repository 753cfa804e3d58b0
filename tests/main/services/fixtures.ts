// A small plan a planner would recognise: two centres, one course of three days,
// two cohorts, some sessions planned and some not.
import type { Plan } from '../../../shared/domain/schema';

export function smallPlan(): Plan {
  return {
    format: 'holdplan/v1',
    term: { name: 'Forår 2027', start: '2027-01-04', end: '2027-06-25' },
    closures: [{ start: '2027-05-07', end: '2027-05-07', centreId: null, reason: 'Fredag efter Kr. himmelfart' }],
    centres: [
      { id: 'c-ode', name: 'Center Odense', city: 'Odense', address: 'Vestergade 1', region: 'Syddanmark' },
      { id: 'c-aar', name: 'Center Aarhus', city: 'Aarhus', address: 'Åboulevarden 2', region: 'Midtjylland' },
      { id: 'c-empty', name: 'Center Vejle', city: 'Vejle', address: '', region: 'Syddanmark' },
    ],
    rooms: [
      { id: 'r-ode-3', centreId: 'c-ode', name: 'Lokale 3', capacity: 30, equipment: ['projector'], unavailable: [] },
      { id: 'r-aar-1', centreId: 'c-aar', name: 'Lokale 1', capacity: 24, equipment: [], unavailable: [] },
    ],
    trainers: [
      { id: 't-1', name: 'Ane Holm', email: 'ane@example.dk', phone: '', kind: 'internal', homeRegion: 'Syddanmark', skills: ['ledelse'], unavailable: [], maxDays: 40, dayRate: 0 },
      { id: 't-2', name: 'Bo Dahl', email: '', phone: '', kind: 'external', homeRegion: 'Midtjylland', skills: ['ledelse'], unavailable: [], maxDays: 20, dayRate: 7200 },
    ],
    courses: [
      {
        id: 'k-glu',
        code: 'GLU',
        name: 'Den Grundlæggende Lederuddannelse',
        days: [
          { title: 'Modul 1', kind: 'teaching', slot: 'full', skills: ['ledelse'], trainers: 1, equipment: [], minGapDays: 1 },
          { title: 'Modul 2', kind: 'teaching', slot: 'full', skills: ['ledelse'], trainers: 1, equipment: [], minGapDays: 7 },
          { title: 'Modul 3', kind: 'learningCafe', slot: 'am', skills: ['ledelse'], trainers: 1, equipment: [], minGapDays: 7 },
        ],
      },
      {
        id: 'k-unused',
        code: 'HH',
        name: 'Håndhygiejne',
        days: [{ title: 'Dag 1', kind: 'teaching', slot: 'full', skills: [], trainers: 1, equipment: [], minGapDays: 1 }],
      },
    ],
    cohorts: [
      { id: 'h-1', courseId: 'k-glu', name: 'GLU Odense hold 2', customer: 'Odense Kommune', participants: 24, venue: { centreId: 'c-ode' }, window: { start: '2027-01-11', end: '2027-04-30' } },
      { id: 'h-2', courseId: 'k-glu', name: 'GLU Aarhus hold 1', customer: 'Aarhus Kommune', participants: 20, venue: { centreId: 'c-aar' }, window: { start: '2027-02-01', end: '2027-05-28' } },
    ],
    sessions: [
      { id: 's-1', cohortId: 'h-1', dayIndex: 0, slot: 'full', date: '2027-01-12', roomId: 'r-ode-3', trainerIds: ['t-1'], locked: ['room'] },
      { id: 's-2', cohortId: 'h-1', dayIndex: 1, slot: 'full', date: '2027-01-19', roomId: 'r-ode-3', trainerIds: ['t-1'], locked: ['trainers'] },
      { id: 's-3', cohortId: 'h-1', dayIndex: 2, slot: 'am', date: null, roomId: null, trainerIds: [], locked: [] },
      { id: 's-4', cohortId: 'h-2', dayIndex: 0, slot: 'full', date: null, roomId: null, trainerIds: [], locked: [] },
      { id: 's-5', cohortId: 'h-2', dayIndex: 1, slot: 'full', date: null, roomId: null, trainerIds: [], locked: [] },
      { id: 's-6', cohortId: 'h-2', dayIndex: 2, slot: 'am', date: null, roomId: null, trainerIds: [], locked: [] },
    ],
  };
}
