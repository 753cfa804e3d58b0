import type { Page } from '@playwright/test';
import { test, expect, screenshotPath } from './fixtures';
import { centreOf, openCompletePlan, sessionToMoveOntoBlockedDay } from './planner';

const AARHUS = 'c-aar';

async function openRoomPlanWeek(page: Page, date: string) {
  await page.getByTestId('nav-rooms').click();
  await page.getByTestId('centre-select').selectOption(AARHUS);
  await page.getByTestId('span-week').click();
  await page.getByTestId('goto-date').fill(date);
  await expect(page.getByTestId('room-timeline').locator(`[data-date="${date}"]`)).toBeVisible();
}

test('a planner drags a session onto a day its trainer is blocked: refused with the reason, then forced into a conflict with a lock', async ({ page, holdplan }) => {
  const { plan } = await openCompletePlan(page, holdplan.url);
  const { session, trainer, blocked } = sessionToMoveOntoBlockedDay(plan, AARHUS, '2027-02-01');

  await openRoomPlanWeek(page, session.date);
  const timeline = page.getByTestId('room-timeline');
  const event = timeline.getByTestId(`event-${session.id}`);
  await expect(event).toBeVisible();
  await expect(page.getByTestId('period-label')).toContainText('Uge');
  await page.screenshot({ path: screenshotPath('cal-1-room-plan-week') });

  // Drag it to the blocked day in the same room's row and hold it there.
  const from = await centreOf(event);
  const to = { x: (await centreOf(timeline.locator(`[data-date="${blocked}"]`))).x, y: (await centreOf(page.getByTestId(`room-${session.roomId}`))).y };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 2, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  const verdict = page.getByTestId('hover-verdict');
  await expect(verdict).toContainText(`${trainer.name} er utilgængelig`);
  await expect(verdict.locator('[data-rule="trainer-unavailable"]')).toHaveCount(1);
  await page.screenshot({ path: screenshotPath('cal-2-hover-verdict') });
  await page.mouse.up();

  // Refused with the reason; nothing saved yet.
  const refusal = page.getByTestId('refused-move');
  await expect(refusal).toBeVisible();
  await expect(refusal.locator('[data-rule="trainer-unavailable"]')).toContainText(trainer.name);
  await page.screenshot({ path: screenshotPath('cal-3-refused') });
  await expect(page.getByTestId('count-hard')).toHaveText('0');

  // Forced deliberately: saved with its date locked, and shown as a conflict. Its
  // trainer is still free to change, so the solver could repair it: not yet a locked conflict.
  await page.getByTestId('force-move').click();
  await expect(refusal).toBeHidden();
  await expect(page.getByTestId('count-hard')).not.toHaveText('0');
  const moved = timeline.locator(`.hp-s-${session.id}`);
  await expect(moved).toHaveClass(/hp-conflict/);
  await expect(moved.getByTestId('event-lock')).toBeVisible();
  const movedBox = await moved.boundingBox();
  const blockedBox = await timeline.locator(`[data-date="${blocked}"]`).boundingBox();
  expect(Math.abs((movedBox?.x ?? 0) - (blockedBox?.x ?? -100))).toBeLessThan(blockedBox?.width ?? 0);
  await page.screenshot({ path: screenshotPath('cal-4-forced-locked-conflict') });

  // The details panel says why, and offers other trainers who are free that day.
  await moved.locator('.hp-ev-title').click();
  const details = page.getByTestId('session-details');
  await expect(details).toContainText(`${trainer.name} er utilgængelig`);
  await expect(details.getByTestId('lock-date')).toBeChecked();
  await expect(details.getByTestId('candidates').locator('li').first()).toContainText('ledig');
  await page.screenshot({ path: screenshotPath('cal-5-details-panel') });

  // Locking the trainer as well leaves nothing the solver may change: a locked conflict, drawn differently.
  await details.getByTestId('lock-trainers').click();
  await expect(moved).toHaveClass(/hp-locked-conflict/);
  await expect(details.getByTestId('lock-trainers')).toBeChecked();
  await details.getByTestId('details-close').click();
  await page.screenshot({ path: screenshotPath('cal-4b-locked-conflict') });

  // A click on the lock unlocks it: the conflict stays, but no longer a locked one.
  await moved.getByTestId('event-lock').click();
  await expect(moved).not.toHaveClass(/hp-locked-conflict/);
  await expect(moved).toHaveClass(/hp-conflict/);
  await expect(moved.getByTestId('event-lock')).toHaveCount(0);
});

test('the room plan month, the trainer view with its filters, a trainer\'s month and a cohort\'s days', async ({ page, holdplan }) => {
  const { plan } = await openCompletePlan(page, holdplan.url);
  await openRoomPlanWeek(page, '2027-03-22');
  // Easter: Maundy Thursday and Good Friday are named and closed.
  await expect(page.getByTestId('room-timeline')).toContainText('Skærtorsdag');

  await page.getByTestId('span-month').click();
  await expect(page.getByTestId('period-label')).toContainText('1. mar. 2027');
  await expect(page.getByTestId('legend')).toContainText('KIL');
  await page.screenshot({ path: screenshotPath('cal-6-room-plan-month') });

  await page.getByTestId('nav-trainers').click();
  await page.getByTestId('span-week').click();
  const shown = page.getByTestId('trainers-shown');
  await expect(shown).toContainText('af 700');
  const busy = Number((await shown.innerText()).split(' ')[0]);
  expect(busy).toBeGreaterThan(20);
  await page.screenshot({ path: screenshotPath('cal-7-trainer-view') });

  await page.getByTestId('filter-busy').uncheck();
  await expect(shown).toContainText('700 af 700');
  await page.screenshot({ path: screenshotPath('cal-7b-trainer-view-all-700') });
  await page.getByTestId('filter-kind').selectOption('internal');
  const internal = plan.trainers.filter((t) => t.kind === 'internal');
  await expect(shown).toContainText(`${internal.length} af 700`);
  // Someone blocked in March, so their month shows blocked dates next to their course days.
  const someone = internal.find((t) => t.unavailable.some((r) => r.start <= '2027-03-31' && r.end >= '2027-03-01')) ?? internal[0]!;
  await page.getByTestId('filter-text').fill(someone.name);
  await expect(page.getByTestId(`trainer-${someone.id}`)).toBeVisible();
  await page.getByTestId(`trainer-${someone.id}`).click();

  await expect(page.getByTestId('screen-trainer-month')).toContainText(someone.name);
  await expect(page.getByTestId('trainer-month')).toBeVisible();
  await expect(page.getByTestId('month-name')).toHaveText(/marts 2027/i);
  await page.screenshot({ path: screenshotPath('cal-8-trainer-month') });
  await page.getByTestId('trainer-back').click();

  // A cohort with a customer's blocked week, so both its window and the blocked days show.
  const cohort = plan.cohorts.find((c) => (c.unavailable?.length ?? 0) > 0 && plan.sessions.filter((s) => s.cohortId === c.id).length >= 4) ?? plan.cohorts[0]!;
  await page.getByTestId('nav-cohorts').click();
  await page.getByTestId('cohort-select').selectOption(cohort.id);
  const rows = page.getByTestId('cohort-days').locator('tbody tr');
  await expect(rows).toHaveCount(plan.sessions.filter((s) => s.cohortId === cohort.id).length);
  await expect(page.getByTestId('screen-cohorts')).toContainText(cohort.name);
  await page.screenshot({ path: screenshotPath('cal-9-cohort-view') });
});
