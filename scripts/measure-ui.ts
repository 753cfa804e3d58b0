// Measures the calendars in Chromium with the term demo's complete planted plan
// (DESIGN §7: a script that prints figures, never a timed test):
//   1. first render of a month's room plan (target < 300 ms),
//   2. the trainer view with all 700 trainers (target < 1 s),
//   3. from the pointer reaching a drop target to the verdict on screen (target < 50 ms),
// and, in Node, the verdict computation alone.
// Run: npm run build (or npx vite build), then node --import tsx scripts/measure-ui.ts [runs]
import { chromium, type Page } from '@playwright/test';
import { generateDemo } from '../main/demo/generate';
import { startBrowserMode } from '../tests/e2e/browserMode';
import { buildPlanIndex } from '../renderer/features/calendar/verdict/planIndex';
import { verdictFor } from '../renderer/features/calendar/verdict/verdict';
import { addDays } from '../shared/calendar/dates';

const RUNS = Number(process.argv[2] ?? 7);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function report(label: string, xs: number[], target: number) {
  const m = median(xs);
  console.log(`${label}: median ${m.toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length}); target < ${target} ms: ${m < target ? 'met' : 'MISSED'}`);
}

/** Clicks a test id and times, inside the page, until `ready` holds on an animation frame. */
async function timeClickUntil(page: Page, testId: string, ready: string): Promise<number> {
  return page.evaluate(
    async ({ testId, ready }) => {
      const el = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
      if (!el) throw new Error(`no ${testId}`);
      const t0 = performance.now();
      el.click();
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        if (document.querySelector(ready)) return performance.now() - t0;
        if (performance.now() - t0 > 20_000) throw new Error(`never ready: ${ready}`);
      }
    },
    { testId, ready },
  );
}

const { planted } = generateDemo({ size: 'term', seed: 1 });
// The centre with the most rooms: the heaviest room plan.
const roomsPer = new Map<string, number>();
for (const r of planted.rooms) roomsPer.set(r.centreId, (roomsPer.get(r.centreId) ?? 0) + 1);
const [CENTRE, CENTRE_ROOMS] = [...roomsPer].sort((a, b) => b[1] - a[1])[0]!;
console.log(`term demo, planted: ${planted.sessions.length} sessions, ${planted.trainers.length} trainers, ${planted.rooms.length} rooms`);

// The verdict's own cost, in Node, over a spread of sessions and dates.
{
  const index = buildPlanIndex(planted);
  const times: number[] = [];
  for (let i = 0; i < 400; i++) {
    const s = planted.sessions[(i * 37) % planted.sessions.length]!;
    const t0 = performance.now();
    verdictFor(index, s.id, { date: addDays(planted.term.start, (i * 11) % 150) });
    times.push(performance.now() - t0);
  }
  report('verdict computation alone (Node)', times.slice(50), 50);
}

