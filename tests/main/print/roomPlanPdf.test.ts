import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumPdf, type ChromiumPdf } from '../../../main/print/chromiumPdf';
import { roomPlanDocument } from '../../../main/print/printDocument';
import { addDays, mondayOfIsoWeek } from '../../../shared/calendar/dates';
import { isCentreVenue, type Plan, type Session } from '../../../shared/domain/schema';
import { plantedTerm } from './demoPlan';
import { occurrences, readPdf, type PdfText } from './pdfText';

let chromium: ChromiumPdf;
let plan: Plan;
beforeAll(async () => {
  plan = plantedTerm();
  chromium = await launchChromiumPdf();
});
afterAll(() => chromium.close());

function weekSessions(centreId: string, week: string): Session[] {
  const monday = mondayOfIsoWeek(week);
  const sunday = addDays(monday, 6);
  const rooms = new Set(plan.rooms.filter((r) => r.centreId === centreId).map((r) => r.id));
  return plan.sessions.filter((s) => s.date !== null && s.date >= monday && s.date <= sunday && s.roomId !== null && rooms.has(s.roomId));
}

const cohortName = (s: Session) => plan.cohorts.find((c) => c.id === s.cohortId)!.name;

async function print(centreId: string, week: string): Promise<PdfText> {
  return readPdf(await chromium.toPdf(roomPlanDocument(plan, centreId, { week }, new Date(2027, 4, 3, 10, 15))));
}

describe('room plan PDF', () => {
  // Copenhagen's busiest week of the demo: 9 rooms, more than fit on one page.
  it('shows every room and every session of a busy week exactly once, and each room whole on one page', async () => {
    const pdf = await print('c-kbh', '2027-W17');
    const sessions = weekSessions('c-kbh', '2027-W17');
    expect(sessions.length).toBeGreaterThan(25);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf.all).toContain(`${sessions.length} kursusdage`);

    const byCohort = new Map<string, number>();
    for (const s of sessions) byCohort.set(cohortName(s), (byCohort.get(cohortName(s)) ?? 0) + 1);
    for (const [name, count] of byCohort) expect(occurrences(pdf.all, name), name).toBe(count);
    expect(occurrences(pdf.all, 'deltagere')).toBe(sessions.length);

    for (const room of plan.rooms.filter((r) => r.centreId === 'c-kbh')) {
      const pages = pdf.pages.flatMap((text, i) => (occurrences(text, room.name) > 0 ? [i] : []));
      expect(pages, `${room.name} is printed on exactly one page`).toHaveLength(1);
      const page = pdf.pages[pages[0]!]!;
      // A row never splits across pages: its sessions' cohorts and trainers are on the room's page.
      for (const s of sessions.filter((x) => x.roomId === room.id)) {
        expect(occurrences(page, cohortName(s)), `${cohortName(s)} beside ${room.name}`).toBeGreaterThan(0);
        for (const id of s.trainerIds) expect(page).toContain(plan.trainers.find((t) => t.id === id)!.name);
      }
    }
  });

  it('repeats the day headings and names centre, week, print time and page on every page', async () => {
    const pdf = await print('c-kbh', '2027-W17');
    pdf.pages.forEach((text, i) => {
      for (const day of ['mandag 26.04.2027', 'tirsdag 27.04.2027', 'onsdag 28.04.2027', 'torsdag 29.04.2027', 'fredag 30.04.2027']) expect(text).toContain(day);
      expect(text).toContain('Center København · Uge 17 · 26.–30. april 2027');
      expect(text).toContain('Udskrevet 03.05.2027 kl. 10.15');
      expect(text).toContain(`Side ${i + 1} af ${pdf.pages.length}`);
    });
  });

  it('prints clock times and the halves of the day', async () => {
    const pdf = await print('c-kbh', '2027-W17');
    expect(pdf.all).toContain('09.00–15.30 Hele dagen');
    const halfDays = weekSessions('c-kbh', '2027-W17').filter((s) => s.slot !== 'full');
    for (const s of halfDays) expect(pdf.all).toContain(s.slot === 'am' ? '09.00–12.00 Formiddag' : '12.30–15.30 Eftermiddag');
  });

  it('marks Ascension Day and the closure after it', async () => {
    const pdf = await print('c-aar', '2027-W18');
    expect(pdf.all).toContain('Lukket: Kristi Himmelfartsdag');
    expect(pdf.all).toContain('Lukket: Fredag efter Kr. himmelfart');
  });

  it('prints the room plans of all six centres, each listing every room', async () => {
    for (const centre of plan.centres) {
      const pdf = await print(centre.id, '2027-W13');
      expect(pdf.all).toContain(`Lokaleplan · ${centre.name}`);
      const rooms = plan.rooms.filter((r) => r.centreId === centre.id);
      for (const room of rooms) expect(occurrences(pdf.all, room.name), `${centre.name}: ${room.name}`).toBe(1);
      const atCentre = plan.sessions.filter((s) => {
        const venue = plan.cohorts.find((c) => c.id === s.cohortId)!.venue;
        return isCentreVenue(venue) && venue.centreId === centre.id;
      });
      expect(atCentre.length).toBeGreaterThan(0);
      expect(occurrences(pdf.all, 'deltagere')).toBe(weekSessions(centre.id, '2027-W13').length);
    }
  });
});
