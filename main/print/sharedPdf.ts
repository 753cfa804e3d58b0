// The PDF maker the `print.pdf` operation uses. The Electron app installs its
// webContents.printToPDF adapter at start; elsewhere (browser mode) one Chromium
// is launched on first use and closed again after a quiet minute, so an idle
// server keeps no browser running.
import type { PrintDocument } from '../../shared/contract/printResults';
import { launchChromiumPdf, type ChromiumPdf } from './chromiumPdf';
import type { HtmlToPdf } from './pdfPage';

const IDLE_MS = 60_000;

let installed: HtmlToPdf | null = null;
let chromium: Promise<ChromiumPdf> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;
let busy = 0;

/** Makes every later `print.pdf` use this adapter (the Electron app's). */
export function installHtmlToPdf(toPdf: HtmlToPdf | null): void {
  installed = toPdf;
}

async function closeChromium(): Promise<void> {
  const running = chromium;
  chromium = null;
  if (running) await (await running).close().catch(() => undefined);
}

function scheduleClose(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => void closeChromium(), IDLE_MS);
  idleTimer.unref();
}

async function viaSharedChromium(doc: PrintDocument): Promise<Uint8Array> {
  if (idleTimer) clearTimeout(idleTimer);
  busy++;
  try {
    chromium ??= launchChromiumPdf().catch((e: unknown) => {
      chromium = null;
      throw e;
    });
    return await (await chromium).toPdf(doc);
  } finally {
    busy--;
    if (busy === 0) scheduleClose();
  }
}

export function currentHtmlToPdf(): HtmlToPdf {
  return installed ?? viaSharedChromium;
}

/** Closes the shared Chromium now (tests, shutdown). */
export async function closeSharedPdf(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  await closeChromium();
}
