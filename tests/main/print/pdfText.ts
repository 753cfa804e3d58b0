// Reading a PDF as a person would read its words: Debian's poppler-utils
// (pdfinfo, pdftotext), page by page, with whitespace folded so a name that
// wraps inside a narrow cell still reads as one name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfText {
  pages: string[];
  all: string;
}

export function readPdf(bytes: Uint8Array): PdfText {
  const file = join(mkdtempSync(join(tmpdir(), 'holdplan-print-test-')), 'out.pdf');
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? '0');
  const pages: string[] = [];
  for (let p = 1; p <= count; p++) {
    const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    pages.push(text.replace(/\s+/g, ' ').trim());
  }
  return { pages, all: pages.join(' ') };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How often a name occurs as a whole (so "hold 1" is not counted inside "hold 12"). */
export function occurrences(text: string, name: string): number {
  return text.match(new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?![\\p{L}\\d])`, 'gu'))?.length ?? 0;
}
