// What the end-to-end walks share: reading the header's counts, loading and
// solving the demo, opening the demo's complete planted plan, finding a move that breaks a rule, and pointing
// at the middle of an element for a drag.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { generateDemo } from '../../main/demo/generate';
import { addDays, isoWeekday } from '../../shared/calendar/dates';
import { isWorkingDay } from '../../shared/calendar/workingDays';
import type { Plan, Session, Trainer } from '../../shared/domain/schema';

/** Loads the demo term and solves it (fill, the default) to zero hard violations, leaving the solve panel closed. */
export async function loadAndSolveDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Indlæs demotermin' }).click();
  await expect(page.getByTestId('screen-overview')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('solve-open').click();
  await page.getByTestId('solve-start').click();
  await expect(page.getByTestId('solve-summary')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('count-hard')).toHaveText('0');
  await page.getByRole('button', { name: 'Luk' }).click();
}

/** Reads a count as the page shows it, in either language's number format. */
export async function countOf(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).innerText()).replace(/[.,\s]/g, '');
  expect(text).toMatch(/^\d+$/);
  return Number(text);
}

/** Loads the demo as a planner does, then replaces it with its complete planted plan through the contract. */
export async function openCompletePlan(page: Page, url: string): Promise<{ plan: Plan; call(op: string, input: unknown): Promise<void> }> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Indlæs demotermin' }).click();
  await expect(page.getByTestId('screen-overview')).toBeVisible({ timeout: 60_000 });
  const { planted } = generateDemo({ size: 'term', seed: 1 });
  const address = new URL(url);
  const token = /token=([\w-]+)/.exec(address.hash)?.[1] ?? '';
  const call = async (op: string, input: unknown) => {
    const response = await page.request.post(`${address.origin}/api/${op}`, { headers: { Authorization: `Bearer ${token}` }, data: input });
    expect((await response.json()) as { ok: boolean }).toMatchObject({ ok: true });
  };
  await call('plan.import', { plan: planted });
  await page.reload();
  await expect(page.getByTestId('count-hard')).toHaveText('0');
  return { plan: planted, call };
}

/** A full-day session at the centre, with one trainer who is blocked on another working day of the same week. */
export function sessionToMoveOntoBlockedDay(
  plan: Plan,
  centreId: string,
  from = '0000-01-01',
): { session: Session & { date: string; roomId: string }; trainer: Trainer; blocked: string } {
  const rooms = new Set(plan.rooms.filter((r) => r.centreId === centreId).map((r) => r.id));
  for (const s of plan.sessions) {
    if (s.date === null || s.roomId === null || !rooms.has(s.roomId) || s.slot !== 'full' || s.trainerIds.length !== 1 || s.date < from) continue;
    const trainer = plan.trainers.find((t) => t.id === s.trainerIds[0]);
    if (!trainer) continue;
    const monday = addDays(s.date, 1 - isoWeekday(s.date));
    for (let i = 0; i < 5; i++) {
      const day = addDays(monday, i);
      if (day === s.date || !isWorkingDay(day, plan.closures, centreId)) continue;
      if (trainer.unavailable.some((r) => r.start <= day && day <= r.end)) return { session: { ...s, date: s.date, roomId: s.roomId }, trainer, blocked: day };
    }
  }
  throw new Error(`The plan has no session at ${centreId} whose trainer is blocked later in its week.`);
}

export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
