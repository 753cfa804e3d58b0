import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, screenshotPath } from './fixtures';
import { generateDemo } from '../../main/demo/generate';
import { isoWeekLabel } from '../../shared/calendar/dates';
import type { Plan } from '../../shared/domain/schema';

const AARHUS = 'c-aar';

interface Api {
  call(op: string, input?: unknown): Promise<unknown>;
}

/** The contract over HTTP with the run's token, to set up data and to check what the page did. */
function apiOf(page: Page, url: string): Api {
  const address = new URL(url);
  const token = /token=([\w-]+)/.exec(address.hash)?.[1] ?? '';
  return {
    async call(op, input = {}) {
      const response = await page.request.post(`${address.origin}/api/${op}`, { headers: { Authorization: `Bearer ${token}` }, data: input });
      const body = (await response.json()) as { ok: boolean; value?: unknown };
      expect(body).toMatchObject({ ok: true });
      return body.value;
    },
  };
}

/** Loads the demo as a planner does, then its complete planted plan through the contract, so there are sessions to print. */
async function openCompletePlan(page: Page, url: string, api: Api): Promise<Plan> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Indlæs demotermin' }).click();
  await expect(page.getByTestId('screen-overview')).toBeVisible({ timeout: 60_000 });
  const { planted } = generateDemo({ size: 'term', seed: 1 });
  await api.call('plan.import', { plan: planted });
  await page.reload();
  await expect(page.getByTestId('count-hard')).toHaveText('0');
  return planted;
}

/** A week in which Center Aarhus has course days, and one cohort taught there that week. */
function aarhusWeek(plan: Plan): { week: string; cohortName: string } {
  const aarhusRooms = new Set(plan.rooms.filter((r) => r.centreId === AARHUS).map((r) => r.id));
  const session = plan.sessions.find((s) => s.date !== null && s.roomId !== null && aarhusRooms.has(s.roomId) && s.date >= '2027-03-01');
  const cohort = plan.cohorts.find((c) => c.id === session?.cohortId);
  if (!session?.date || !cohort) throw new Error('The planted plan has no course day at Center Aarhus.');
  return { week: isoWeekLabel(session.date), cohortName: cohort.name };
}

