import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumPdf, type ChromiumPdf } from '../../../main/print/chromiumPdf';
import { cohortDocument, doorSignsDocument, trainerDocument } from '../../../main/print/printDocument';
import { format } from 'date-fns';
import { toDate } from '../../../shared/calendar/dates';
import type { Plan, Session } from '../../../shared/domain/schema';
import { plantedTerm } from './demoPlan';
import { occurrences, readPdf } from './pdfText';

let chromium: ChromiumPdf;
let plan: Plan;
beforeAll(async () => {
  plan = plantedTerm();
  chromium = await launchChromiumPdf();
});
afterAll(() => chromium.close());

const danishDate = (s: Session) => format(toDate(s.date!), 'dd.MM.yyyy');
const trainerName = (id: string) => plan.trainers.find((t) => t.id === id)!.name;

describe('door signs PDF', () => {
  it('gives each room used that day one page with its course, times and trainers', async () => {
    const date = '2027-04-27';
    const kbhRooms = plan.rooms.filter((r) => r.centreId === 'c-kbh');
    const used = kbhRooms.filter((r) => plan.sessions.some((s) => s.date === date && s.roomId === r.id));
    expect(used.length).toBeGreaterThan(3);
    const pdf = readPdf(await chromium.toPdf(doorSignsDocument(plan, 'c-kbh', date)));
    expect(pdf.pages).toHaveLength(used.length);
    used.forEach((room, i) => {
      const page = pdf.pages[i]!;
      expect(page.startsWith(`${room.name} Center København`) || page.includes(` ${room.name} Center København`)).toBe(true);
      expect(page).toContain('tirsdag 27. april 2027');
      expect(page).toContain(`Side ${i + 1} af ${used.length}`);
      for (const s of plan.sessions.filter((x) => x.date === date && x.roomId === room.id)) {
        const cohort = plan.cohorts.find((c) => c.id === s.cohortId)!;
        const course = plan.courses.find((c) => c.id === cohort.courseId)!;
        expect(page).toContain(course.days[s.dayIndex]!.title);
        expect(page).toContain(s.slot === 'pm' ? 'kl. 12.30–15.30' : s.slot === 'am' ? 'kl. 09.00–12.00' : 'kl. 09.00–15.30');
        for (const id of s.trainerIds) expect(page).toContain(trainerName(id));
      }
    });
  });
});

describe('trainer schedule PDF', () => {
  it("lists every one of the busiest trainer's sessions with date, time, venue and cohort", async () => {
    const counts = new Map<string, number>();
    for (const s of plan.sessions) for (const t of s.trainerIds) counts.set(t, (counts.get(t) ?? 0) + 1);
    const [trainerId] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const sessions = plan.sessions.filter((s) => s.trainerIds.includes(trainerId));
    const pdf = readPdf(await chromium.toPdf(trainerDocument(plan, trainerId)));
    expect(pdf.pages.length).toBeGreaterThan(1);
    expect(pdf.pages[0]).toContain(`Undervisningsplan · ${trainerName(trainerId)}`);
    const perDate = new Map<string, number>();
    for (const s of sessions) perDate.set(danishDate(s), (perDate.get(danishDate(s)) ?? 0) + 1);
    for (const [date, n] of perDate) expect(occurrences(pdf.all, date), date).toBe(n);
    for (const s of sessions) {
      const cohort = plan.cohorts.find((c) => c.id === s.cohortId)!;
      expect(pdf.all).toContain(cohort.name);
      const venue = cohort.venue;
      expect(pdf.all).toContain('centreId' in venue ? plan.centres.find((c) => c.id === venue.centreId)!.address : venue.site);
    }
    const days = sessions.reduce((sum, s) => sum + (s.slot === 'full' ? 1 : 0.5), 0);
    expect(pdf.all).toContain(`I alt ${String(days).replace('.', ',')} dage undervisning.`);
    pdf.pages.forEach((text, i) => expect(text).toContain(`Side ${i + 1} af ${pdf.pages.length}`));
  });
});

describe('cohort programme PDF', () => {
  it('lists every course day with date, time, place and trainers', async () => {
    const cohort = plan.cohorts.find((c) => 'centreId' in c.venue && plan.sessions.filter((s) => s.cohortId === c.id).length >= 8)!;
    const sessions = plan.sessions.filter((s) => s.cohortId === cohort.id);
    const pdf = readPdf(await chromium.toPdf(cohortDocument(plan, cohort.id)));
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.all).toContain(`Program · ${cohort.name}`);
    expect(pdf.all).toContain(`${cohort.participants} deltagere`);
    for (const s of sessions) {
      expect(pdf.all).toContain(danishDate(s));
      expect(pdf.all).toContain(plan.rooms.find((r) => r.id === s.roomId)!.name);
      for (const id of s.trainerIds) expect(pdf.all).toContain(trainerName(id));
    }
  });
});
