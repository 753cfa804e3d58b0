// A refusal from the services reaches the Danish UI in Danish, and the English UI
// in English: the UI tells the services its language at start and on a switch.
import { mkdir } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { openCompletePlan } from './planner';

const SHOTS = '.tmp/shots';

test("the services' refusals follow the UI's language", async ({ page, holdplan }) => {
  await mkdir(SHOTS, { recursive: true });
  const { plan } = await openCompletePlan(page, holdplan.url);
  const busy = plan.trainers.find((t) => plan.sessions.some((s) => s.trainerIds.includes(t.id)));
  if (!busy) throw new Error('the demo plan has no trainer with sessions');

  const askToDelete = async () => {
    await page.getByTestId('nav-data').click();
    await page.getByTestId('data-tab-trainers').click();
    await page.getByTestId('data-search').fill(busy.id);
    await page.getByTestId('data-row').first().click();
    await page.getByTestId('data-delete').click();
  };

  await test.step('Danish: deleting a trainer who teaches is refused in Danish, naming the course days', async () => {
    await askToDelete();
    const refusal = page.getByTestId('delete-refusal');
    await expect(refusal).toContainText(`${busy.name} underviser på`);
    await expect(refusal).toContainText('kursusdage');
    await expect(refusal).toContainText('Vil du slette underviseren alligevel');
    await expect(refusal).not.toContainText('teaches');
    await refusal.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/services-language-da-refusal.png` });
  });

  await test.step('Danish: a room without seats is refused next to the field in Danish', async () => {
    await page.getByTestId('data-tab-rooms').click();
    await page.getByTestId('data-rooms').getByTestId('data-row').first().click();
    await page.locator('#field-capacity').fill('0');
    await page.getByTestId('form-save').click();
    await expect(page.getByTestId('field-capacity-error')).toHaveText('skal have plads til mindst én person');
    await page.screenshot({ path: `${SHOTS}/services-language-da-field.png` });
  });

  await test.step('English: after the switch the same refusal comes in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('navigation')).toContainText('Room plan');
    await askToDelete();
    const refusal = page.getByTestId('delete-refusal');
    await expect(refusal).toContainText(`${busy.name} teaches`);
    await expect(refusal).toContainText('To delete anyway');
    await refusal.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/services-language-en-refusal.png` });
  });
});
