// PDF in the Electron app: the printout is loaded into a hidden, sandboxed
// window with JavaScript off and its own session, and Chromium's printToPDF
// makes the file with the same page set-up as the browser-mode adapter.
import { BrowserWindow } from 'electron';
import type { PrintDocument } from '../../shared/contract/printResults';
import { pdfPage } from '../print/pdfPage';

const MM_PER_INCH = 25.4;

export async function electronHtmlToPdf(doc: PrintDocument): Promise<Uint8Array> {
  const setup = pdfPage(doc);
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, partition: 'holdplan-print' },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(doc.html)}`);
    const inches = (mm: number) => mm / MM_PER_INCH;
    return await window.webContents.printToPDF({
      pageSize: 'A4',
      landscape: setup.landscape,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: setup.headerTemplate,
      footerTemplate: setup.footerTemplate,
      margins: { top: inches(setup.margin.top), right: inches(setup.margin.right), bottom: inches(setup.margin.bottom), left: inches(setup.margin.left) },
    });
  } finally {
    window.destroy();
  }
}
