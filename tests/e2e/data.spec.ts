import { test, expect, screenshotPath } from './fixtures';
import { countOf, openCompletePlan } from './planner';

test('a blocked date in the trainer table shows as a conflict, and undo and redo take it back and forth', async ({ page, holdplan }) => {
  const { plan } = await openCompletePlan(page, holdplan.url);
  // A full-day session, so that blocking its date breaks exactly one rule once.
  const session = plan.sessions.find((s) => s.slot === 'full' && s.date !== null && s.trainerIds.length === 1);
  const trainer = plan.trainers.find((t) => t.id === session?.trainerIds[0]);
  if (!session?.date || !trainer) throw new Error('The planted plan has no planned full-day session with one trainer.');

  await page.getByTestId('nav-data').click();
  const trainers = page.getByTestId('data-trainers');
  await expect(trainers).toBeVisible();
  // 700 trainers, but only the rows in view are in the page.
  expect(await page.getByTestId('data-row').count()).toBeLessThan(60);
  await page.screenshot({ path: screenshotPath('data-trainers') });

  await test.step('filters and search narrow the table', async () => {
    await page.getByTestId('filter-kind').selectOption('internal');
    const internal = plan.trainers.filter((t) => t.kind === 'internal').length;
    await expect(page.getByTestId('data-count')).toHaveText(`${internal} af ${plan.trainers.length}`);
    await page.getByTestId('filter-kind').selectOption('');
    await page.getByTestId('data-search').fill(trainer.id);
    await expect(page.getByTestId('data-row')).toHaveCount(1);
  });

  await test.step('block the date of one of their planned sessions', async () => {
    await page.getByTestId('data-row').first().click();
    const form = page.getByTestId('entity-form');
    await expect(form.locator('h3')).toHaveText(trainer.name);
    await form.getByTestId('field-unavailable-add').click();
    const range = form.getByTestId('range-row').last();
    await range.getByTestId('range-start').fill(session.date ?? '');
    await range.getByTestId('range-end').fill(session.date ?? '');
    await page.screenshot({ path: screenshotPath('data-trainer-form') });
    await form.getByTestId('form-save').click();
    await expect(page.getByTestId('data-notice')).toHaveText('Gemt.');
    await expect(page.getByTestId('count-hard')).toHaveText('1');
    await expect(page.getByTestId('undo')).toHaveAttribute('title', /ret underviser/);
  });

  await test.step('the conflict is in the conflicts panel with its justification', async () => {
    await page.getByTestId('nav-conflicts').click();
    const violations = page.getByTestId('conflicts').getByTestId('violation');
    await expect(page.getByTestId('conflicts').locator('.rule-hard')).toHaveCount(1);
    await expect(page.locator('.rule-hard').getByTestId('violation')).toHaveCount(1);
    await expect(page.locator('.rule-hard').getByTestId('violation')).toContainText(trainer.name);
    expect(await violations.count()).toBeGreaterThan(1); // the largest soft penalties follow
    await page.screenshot({ path: screenshotPath('conflicts-one') });
  });

  await test.step('Ctrl+Z takes the blocked date back, Ctrl+Shift+Z puts it back', async () => {
    await page.locator('body').press('Control+z');
    await expect(page.getByTestId('count-hard')).toHaveText('0');
    await expect(page.getByTestId('conflicts-none')).toBeVisible();
    await page.locator('body').press('Control+Shift+z');
    await expect(page.getByTestId('count-hard')).toHaveText('1');
    await expect(page.locator('.rule-hard').getByTestId('violation')).toContainText(trainer.name);
  });

  await test.step('a click on the conflict opens its course day', async () => {
    await page.locator('.rule-hard').getByTestId('violation').locator('button.violation-button').click();
    await expect(page.getByTestId('nav-cohorts')).toHaveAttribute('aria-current', 'page');
  });
});

test('data tabs: validation next to the field, a refused delete, a new cohort with its course days', async ({ page, holdplan }) => {
  const { plan } = await openCompletePlan(page, holdplan.url);
  await page.getByTestId('nav-data').click();

  await test.step('each tab lists its data', async () => {
    for (const tab of ['rooms', 'centres', 'courses', 'cohorts', 'closures'] as const) {
      await page.getByTestId(`data-tab-${tab}`).click();
      await expect(page.getByTestId(`data-${tab}`).getByTestId('data-row').first()).toBeVisible();
      await page.screenshot({ path: screenshotPath(`data-${tab}`) });
    }
    await page.getByTestId('data-tab-term').click();
    await expect(page.getByTestId('data-term').locator('#field-name')).toHaveValue(plan.term.name);
    await page.screenshot({ path: screenshotPath('data-term') });
  });

  await test.step('a room with no seats is refused, with the reason next to the field', async () => {
    await page.getByTestId('data-tab-rooms').click();
    await page.getByTestId('data-rooms').getByTestId('data-row').first().click();
    await page.locator('#field-capacity').fill('0');
    await page.getByTestId('form-save').click();
    await expect(page.getByTestId('field-capacity-error')).toHaveText('skal have plads til mindst én person');
    await expect(page.locator('#field-capacity')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('count-hard')).toHaveText('0');
    await page.screenshot({ path: screenshotPath('data-form-error') });
  });

  await test.step('deleting a trainer who teaches says which sessions, and offers to unassign them', async () => {
    await page.getByTestId('data-tab-trainers').click();
    const busy = plan.trainers.find((t) => plan.sessions.some((s) => s.trainerIds.includes(t.id)));
    await page.getByTestId('data-search').fill(busy?.id ?? '');
    await page.getByTestId('data-row').first().click();
    await page.getByTestId('data-delete').click();
    await expect(page.getByTestId('delete-refusal')).toContainText(busy?.name ?? '');
    await expect(page.getByTestId('delete-unassign')).toBeVisible();
    await page.screenshot({ path: screenshotPath('data-delete-refused') });
  });

  await test.step('a new cohort comes with its course days', async () => {
    await page.getByTestId('data-tab-cohorts').click();
    await page.getByTestId('data-add').click();
    await page.locator('#field-name').fill('Testhold Odense');
    await page.locator('#field-participants').fill('18');
    await page.getByTestId('form-save').click();
    const days = plan.courses[0]?.days.length ?? 0;
    await expect(page.getByTestId('data-notice')).toContainText(`${days} kursusdage`);
    expect(await countOf(page, 'count-unassigned')).toBe(days);
  });
});