test('Udskrifter: room plan preview and PDF, the data set out and back in, trainers from a spreadsheet', async ({ page, holdplan }) => {
  test.setTimeout(180_000);
  const api = apiOf(page, holdplan.url);
  const plan = await openCompletePlan(page, holdplan.url, api);
  await page.getByTestId('nav-print').click();
  await expect(page.getByTestId('screen-print')).toBeVisible();

  await test.step('the room plan of Center Aarhus for a week with course days, previewed as it prints', async () => {
    const { week, cohortName } = aarhusWeek(plan);
    await page.getByTestId('print-centre').selectOption({ label: 'Center Aarhus' });
    await page.getByTestId('print-week').fill(week);
    const preview = page.frameLocator('[data-testid=print-preview]');
    await expect(page.getByTestId('print-preview')).toHaveAttribute('sandbox', '');
    await expect(preview.locator('body')).toContainText(`uge ${Number(week.slice(6))}`, { ignoreCase: true });
    await expect(preview.locator('body')).toContainText(cohortName);
    // The print CSS is inline in the printout; the app's CSP (inherited by srcdoc) must let it apply.
    const tableBorder = await preview.locator('table').first().evaluate((el) => getComputedStyle(el).borderCollapse);
    expect(tableBorder).toBe('collapse');
    await page.screenshot({ path: screenshotPath('print-roomplan') });
  });

  await test.step('Download PDF saves a PDF under the suggested name', async () => {
    const downloaded = page.waitForEvent('download');
    await page.getByTestId('print-pdf').click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^lokaleplan-c-aar-2027-W\d\d\.pdf$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(page.getByTestId('print-saved')).toContainText(download.suggestedFilename());
  });

  await test.step('door signs and a trainer schedule preview too', async () => {
    await page.getByTestId('print-kind-doorSigns').check();
    await expect(page.frameLocator('[data-testid=print-preview]').locator('body')).not.toBeEmpty();
    await page.getByTestId('print-kind-trainer').check();
    const trainerId = await page.getByTestId('print-trainer').inputValue();
    const trainer = plan.trainers.find((t) => t.id === trainerId);
    await expect(page.frameLocator('[data-testid=print-preview]').locator('body')).toContainText(trainer?.name ?? '?');
    await page.screenshot({ path: screenshotPath('print-trainer') });
  });

  let exported = { name: '', buffer: Buffer.alloc(0) };
  await test.step('export the data set as a holdplan/v1 file', async () => {
    const downloaded = page.waitForEvent('download');
    await page.getByTestId('dataset-export').click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^holdplan-.*\.json$/);
    exported = { name: download.suggestedFilename(), buffer: await readFile(await download.path()) };
    const file = JSON.parse(exported.buffer.toString('utf8')) as Plan;
    expect(file.format).toBe('holdplan/v1');
    expect(file.sessions).toHaveLength(plan.sessions.length);
  });

  await test.step('a broken file is refused with the service message and changes nothing', async () => {
    await page.getByTestId('dataset-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'holdplan/v1', term: {} })) });
    await expect(page.getByTestId('confirm-dialog')).toBeVisible();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('dataset-error')).toContainText('broken.json blev ikke importeret');
    const summary = (await api.call('plan.summary')) as { counts: { sessions: number } };
    expect(summary.counts.sessions).toBe(plan.sessions.length);
  });

  await test.step('re-import the exported file after confirming in the app', async () => {
    await page.getByTestId('dataset-file').setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: exported.buffer });
    const dialog = page.getByTestId('confirm-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(`${plan.sessions.length.toLocaleString('da-DK')} kursusdage`);
    await page.screenshot({ path: screenshotPath('print-confirm-import') });
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('dataset-done')).toContainText(`${plan.trainers.length} undervisere`);
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('count-hard')).toHaveText('0');
  });

  await test.step('trainers from an .xlsx: mapping, preview, nothing written before Import', async () => {
    const before = (await api.call('plan.summary')) as { counts: { trainers: number } };
    await page.getByTestId('sheets-file').setInputFiles('tests/fixtures/spreadsheets/trainers.xlsx');
    const mapping = page.getByTestId('sheets-mapping');
    await expect(mapping).toBeVisible();
    await expect(page.getByTestId('sheets-map-Navn')).toHaveValue('name');
    await expect(page.getByTestId('sheets-map-Dagshonorar')).toHaveValue('dayRate');
    await expect(page.getByTestId('sheets-map-Noter')).toHaveValue('');
    await expect(page.getByTestId('sheets-row')).toHaveCount(5);
    await page.getByTestId('sheets-section').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('print-sheets-preview') });

    // Ignoring the names makes every row a rejection, shown before anything is written.
    await page.getByTestId('sheets-map-Navn').selectOption('');
    await expect(page.locator('.sheets-reject')).toHaveCount(5);
    await expect(page.getByTestId('sheets-apply')).toBeDisabled();
    await page.getByTestId('sheets-map-Navn').selectOption('name');
    await expect(page.locator('.sheets-reject')).toHaveCount(0);
    const after = (await api.call('plan.summary')) as { counts: { trainers: number } };
    expect(after.counts.trainers).toBe(before.counts.trainers);

    const counts = await page.getByTestId('sheets-counts').innerText();
    const created = Number(/(\d+) nye/.exec(counts)?.[1]);
    await page.getByTestId('sheets-apply').click();
    await expect(page.getByTestId('sheets-done')).toBeVisible();
    const imported = (await api.call('plan.summary')) as { counts: { trainers: number } };
    expect(imported.counts.trainers).toBe(before.counts.trainers + created);
    const remembered = await page.evaluate(() => localStorage.getItem('holdplan.sheetMapping.trainers'));
    expect(JSON.parse(remembered ?? '{}')).toMatchObject({ Navn: 'name', Noter: null });
    await page.screenshot({ path: screenshotPath('print-sheets-done') });
  });

  await test.step('Publish remembers the plan as sent', async () => {
    await expect(page.getByTestId('publish-status')).toContainText('ikke udsendt');
    await page.getByTestId('publish-button').click();
    await expect(page.getByTestId('publish-status')).toContainText('Udsendt');
    await page.getByTestId('publish-section').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('print-published') });
  });
});
