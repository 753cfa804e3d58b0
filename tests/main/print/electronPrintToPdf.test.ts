import { describe, expect, it, vi } from 'vitest';
import type { PrintDocument } from '../../../shared/contract/printResults';

const fake = vi.hoisted(() => ({ options: [] as unknown[], loaded: [] as string[], printed: [] as unknown[], destroyed: 0 }));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      printToPDF: async (options: unknown) => {
        fake.printed.push(options);
        return Buffer.from('%PDF-electron');
      },
    };
    constructor(options: unknown) {
      fake.options.push(options);
    }
    loadURL(url: string): Promise<void> {
      fake.loaded.push(url);
      return Promise.resolve();
    }
    destroy(): void {
      fake.destroyed++;
    }
  }
  return { BrowserWindow };
});

const { electronHtmlToPdf } = await import('../../../main/app/printToPdf');

const doc: PrintDocument = {
  title: 'Lokaleplan',
  fileName: 'x.pdf',
  html: '<!DOCTYPE html><html><body>Lokale 1 · Æblerød</body></html>',
  landscape: true,
  headerText: 'Lokaleplan · Center Aarhus · Uge 17',
  printedAt: '03.05.2027 kl. 10.15',
};

describe('Electron PDF adapter', () => {
  it('prints the page in a hidden, script-free, sandboxed window on A4 with header and footer, then closes it', async () => {
    const pdf = await electronHtmlToPdf(doc);
    expect(Buffer.from(pdf).toString()).toBe('%PDF-electron');
    expect(fake.options[0]).toMatchObject({ show: false, webPreferences: { sandbox: true, javascript: false, nodeIntegration: false, contextIsolation: true } });
    expect(decodeURIComponent(fake.loaded[0]!.replace('data:text/html;charset=utf-8,', ''))).toBe(doc.html);
    const options = fake.printed[0] as { pageSize: string; landscape: boolean; printBackground: boolean; headerTemplate: string; footerTemplate: string; margins: { top: number } };
    expect(options).toMatchObject({ pageSize: 'A4', landscape: true, printBackground: true, displayHeaderFooter: true });
    expect(options.headerTemplate).toContain('Lokaleplan · Center Aarhus · Uge 17');
    expect(options.footerTemplate).toContain('Udskrevet 03.05.2027 kl. 10.15');
    expect(options.footerTemplate).toContain('<span class="pageNumber"></span> af <span class="totalPages"></span>');
    expect(options.margins.top).toBeCloseTo(14 / 25.4);
    expect(fake.destroyed).toBe(1);
  });
});
