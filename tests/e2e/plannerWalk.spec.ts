// One walk as a planner makes it, start to finish, on a fresh store: load the demo
// term, solve it, open Center Aarhus's room plan for a week, drag a session onto a
// day its trainer is blocked (refused, with the reason), force it, find it in the
// conflict panel, undo it, and switch the language. The steps in between (repair,
// the trainer table) have their own walks in solve.spec.ts and data.spec.ts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { addDays, isoWeekday } from '../../shared/calendar/dates';
import { isWorkingDay } from '../../shared/calendar/workingDays';
import type { Plan, Session, Trainer } from '../../shared/domain/schema';
import { test, expect, screenshotPath } from './fixtures';

const AARHUS = 'c-aar';

async function savedPlan(dataDir: string): Promise<Plan> {
  return (JSON.parse(await readFile(join(dataDir, 'holdplan.json'), 'utf8')) as { plan: Plan }).plan;
}

/** A full-day Aarhus session whose one trainer is blocked on another working day of the same week. */
function sessionToMoveOntoBlockedDay(plan: Plan): { session: Session & { date: string; roomId: string }; trainer: Trainer; blocked: string } {
  const rooms = new Set(plan.rooms.filter((r) => r.centreId === AARHUS).map((r) => r.id));
  for (const s of plan.sessions) {
    if (s.date === null || s.roomId === null || !rooms.has(s.roomId) || s.slot !== 'full' || s.trainerIds.length !== 1) continue;
    const trainer = plan.trainers.find((t) => t.id === s.trainerIds[0]);
    if (!trainer) continue;
    const monday = addDays(s.date, 1 - isoWeekday(s.date));
    for (let i = 0; i < 5; i++) {
      const day = addDays(monday, i);
      if (day === s.date || !isWorkingDay(day, plan.closures, AARHUS)) continue;
      if (trainer.unavailable.some((r) => r.start <= day && day <= r.end)) return { session: { ...s, date: s.date, roomId: s.roomId }, trainer, blocked: day };
    }
  }
  throw new Error('The solved plan has no Aarhus session whose trainer is blocked later in its week.');
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function hardCount(page: Page): Promise<number> {
  return Number((await page.getByTestId('count-hard').innerText()).replace(/[.,\s]/g, ''));
}

test('a planner loads the demo, solves it, is refused a move onto a blocked day, forces it, finds it, undoes it', async ({ page, holdplan }) => {
  test.setTimeout(300_000);
  await page.goto(holdplan.url);
  await page.getByRole('button', { name: 'Indlæs demotermin' }).click();
  await expect(page.getByTestId('screen-overview')).toBeVisible({ timeout: 60_000 });

  // Solve (fill is the default) and see zero hard violations.
  await page.getByTestId('solve-open').click();
  await page.getByTestId('solve-start').click();
  await expect(page.getByTestId('solve-summary')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('count-hard')).toHaveText('0');
  await page.getByRole('button', { name: 'Luk' }).click();

  // Center Aarhus's room plan, for the week of a session whose trainer is blocked another day that week.
  const { session, trainer, blocked } = sessionToMoveOntoBlockedDay(await savedPlan(holdplan.dataDir));
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
  const from = await centre(event);
  const to = { x: (await centre(timeline.locator(`[data-date="${blocked}"]`))).x, y: (await centre(page.getByTestId(`room-${session.roomId}`))).y };
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
  const forcedHard = await hardCount(page);

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
