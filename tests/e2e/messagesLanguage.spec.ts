// In the Danish UI the services' own refusals on the Udskrifter screen are Danish
// too: a spreadsheet's rejected rows, and door signs asked for on a Saturday.
// After switching to English the same refusal is English.
import { test, expect } from './fixtures';

const shot = (name: string) => `.tmp/shots/${name}.png`;

test('Udskrifter: rejected spreadsheet rows and a door-sign refusal in Danish', async ({ page, holdplan }) => {
  test.setTimeout(150_000);
  await page.goto(holdplan.url);
  await page.getByRole('button', { name: 'Indlæs demotermin' }).click();
  await expect(page.getByTestId('screen-overview')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('nav-print').click();
  await expect(page.getByTestId('screen-print')).toBeVisible();

  await test.step('the preview of a spreadsheet with bad rows gives each reason in Danish', async () => {
    await page.getByTestId('sheets-file').setInputFiles('tests/fixtures/spreadsheets/trainers-bad.xlsx');
    await expect(page.getByTestId('sheets-preview')).toContainText('"gratis" er ikke et tal');
    await expect(page.getByTestId('sheets-preview')).toContainText('maxDays: kan ikke være negativ');
    await expect(page.getByTestId('sheets-preview')).not.toContainText('is not a number');
    await page.getByTestId('sheets-preview').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('sheets-rejected-da') });
  });

  await test.step('door signs for a Saturday are refused in Danish', async () => {
    await page.getByTestId('print-section').scrollIntoViewIfNeeded();
    await page.getByTestId('print-kind-doorSigns').check();
    await page.getByTestId('print-date').fill('2027-02-06');
    await expect(page.getByTestId('print-error')).toContainText('er i brug lørdag 6. februar 2027 (weekend); der er ingen dørskilte at udskrive.');
    await page.screenshot({ path: shot('doorsigns-refused-da') });
  });

  await test.step('after switching to English the same refusal is English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('print-date').fill('2027-02-13');
    await expect(page.getByTestId('print-error')).toContainText('is used on Sat 13 Feb 2027 (weekend); there are no door signs to print.');
    await page.screenshot({ path: shot('doorsigns-refused-en') });
  });
});
