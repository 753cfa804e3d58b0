// Solving and repairing as a planner does it: load the demo term, solve in the
// background watching the progress, see zero hard violations in the header;
// then a trainer cancels a week and the proposed repair is accepted.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays } from '../../shared/calendar/dates';
import type { Plan } from '../../shared/domain/schema';
import { test, expect, screenshotPath } from './fixtures';
import { countOf } from './planner';

/** The trainer with the most planned days in the saved plan, and the middle one of those days. */
async function busiestTrainer(dataDir: string): Promise<{ id: string; name: string; date: string }> {
  const { plan } = JSON.parse(await readFile(join(dataDir, 'holdplan.json'), 'utf8')) as { plan: Plan };
  const dates = new Map<string, string[]>();
  for (const s of plan.sessions) for (const t of s.trainerIds) if (s.date) dates.set(t, [...(dates.get(t) ?? []), s.date]);
  const [id, list] = [...dates].sort((a, b) => b[1].length - a[1].length)[0]!;
  return { id, name: plan.trainers.find((t) => t.id === id)!.name, date: list.sort()[Math.floor(list.length / 2)]! };
}

test('solve the demo term in the background, then repair after a trainer cancels a week', async ({ page, holdplan }) => {
  test.setTimeout(300_000);
  await page.goto(holdplan.url);
  await page.getByRole('button', { name: 'Indlæs demotermin' }).click();
  await expect(page.getByTestId('screen-overview')).toBeVisible({ timeout: 60_000 });
  expect(await countOf(page, 'count-assigned')).toBe(0);

  // Solve: fill is the default; the panel shows the progress and the live score.
  await page.getByTestId('solve-open').click();
  await expect(page.getByTestId('solve-mode-fill')).toBeChecked();
  await page.getByTestId('solve-start').click();
  await expect(page.getByTestId('solve-live-score')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.getByTestId('solve-stop')).toBeVisible();
  await page.screenshot({ path: screenshotPath('solve-1-running') });

  await expect(page.getByTestId('solve-summary')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('solve-summary')).toContainText('0 hårde brud');
  await expect(page.getByTestId('count-hard')).toHaveText('0');
  await expect.poll(() => countOf(page, 'count-assigned'), { timeout: 30_000 }).toBeGreaterThan(1500);
  // The whole solve is one undo step.
  await expect(page.getByTestId('undo')).toHaveAttribute('title', 'Fortryd: løsning af planen (Ctrl+Z)');
  await page.screenshot({ path: screenshotPath('solve-2-summary') });
  await page.getByRole('button', { name: 'Luk' }).click();

  // A busy trainer cancels a week.
  const trainer = await busiestTrainer(holdplan.dataDir);
  await page.getByTestId('solve-open').click();
  await page.getByTestId('trainer-cancels-open').click();
  await page.getByTestId('cancels-search').fill(trainer.name);
  await page.getByTestId('cancels-trainer').selectOption(trainer.id);
  await page.getByTestId('cancels-start').fill(trainer.date);
  await page.getByTestId('cancels-end').fill(addDays(trainer.date, 6));
  await page.screenshot({ path: screenshotPath('solve-3-trainer-cancels') });
  await page.getByTestId('cancels-submit').click();

  const proposal = page.getByTestId('repair-proposal');
  await expect(proposal).toBeVisible({ timeout: 60_000 });
  const broken = await page.getByTestId('repair-broken').locator('li').count();
  const changes = await page.getByTestId('repair-changes').locator('li').count();
  expect(broken).toBeGreaterThan(0);
  await expect(page.getByTestId('repair-broken')).toContainText(`${trainer.name} er utilgængelig`);
  expect(changes).toBeGreaterThanOrEqual(1);
  expect(changes).toBeLessThanOrEqual(broken + 6);
  await expect(page.getByTestId('repair-after')).toContainText('0 hårde brud');
  // Marked unavailable, not yet repaired: the header shows the broken rules.
  expect(await countOf(page, 'count-hard')).toBeGreaterThan(0);
  await page.screenshot({ path: screenshotPath('solve-4-repair-proposal') });

  await page.getByTestId('repair-accept').click();
  await expect(page.getByTestId('repair-accepted')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('count-hard')).toHaveText('0');
  await expect(page.getByTestId('undo')).toHaveAttribute('title', 'Fortryd: reparation (Ctrl+Z)');
  await page.screenshot({ path: screenshotPath('solve-5-repaired') });
});

test('Stop keeps the best plan so far, and one undo takes the whole solve back', async ({ page, holdplan }) => {
  test.setTimeout(300_000);
  await page.goto(holdplan.url);
  await page.getByRole('button', { name: 'Indlæs demotermin' }).click();
  await expect(page.getByTestId('screen-overview')).toBeVisible({ timeout: 60_000 });

  await page.getByTestId('solve-open').click();
  await page.getByTestId('solve-mode-optimise').check();
  await page.getByTestId('solve-seconds').selectOption('120');
  await page.getByTestId('solve-start').click();
  await expect(page.getByTestId('solve-live-score')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('solve-stop').click();

  const summary = page.getByTestId('solve-summary');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(summary.getByRole('heading')).toHaveText('Stoppet – det bedste indtil nu er beholdt');
  await expect(page.getByTestId('count-hard')).toHaveText('0');
  await expect.poll(() => countOf(page, 'count-assigned'), { timeout: 30_000 }).toBeGreaterThan(1500);
  await page.screenshot({ path: screenshotPath('solve-6-stopped') });

  await page.getByRole('button', { name: 'Luk' }).click();
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('count-assigned')).toHaveText('0');
});
