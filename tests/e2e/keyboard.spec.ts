// A planner at the keyboard: screens by Ctrl/Alt+digit, periods by Alt+arrows,
// Home and W / 2 / M, dates typed the Danish way; and "Trainer cancels" opened
// from a trainer's row, their month and the conflict panel.
import { test, expect, screenshotPath } from './fixtures';
import { openCompletePlan } from './planner';
import type { Plan } from '../../shared/domain/schema';

/** A trainer with a full-day session in the term's first week, and that session's date. */
function trainerOfFirstWeek(plan: Plan): { id: string; name: string; date: string } {
  const lastOfWeek = '2027-01-08';
  for (const s of plan.sessions) {
    if (s.date === null || s.date > lastOfWeek || s.trainerIds.length !== 1) continue;
    const trainer = plan.trainers.find((t) => t.id === s.trainerIds[0]);
    if (trainer) return { id: trainer.id, name: trainer.name, date: s.date };
  }
  throw new Error('The planted plan has no session in its first week.');
}

const toDanish = (iso: string) => iso.split('-').reverse().join('-');

test('keyboard: screens by Ctrl/Alt+digit, periods by Alt+arrows and Home, spans by W / 2 / M, dates typed the Danish way', async ({ page, holdplan }) => {
  const { plan } = await openCompletePlan(page, holdplan.url);
  expect(plan.term.start).toBe('2027-01-04');
  const goto = page.getByTestId('goto-date');
  const label = page.getByTestId('period-label');

  await test.step('Ctrl+2 opens the room plan; the date field shows the term start in Danish', async () => {
    await page.keyboard.press('Control+2');
    await expect(page.getByTestId('nav-rooms')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('span-week')).toHaveAttribute('aria-pressed', 'true');
    await expect(goto).toHaveValue('04-01-2027');
    await expect(label).toContainText('Uge 1');
  });

  await test.step('Alt+→ and Alt+← step a week; M shows the month; Home goes back to the term start', async () => {
    await page.keyboard.press('Alt+ArrowRight');
    await expect(goto).toHaveValue('11-01-2027');
    await expect(label).toContainText('Uge 2');
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(goto).toHaveValue('11-01-2027');
    await page.keyboard.press('m');
    await expect(page.getByTestId('span-month')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Alt+ArrowRight');
    await expect(label).toContainText('1. feb. 2027');
    await page.screenshot({ path: screenshotPath('kbd-1-rooms-month') });
    await page.keyboard.press('Home');
    await expect(goto).toHaveValue('04-01-2027');
    await page.keyboard.press('2');
    await expect(page.getByTestId('span-twoWeeks')).toHaveAttribute('aria-pressed', 'true');
    await expect(label).toContainText('Uge 1–2');
    await page.keyboard.press('w');
    await expect(page.getByTestId('span-week')).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('in the date field the keys type; an impossible date is refused with a reason; a Danish date goes there', async () => {
    await goto.fill('');
    await goto.pressSequentially('31.02.2027m');
    await expect(page.getByTestId('span-week')).toHaveAttribute('aria-pressed', 'true');
    await goto.fill('31.02.2027');
    await goto.press('Enter');
    await expect(page.getByTestId('date-problem')).toHaveText('Den dato findes ikke i kalenderen.');
    await expect(label).toContainText('Uge 1');
    await page.screenshot({ path: screenshotPath('kbd-2-date-refused') });
    await goto.fill('01.03.2027');
    await goto.press('Enter');
    await expect(page.getByTestId('date-problem')).toHaveCount(0);
    await expect(goto).toHaveValue('01-03-2027');
    await expect(label).toContainText('Uge 9');
  });

  await test.step('Alt+3 opens the trainers on the same period; Alt+→ steps there too', async () => {
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('Alt+3');
    await expect(page.getByTestId('screen-trainers')).toBeVisible();
    await expect(page.getByTestId('period-label')).toContainText('Uge 9');
    await page.keyboard.press('Alt+ArrowRight');
    await expect(page.getByTestId('period-label')).toContainText('Uge 10');
    await page.screenshot({ path: screenshotPath('kbd-3-trainers') });
  });

  await test.step('Ctrl+4 opens a cohort; Alt+→ turns its month, Home goes back to its first day', async () => {
    await page.keyboard.press('Control+4');
    const month = page.getByTestId('month-name');
    await expect(month).toBeVisible();
    // Read as shown (the CSS capitalises the month), compared without regard to case.
    const first = new RegExp(`^${await month.innerText()}$`, 'i');
    await page.keyboard.press('Alt+ArrowRight');
    await expect(month).not.toHaveText(first);
    await page.keyboard.press('Home');
    await expect(month).toHaveText(first);
    await page.screenshot({ path: screenshotPath('kbd-4-cohort') });
  });

  await test.step('"?" lists the shortcuts; while it is open the keys stay in it; Escape closes it', async () => {
    await page.keyboard.press('?');
    const help = page.getByTestId('shortcut-help');
    await expect(help).toBeVisible();
    await expect(help).toContainText('Forrige periode');
    await expect(help).toContainText('Gå til Konflikter');
    await page.screenshot({ path: screenshotPath('kbd-5-help') });
    await page.keyboard.press('Control+1');
    await expect(page.getByTestId('nav-cohorts')).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await page.keyboard.press('Control+6');
    await expect(page.getByTestId('nav-conflicts')).toHaveAttribute('aria-current', 'page');
  });
});

test('Trainer cancels opens for the trainer from their row, their month and the conflict panel, with Danish dates', async ({ page, holdplan }) => {
  test.setTimeout(180_000);
  const { plan, call } = await openCompletePlan(page, holdplan.url);
  const trainer = trainerOfFirstWeek(plan);
  const dialog = page.getByTestId('trainer-cancels');

  await test.step("from the trainer's row in the trainer view", async () => {
    await page.getByTestId('nav-trainers').click();
    await page.getByTestId('filter-text').fill(trainer.name);
    const row = page.getByTestId(`trainer-${trainer.id}`);
    await expect(row).toBeVisible();
    await row.hover();
    await page.getByTestId(`trainer-cancels-${trainer.id}`).click();
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('cancels-trainer')).toHaveValue(trainer.id);
    await expect(page.getByTestId('cancels-start')).toHaveValue('04-01-2027');
    await expect(page.getByTestId('cancels-end')).toHaveValue('08-01-2027');
    await page.screenshot({ path: screenshotPath('kbd-6-cancels-from-row') });
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await expect(dialog).toHaveCount(0);
  });

  await test.step("from the trainer's own month", async () => {
    await page.getByTestId(`trainer-${trainer.id}`).click();
    await expect(page.getByTestId('screen-trainer-month')).toBeVisible();
    await page.getByTestId('trainer-month-cancels').click();
    await expect(page.getByTestId('cancels-trainer')).toHaveValue(trainer.id);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  await test.step('from a conflict that names the trainer, and the Danish dates typed there reach the repair', async () => {
    await call('trainers.update', { id: trainer.id, patch: { unavailable: [{ start: trainer.date, end: trainer.date }] } });
    await page.reload();
    await expect(page.getByTestId('count-hard')).not.toHaveText('0');
    await page.keyboard.press('Control+6');
    const cancel = page.locator('.rule-hard').getByTestId(`violation-cancels-${trainer.id}`).first();
    await expect(cancel).toBeVisible();
    await page.screenshot({ path: screenshotPath('kbd-7-conflicts') });
    await cancel.click();
    await expect(page.getByTestId('cancels-trainer')).toHaveValue(trainer.id);
    await page.getByTestId('cancels-start').fill(toDanish(trainer.date).replace(/-/g, '.'));
    await page.getByTestId('cancels-end').fill('1.2.27');
    await page.getByTestId('cancels-end').press('Tab');
    await expect(dialog.getByTestId('date-problem')).toContainText('dd-mm-åååå');
    await expect(page.getByTestId('cancels-submit')).toBeDisabled();
    await page.screenshot({ path: screenshotPath('kbd-8-cancels-bad-date') });
    await page.getByTestId('cancels-end').fill(toDanish(trainer.date));
    await expect(page.getByTestId('cancels-submit')).toBeEnabled();
    await page.getByTestId('cancels-submit').click();
    await expect(page.getByTestId('repair-proposal')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('repair-broken')).toContainText(trainer.name);
    await page.screenshot({ path: screenshotPath('kbd-9-repair') });
  });
});
