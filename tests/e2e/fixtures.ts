import { test as base } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './browserMode';

/** Every test gets browser mode on a fresh, empty store. */
export const test = base.extend<{ holdplan: BrowserMode }>({
  // Playwright reads a fixture's dependencies from its first parameter's destructuring: none here.
  // eslint-disable-next-line no-empty-pattern
  holdplan: async ({}, use) => {
    const server = await startBrowserMode();
    try {
      await use(server);
    } finally {
      await server.stop();
    }
  },
});

export { expect } from '@playwright/test';

/** Screenshots go under test-results/ (not committed) for a person to look at. */
export const screenshotPath = (name: string) => `test-results/screens/${name}.png`;
