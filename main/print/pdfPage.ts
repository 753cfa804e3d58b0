// The page set-up every PDF adapter uses: A4, the paper margins, and the
// repeated header (what the sheet is) and footer (print time, "Side X af Y").
// Chromium fills the pageNumber/totalPages spans; templates get no page CSS,
// so each carries its own font size.
import type { PrintDocument } from '../../shared/contract/printResults';

export interface PdfPage {
  landscape: boolean;
  /** Millimetres. */
  margin: { top: number; right: number; bottom: number; left: number };
  headerTemplate: string;
  footerTemplate: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function pdfPage(doc: PrintDocument): PdfPage {
  const side = doc.landscape ? 8 : 12;
  const row = `font-family:'Liberation Sans','DejaVu Sans',Arial,sans-serif;font-size:9px;color:#333;width:100%;margin:0 ${side}mm;display:flex;justify-content:space-between;`;
  return {
    landscape: doc.landscape,
    margin: { top: 14, right: side, bottom: 12, left: side },
    headerTemplate: `<div style="${row}"><span>${escapeHtml(doc.headerText)}</span><span>Holdplan</span></div>`,
    footerTemplate: `<div style="${row}"><span>Udskrevet ${escapeHtml(doc.printedAt)}</span><span>Side <span class="pageNumber"></span> af <span class="totalPages"></span></span></div>`,
  };
}

/** What turns a printout into PDF bytes: Chromium (browser mode, CLI, tests) or Electron. */
export type HtmlToPdf = (doc: PrintDocument) => Promise<Uint8Array>;
