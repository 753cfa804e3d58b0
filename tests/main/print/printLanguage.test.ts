// A Danish planner reads why a printout cannot be made in Danish; the printouts
// themselves stay Danish, the error codes stay the same, and nothing is saved.
import { afterEach, describe, expect, it } from 'vitest';
import { closeSharedPdf, installHtmlToPdf } from '../../../main/print/sharedPdf';
import { servicesOver, valueOf } from '../services/harness';
import { plantedTerm } from './demoPlan';

type Language = 'en' | 'da';

async function refusedIn(language: Language, name: string, input: unknown) {
  const services = servicesOver(plantedTerm());
  valueOf(await services.call('app.setLanguage', { language }));
  return services.refused(name, input);
}

afterEach(async () => {
  delete process.env.HOLDPLAN_CHROMIUM;
  installHtmlToPdf(null);
  await closeSharedPdf();
});

describe('printing refusals in the planner language', () => {
  it('says there are no door signs on a Saturday in Danish or English, with the same code', async () => {
    const da = await refusedIn('da', 'print.doorSignsHtml', { centreId: 'c-kbh', date: '2027-04-24' });
    const en = await refusedIn('en', 'print.doorSignsHtml', { centreId: 'c-kbh', date: '2027-04-24' });
    expect(da.error.message).toBe('Intet lokale i Center København er i brug lørdag 24. april 2027 (weekend); der er ingen dørskilte at udskrive.');
    expect(en.error.message).toBe('No room of Center København is used on Sat 24 Apr 2027 (weekend); there are no door signs to print.');
    expect(da.error.code).toBe('not-found');
    expect(en.error.code).toBe('not-found');
    expect(da.after).toEqual(da.before);
    expect(da.saved).toBe(false);
  });

  it('names an unknown trainer and a week that does not exist in Danish', async () => {
    const trainer = await refusedIn('da', 'print.trainerHtml', { trainerId: 't-nobody' });
    expect(trainer.error.code).toBe('not-found');
    expect(trainer.error.message).toMatch(/^Der er ingen underviser med id "t-nobody" \(nogle, der findes: t-0001, /);
    const week = await refusedIn('da', 'print.roomPlanHtml', { centreId: 'c-kbh', week: '2027-W54' });
    expect(week.error.message).toBe('2027-W54 findes ikke (det år har ingen sådan uge)');
    expect(week.error.code).toBe((await refusedIn('en', 'print.roomPlanHtml', { centreId: 'c-kbh', week: '2027-W54' })).error.code);
  });

  it('says in Danish that a PDF needs Chromium when there is none', async () => {
    process.env.HOLDPLAN_CHROMIUM = '/nowhere/chromium';
    const da = await refusedIn('da', 'print.pdf', { what: 'cohort', cohortId: 'h-0001' });
    expect(da.error.message).toBe(
      'Der gik noget galt inde i Holdplan: Udskrift til PDF kræver Chromium i /nowhere/chromium (installér det, f.eks. apt-get install chromium, eller sæt HOLDPLAN_CHROMIUM).',
    );
    await closeSharedPdf();
    const en = await refusedIn('en', 'print.pdf', { what: 'cohort', cohortId: 'h-0001' });
    expect(en.error.message).toMatch(/Printing to PDF needs Chromium at \/nowhere\/chromium/);
    expect(da.error.code).toBe(en.error.code);
    expect(da.saved).toBe(false);
  });
});
