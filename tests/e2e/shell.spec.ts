import { test, expect, screenshotPath } from './fixtures';
import { countOf } from './planner';
import { hostname, tmpdir } from 'node:os';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startBrowserMode } from './browserMode';

test('a new planner loads the demo term with one click and sees its counts', async ({ page, holdplan }) => {
  await page.goto(holdplan.url);

  // Danish by default (the browser's language is da-DK), on an empty store.
  await expect(page.getByRole('heading', { name: 'Planen er tom' })).toBeVisible();
  await expect(page.getByTestId('term-name')).toHaveText('Forår 2027');
  expect(await countOf(page, 'count-unassigned')).toBe(0);
  // The token leaves the address bar once it is read.
  expect(page.url()).not.toContain('token');
  await page.screenshot({ path: screenshotPath('1-empty-da') });

  await page.getByRole('button', { name: 'Indlæs demotermin' }).click();
  await expect(page.getByTestId('screen-overview')).toBeVisible({ timeout: 60_000 });

  await expect(page.getByTestId('term-name')).toHaveText('Forår 2027');
  const sessions = await countOf(page, 'data-sessions');
  const unassigned = await countOf(page, 'count-unassigned');
  const deferred = await countOf(page, 'count-deferred');
  expect(sessions).toBeGreaterThan(1000);
  expect(await countOf(page, 'data-trainers')).toBeGreaterThanOrEqual(600);
  expect(await countOf(page, 'count-assigned')).toBe(0);
  // Nothing is planned yet: every session of the term is unassigned, the rest belong to a later term.
  expect(unassigned + deferred).toBe(sessions);
  expect(await countOf(page, 'count-hard')).toBe(0);
  await page.screenshot({ path: screenshotPath('2-demo-da') });

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(page.getByText('Unassigned', { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation')).toContainText('Room plan');
  expect(await countOf(page, 'count-unassigned')).toBe(unassigned);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: screenshotPath('3-demo-en') });

  // A reload keeps the language and the access (the token stays with the tab).
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  expect(await countOf(page, 'count-unassigned')).toBe(unassigned);
});

test('the navigation works from the keyboard', async ({ page, holdplan }) => {
  await page.goto(holdplan.url);
  await expect(page.getByRole('heading', { name: 'Planen er tom' })).toBeVisible();

  const overview = page.getByTestId('nav-overview');
  for (let i = 0; i < 10 && !(await overview.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(overview).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('nav-rooms')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('screen-rooms')).toBeVisible();
  await expect(page.getByTestId('nav-rooms')).toHaveAttribute('aria-current', 'page');

  await page.keyboard.press('End');
  await expect(page.getByTestId('nav-print')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(overview).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('conflicts')).toBeVisible();
  await expect(page.getByTestId('nav-conflicts')).toHaveAttribute('aria-current', 'page');

  // One Tab stop for the whole list: Tab leaves the navigation.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('nav-print')).not.toBeFocused();
  await expect(page.locator('nav li button:focus')).toHaveCount(0);
});

test('a page opened without the token explains how to get in and reaches no data', async ({ page, holdplan }) => {
  const withoutToken = holdplan.url.replace(/#.*$/, '');
  await page.goto(withoutToken);
  await expect(page.getByRole('heading', { name: 'Ingen adgang' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('holdplan web');

  const response = await page.request.post(new URL('/api/plan.summary', withoutToken).toString(), { data: {} });
  expect(response.status()).toBe(401);
});

test('a second instance on the same data file is read-only and says who holds it', async ({ page, holdplan }) => {
  const second = await startBrowserMode({ dataDir: holdplan.dataDir });
  try {
    await page.goto(second.url);
    const banner = page.getByTestId('read-only-banner');
    await expect(banner).toContainText('Skrivebeskyttet');
    await expect(banner).toContainText(hostname());
    await expect(page.getByRole('button', { name: 'Indlæs demotermin' })).toBeDisabled();
    await page.screenshot({ path: screenshotPath('5-read-only') });
  } finally {
    await second.stop();
  }
});

test('a damaged data file is moved aside and the planner is told so', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'holdplan-e2e-corrupt-'));
  await writeFile(join(dataDir, 'holdplan.json'), '{"format": "holdplan/v1", "term": {');
  const server = await startBrowserMode({ dataDir });
  try {
    await page.goto(server.url);
    await expect(page.getByTestId('notices')).toBeVisible();
    await expect(page.getByTestId('notices')).toContainText('holdplan.json');
    await page.screenshot({ path: screenshotPath('6-notice') });
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
