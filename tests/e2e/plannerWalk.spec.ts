// One walk as a planner makes it, start to finish, on a fresh store: load the demo
// term, solve it, open Center Aarhus's room plan for a week, drag a session onto a
// day its trainer is blocked (refused, with the reason), force it, find it in the
// conflict panel, undo it, and switch the language. The steps in between (repair,
// the trainer table) have their own walks in solve.spec.ts and data.spec.ts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plan } from '../../shared/domain/schema';
import { centreOf, countOf, loadAndSolveDemo, sessionToMoveOntoBlockedDay } from './planner';
import { test, expect, screenshotPath } from './fixtures';

const AARHUS = 'c-aar';

async function savedPlan(dataDir: string): Promise<Plan> {
  return (JSON.parse(await readFile(join(dataDir, 'holdplan.json'), 'utf8')) as { plan: Plan }).plan;
}

test('a planner loads the demo, solves it, is refused a move onto a blocked day, forces it, finds it, undoes it', async ({ page, holdplan }) => {
  test.setTimeout(300_000);
  // Solve (fill is the default) and see zero hard violations.
  await loadAndSolveDemo(page, holdplan.url);

  // Center Aarhus's room plan, for the week of a session whose trainer is blocked another day that week.
  const { session, trainer, blocked } = sessionToMoveOntoBlockedDay(await savedPlan(holdplan.dataDir), AARHUS);
  await page.getByTestId('nav-rooms').click();
  await page.getByTestId('centre-select').selectOption(AARHUS);
  await page.getByTestId('span-week').click();
  await page.getByTestId('goto-date').fill(session.date);
  await page.getByTestId('goto-date').press('Enter');
  const timeline = page.getByTestId('room-timeline');
  await expect(timeline.locator(`[data-date="${blocked}"]`)).toBeVisible();
  const event = timeline.getByTestId(`event-${session.id}`);
  await expect(event).toBeVisible();
  await event.scrollIntoViewIfNeeded();

  // Drag it onto the blocked day: while hovering, the verdict names the rule and the trainer.
  const from = await centreOf(event);
  const to = { x: (await centreOf(timeline.locator(`[data-date="${blocked}"]`))).x, y: (await centreOf(page.getByTestId(`room-${session.roomId}`))).y };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 2, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await expect(page.getByTestId('hover-verdict').locator('[data-rule="trainer-unavailable"]')).toContainText(trainer.name);
  await page.mouse.up();

  // Refused, with the reason; nothing is saved until the planner forces it.
  const refusal = page.getByTestId('refused-move');
  await expect(refusal.locator('[data-rule="trainer-unavailable"]')).toContainText(trainer.name);
  await expect(page.getByTestId('count-hard')).toHaveText('0');
  await page.getByTestId('force-move').click();
  await expect(page.getByTestId('count-hard')).not.toHaveText('0');
  const forcedHard = await countOf(page, 'count-hard');

  // The conflict panel lists it under its rule, naming the trainer.
  await page.getByTestId('nav-conflicts').click();
  const unavailable = page.getByTestId('conflicts').getByTestId('rule-trainer-unavailable');
  await expect(unavailable.getByTestId('violation')).toContainText(trainer.name);
  await page.screenshot({ path: screenshotPath('walk-1-conflict-panel') });

  // Undo takes the forced move back: no hard violation remains.
  await page.getByTestId('conflicts').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('count-hard')).toHaveText('0');
  expect(forcedHard).toBeGreaterThan(0);
  await expect(unavailable).toHaveCount(0);

  // And the same workspace in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('navigation')).toContainText('Room plan');
  await expect(page.getByRole('navigation')).toContainText('Conflicts');
  await page.screenshot({ path: screenshotPath('walk-2-english') });
});
