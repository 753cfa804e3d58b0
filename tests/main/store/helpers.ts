import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Plan } from '../../../shared/domain/schema';
import { emptyPlan } from '../../../main/store/emptyPlan';

const made: string[] = [];

/** A fresh folder for one test, removed afterwards. */
export async function tempFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'holdplan-store-'));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A small plan that passes the schema and the integrity checks. */
export function smallPlan(): Plan {
  return {
    ...emptyPlan(),
    centres: [{ id: 'c-aar', name: 'Center Aarhus', city: 'Aarhus', address: 'Banegårdspladsen 1', region: 'Midtjylland' }],
    rooms: [{ id: 'r-aar-1', centreId: 'c-aar', name: 'Lokale 1', capacity: 30, equipment: ['projector'], unavailable: [] }],
    trainers: [
      {
        id: 't-0001', name: 'Ane Holm', email: 'ane@example.dk', phone: '', kind: 'internal', homeRegion: 'Midtjylland',
        skills: ['laeringsledelse'], unavailable: [], maxDays: 40, dayRate: 0,
      },
    ],
    courses: [
      {
        id: 'k-kil', code: 'KIL', name: 'Konsulent i læringsledelse',
        days: [
          { title: 'Dag 1', kind: 'teaching', slot: 'full', skills: ['laeringsledelse'], trainers: 1, equipment: [], minGapDays: 1 },
          { title: 'Dag 2', kind: 'teaching', slot: 'full', skills: ['laeringsledelse'], trainers: 1, equipment: [], minGapDays: 7 },
        ],
      },
    ],
    cohorts: [
      {
        id: 'h-0001', courseId: 'k-kil', name: 'Aarhus hold 1', customer: 'Aarhus Kommune', participants: 20,
        venue: { centreId: 'c-aar' }, window: { start: '2027-01-11', end: '2027-04-30' },
      },
    ],
    sessions: [
      { id: 's-0001', cohortId: 'h-0001', dayIndex: 0, slot: 'full', date: '2027-01-12', roomId: 'r-aar-1', trainerIds: ['t-0001'], locked: [] },
      { id: 's-0002', cohortId: 'h-0001', dayIndex: 1, slot: 'full', date: null, roomId: null, trainerIds: [], locked: [] },
    ],
  };
}
