// A planner edits a repair before accepting it: after solving the demo term a
// busy trainer cancels a week from their row in the trainer view; in the
// proposal they leave one change out and put a trainer of their own choosing on
// another, see at once what the edited proposal leaves broken, accept it, find
// exactly those values in the plan and the header's count, and undo it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays, isoWeekday } from '../../shared/calendar/dates';
import type { Plan, Session } from '../../shared/domain/schema';
import { test, expect, screenshotPath } from './fixtures';
import { countOf, loadAndSolveDemo } from './planner';

async function savedPlan(dataDir: string): Promise<Plan> {
  return (JSON.parse(await readFile(join(dataDir, 'holdplan.json'), 'utf8')) as { plan: Plan }).plan;
}

const sessionIn = (plan: Plan, id: string): Session => plan.sessions.find((s) => s.id === id)!;
const toDanish = (iso: string) => iso.split('-').reverse().join('-');

/** The trainer with the most planned days, and the Monday of the week of the middle one. */
function busiestTrainer(plan: Plan): { id: string; name: string; monday: string } {
  const dates = new Map<string, string[]>();
  for (const s of plan.sessions) for (const t of s.trainerIds) if (s.date) dates.set(t, [...(dates.get(t) ?? []), s.date]);
  const [id, list] = [...dates].sort((a, b) => b[1].length - a[1].length)[0]!;
  const middle = list.sort()[Math.floor(list.length / 2)]!;
  return { id, name: plan.trainers.find((t) => t.id === id)!.name, monday: addDays(middle, 1 - isoWeekday(middle)) };
}

test('leave a change out and choose another trainer for another, then accept the edited repair and undo it', async ({ page, holdplan }) => {
  test.setTimeout(300_000);
  await loadAndSolveDemo(page, holdplan.url);

  // The trainer cancels a week, from their row in the trainer view.
  const trainer = busiestTrainer(await savedPlan(holdplan.dataDir));
  await page.getByTestId('nav-trainers').click();
  await page.getByTestId('filter-text').fill(trainer.name);
  // Listed whether or not they teach in the week on screen.
  await page.getByTestId('filter-busy').uncheck();
  const row = page.getByTestId(`trainer-${trainer.id}`);
  await row.hover();
  await page.getByTestId(`trainer-cancels-${trainer.id}`).click();
  await expect(page.getByTestId('cancels-trainer')).toHaveValue(trainer.id);
  await page.getByTestId('cancels-start').fill(toDanish(trainer.monday));
  await page.getByTestId('cancels-end').fill(toDanish(addDays(trainer.monday, 4)));
  await page.getByTestId('cancels-submit').click();
  await expect(page.getByTestId('repair-proposal')).toBeVisible({ timeout: 60_000 });
  const broken = await countOf(page, 'count-hard');
  expect(broken).toBeGreaterThan(0);

  const rows = page.locator('[data-testid^="repair-change-"]');
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace('repair-change-', '')));
  const marked = await savedPlan(holdplan.dataDir);
  // Leave out a change of a session the trainer now cannot teach: it stays broken.
  const friday = addDays(trainer.monday, 4);
  const cancelledOn = (s: Session) => s.trainerIds.includes(trainer.id) && s.date !== null && trainer.monday <= s.date && s.date <= friday;
  const leftOut = ids.find((id) => cancelledOn(sessionIn(marked, id)))!;
  expect(leftOut).toBeDefined();
  for (const id of ids) await expect(page.getByTestId(`repair-include-${id}`)).toBeChecked();

  await page.screenshot({ path: screenshotPath('repair-edit-0-proposal') });
  await page.getByTestId(`repair-include-${leftOut}`).uncheck();
  await expect(page.getByTestId(`repair-change-${leftOut}`)).toContainText('Udeladt');
  await expect(page.getByTestId(`repair-edit-${leftOut}`)).toBeDisabled();
  await expect(page.getByTestId('repair-verdict')).toContainText('hårde brud');
  await expect(page.getByTestId(`repair-status-${leftOut}`)).toContainText('underviser utilgængelig');

  // Another trainer for another change, from the ranked, available candidates
  // (the first change that has one: on a crowded day there may be none).
  let edited = '';
  for (const id of ids.filter((x) => x !== leftOut)) {
    await page.getByTestId(`repair-edit-${id}`).click();
    const places = page.getByTestId(`repair-trainer-${id}-0`).locator('optgroup').first().locator('option');
    if ((await places.count()) > 0) {
      edited = id;
      break;
    }
    await page.getByTestId(`repair-edit-${id}`).click();
  }
  expect(edited).not.toBe('');
  const select = page.getByTestId(`repair-trainer-${edited}-0`);
  const proposedTrainer = await select.inputValue();
  const available = select.locator('optgroup').first().locator('option');
  const chosen = (await available.nth(Math.min(1, (await available.count()) - 1)).getAttribute('value'))!;
  expect(chosen).not.toBe(proposedTrainer);
  await select.selectOption(chosen);
  await expect(select).toHaveValue(chosen);
  await expect(page.getByTestId(`repair-change-${edited}`)).toContainText('rettet');
  await expect(page.getByTestId(`repair-status-${edited}`)).toContainText('Holder de hårde regler');
  await page.getByTestId(`repair-change-${edited}`).evaluate((row) => row.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: screenshotPath('repair-edit-1-editing') });

  const verdict = (await page.getByTestId('repair-verdict').innerText()).match(/efterlader forslaget (\d+) hårde brud/);
  expect(verdict).not.toBeNull();
  const remaining = Number(verdict![1]);
  expect(remaining).toBeGreaterThan(0);
  await expect(page.getByTestId('repair-accept')).toHaveText(`Godkend trods ${remaining} hårde brud`);
  await page.getByTestId('repair-accept').click();
  await expect(page.getByTestId('repair-accepted')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('repair-accepted')).toContainText(`${ids.length - 1} kursusdage ændret`);
  await page.screenshot({ path: screenshotPath('repair-edit-2-accepted') });

  // The plan holds exactly those values; the header counts what the dialog said was left.
  await expect(page.getByTestId('count-hard')).toHaveText(String(remaining));
  await expect.poll(async () => sessionIn(await savedPlan(holdplan.dataDir), edited).trainerIds).toContain(chosen);
  const repaired = await savedPlan(holdplan.dataDir);
  expect(sessionIn(repaired, leftOut)).toEqual(sessionIn(marked, leftOut));
  expect(sessionIn(repaired, edited).locked).toContain('trainers');
  expect(sessionIn(repaired, edited).trainerIds).not.toContain(proposedTrainer);
  await page.getByRole('button', { name: 'Luk' }).click();

  // One undo takes the whole edited repair back.
  await expect(page.getByTestId('undo')).toHaveAttribute('title', 'Fortryd: reparation (Ctrl+Z)');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('count-hard')).toHaveText(String(broken));
  await expect.poll(async () => sessionIn(await savedPlan(holdplan.dataDir), edited)).toEqual(sessionIn(marked, edited));
});
