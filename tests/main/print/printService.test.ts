import { afterAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../main/services/index';
import { createMemoryStore } from '../../../main/services/memoryStore';
import { dispatch } from '../../../main/services/dispatch';
import { closeSharedPdf, installHtmlToPdf } from '../../../main/print/sharedPdf';
import type { PrintDocument, PrintedPdf } from '../../../shared/contract/printResults';
import { plantedTerm } from './demoPlan';

const handlers = () => createServices(createMemoryStore(plantedTerm()));
afterAll(async () => {
  installHtmlToPdf(null);
  await closeSharedPdf();
});

describe('print operations', () => {
  it('return a stand-alone HTML page for the print preview', async () => {
    const result = await dispatch(handlers(), 'print.roomPlanHtml', { centreId: 'c-ode', week: '2027-W17' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = result.value as PrintDocument;
    expect(doc.html.startsWith('<!DOCTYPE html><html lang="da">')).toBe(true);
    expect(doc.headerText).toBe('Lokaleplan · Center Odense · Uge 17 · 26.–30. april 2027');
  });

  it('refuse a room plan with both a week and a date, or neither', async () => {
    for (const input of [{ centreId: 'c-ode', week: '2027-W17', date: '2027-04-27' }, { centreId: 'c-ode' }]) {
      const result = await dispatch(handlers(), 'print.roomPlanHtml', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain('either a week (2027-W03) or a date');
    }
  });

  it('name an unknown trainer', async () => {
    const result = await dispatch(handlers(), 'print.trainerHtml', { trainerId: 't-nobody' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-found');
  });

  it('make the PDF with the installed adapter', async () => {
    const seen: string[] = [];
    installHtmlToPdf(async (doc) => {
      seen.push(doc.title);
      return new TextEncoder().encode('%PDF-fake');
    });
    const result = await dispatch(handlers(), 'print.pdf', { what: 'cohort', cohortId: 'h-0001' });
    installHtmlToPdf(null);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Buffer.from((result.value as PrintedPdf).pdf, 'base64').toString()).toBe('%PDF-fake');
    expect(seen).toEqual(['Program GLU Næstved hold 1']);
  });

  it('make a real PDF with the shared Chromium in browser mode', async () => {
    const result = await dispatch(handlers(), 'print.pdf', { what: 'doorSigns', centreId: 'c-kbh', date: '2027-04-27' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const printed = result.value as PrintedPdf;
    expect(Buffer.from(printed.pdf, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(printed.fileName).toBe('doerskilte-c-kbh-2027-04-27.pdf');
  });
});