const server = await startBrowserMode();
const browser = await chromium.launch({ executablePath: process.env.HOLDPLAN_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  const address = new URL(server.url);
  const token = /token=([\w-]+)/.exec(address.hash)?.[1] ?? '';
  const response = await page.request.post(`${address.origin}/api/plan.import`, { headers: { Authorization: `Bearer ${token}` }, data: { plan: planted } });
  if (!((await response.json()) as { ok: boolean }).ok) throw new Error('plan.import failed');
  await page.goto(server.url);
  await page.getByTestId('nav-rooms').click();
  await page.getByTestId('centre-select').selectOption(CENTRE);

  // 1. A month's room plan, first render (the calendar remounts per period).
  const months = ['2027-02-01', '2027-03-01', '2027-04-01', '2027-05-01', '2027-06-01'];
  const monthTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.getByTestId('span-week').click();
    await page.getByTestId('goto-date').fill(months[i % months.length]!);
    await page.waitForTimeout(200);
    monthTimes.push(await timeClickUntil(page, 'span-month', '.hp-span-month [data-testid^="event-"]'));
  }
  report(`room plan, month, first render (${CENTRE}, ${CENTRE_ROOMS} rooms)`, monthTimes, 300);

  // 2. All 700 trainers (week), from opening the screen to rows and events on screen.
  await page.getByTestId('span-week').click();
  await page.getByTestId('goto-date').fill('2027-03-08');
  await page.getByTestId('nav-trainers').click();
  await page.getByTestId('filter-busy').uncheck();
  await page.getByText('700 af 700').waitFor();
  const trainerTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.getByTestId('nav-rooms').click();
    await page.getByTestId('room-timeline').waitFor();
    trainerTimes.push(await timeClickUntil(page, 'nav-trainers', '[data-testid="trainer-timeline"] [data-testid^="trainer-t-"]'));
  }
  report('trainer view, 700 trainers, week', trainerTimes, 1000);

  // 3. Hover verdict: hold a session and move it between two targets.
  await page.getByTestId('nav-rooms').click();
  await page.getByTestId('goto-date').fill('2027-03-08');
  const event = page.getByTestId('room-timeline').locator('[data-testid^="event-"]').first();
  await event.waitFor();
  const box = (await event.boundingBox())!;
  const days = ['2027-03-09', '2027-03-11'];
  const xs = await Promise.all(days.map(async (d) => {
    const b = (await page.getByTestId('room-timeline').locator(`[data-date="${d}"]`).boundingBox())!;
    return b.x + b.width / 2;
  }));
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 10, y);
  await page.mouse.down();
  await page.mouse.move(box.x + 20, y + 2, { steps: 3 });
  const verdict = page.getByTestId('hover-verdict');
  const hoverTimes: number[] = [];
  for (let i = 0; i < RUNS * 4; i++) {
    const x = xs[i % 2]!;
    await page.mouse.move(x, y);
    await verdict.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="hover-verdict"]')?.getAttribute('data-latency-ms') !== null);
    const latency = Number(await verdict.getAttribute('data-latency-ms'));
    await page.evaluate(() => document.querySelector('[data-testid="hover-verdict"]')?.removeAttribute('data-latency-ms'));
    hoverTimes.push(latency);
  }
  await page.mouse.up();
  report('hover to verdict on screen', hoverTimes, 50);

  // 4. Drop onto a Saturday (always closed) to the refusal on screen.
  const refusal = page.getByTestId('refused-move');
  await page.waitForTimeout(500);
  if (await refusal.isVisible()) await refusal.getByRole('button').first().click();
  await page.getByTestId('goto-date').fill('2027-03-08');
  const saturday = (await page.getByTestId('room-timeline').locator('[data-date="2027-03-13"]').boundingBox())!;
  const dropTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const b = (await event.boundingBox())!;
    await page.mouse.move(b.x + 10, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + 20, b.y + b.height / 2 + 2, { steps: 3 });
    await page.mouse.move(saturday.x + saturday.width / 2, b.y + b.height / 2, { steps: 4 });
    await verdict.waitFor();
    // Installed (and awaited) before the button goes up; passed as text because tsx
    // would wrap named inner functions in a helper the page lacks.
    await page.evaluate(`(() => {
      let upAt = 0;
      const up = (e) => { if (upAt === 0) upAt = e.timeStamp; };
      window.addEventListener('pointerup', up, { capture: true });
      window.addEventListener('mouseup', up, { capture: true });
      window.__dropShown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (upAt > 0 && document.querySelector('[data-testid="refused-move"]')) {
            observer.disconnect();
            window.removeEventListener('pointerup', up, { capture: true });
            window.removeEventListener('mouseup', up, { capture: true });
            requestAnimationFrame(() => resolve(performance.now() - upAt));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      });
    })()`);
    await page.mouse.up();
    dropTimes.push(await page.evaluate<number>('window.__dropShown'));
    await refusal.getByRole('button').first().click();
    await refusal.waitFor({ state: 'hidden' });
  }
  report('drop to refusal with reasons on screen', dropTimes, 50);
} finally {
  await browser.close();
  await server.stop();
}
