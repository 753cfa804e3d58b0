// PDF from the system's Chromium through playwright-core, for browser mode, the
// command line and tests. One browser makes many PDFs: launching costs far more
// than a page. playwright-core is loaded by a computed name so the Electron
// bundle (which prints with webContents.printToPDF) never pulls it in.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { PrintDocument } from '../../shared/contract/printResults';
import { pdfPage, type HtmlToPdf } from './pdfPage';
import { printingMessages } from '../services/messages/printing';
import { say } from '../services/messages/say';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** HOLDPLAN_CHROMIUM points at another Chromium build; Debian's is the default. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  return env.HOLDPLAN_CHROMIUM ?? '/usr/bin/chromium';
}

export interface ChromiumPdf {
  toPdf: HtmlToPdf;
  close(): Promise<void>;
}

async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  const name = 'playwright-core';
  try {
    return (await import(/* @vite-ignore */ name)) as typeof import('playwright-core');
  } catch {
    throw new Error(say(printingMessages.noPlaywright()));
  }
}

export async function launchChromiumPdf(executablePath: string = chromiumPath()): Promise<ChromiumPdf> {
  if (!existsSync(executablePath)) {
    throw new Error(say(printingMessages.noChromium({ path: executablePath })));
  }
  const { chromium } = await loadPlaywright();
  const browser: Browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  // One page for every printout, one at a time: a new page costs more than the PDF.
  let page: Promise<Page> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const openPage = async () => {
    const fresh = await browser.newPage();
    // The printout is self-contained; nothing it could fetch is wanted.
    await fresh.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    return fresh;
  };
  const render = async (doc: PrintDocument): Promise<Uint8Array> => {
    const setup = pdfPage(doc);
    page ??= openPage();
    const current = await page;
    try {
      await current.setContent(doc.html, { waitUntil: 'load' });
      const mm = (n: number) => `${n}mm`;
      return await current.pdf({
        format: 'A4',
        landscape: setup.landscape,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: setup.headerTemplate,
        footerTemplate: setup.footerTemplate,
        margin: { top: mm(setup.margin.top), right: mm(setup.margin.right), bottom: mm(setup.margin.bottom), left: mm(setup.margin.left) },
      });
    } catch (e) {
      // A page in an unknown state is not reused.
      page = null;
      await current.close().catch(() => undefined);
      throw e;
    }
  };
  const toPdf = (doc: PrintDocument): Promise<Uint8Array> => {
    const run = queue.then(() => render(doc));
    queue = run.catch(() => undefined);
    return run;
  };
  return { toPdf, close: () => browser.close() };
}

/** Launches Chromium for a batch of PDFs and always closes it afterwards. */
export async function withChromiumPdf<T>(use: (toPdf: HtmlToPdf) => Promise<T>, executablePath?: string): Promise<T> {
  const chromium = await launchChromiumPdf(executablePath);
  try {
    return await use(chromium.toPdf);
  } finally {
    await chromium.close();
  }
}
