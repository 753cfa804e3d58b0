// CSV as Danish Excel writes and reads it: ";" between fields (the decimal
// comma takes ","), UTF-8 with a byte-order mark so Excel does not guess
// Windows-1252. Reading also accepts "," or tab and files saved by Excel in
// Windows-1252 ("CSV (semikolonsepareret)").
import type { SheetData } from './cells';

const BOM = '\ufeff';

function quoted(field: string, delimiter: string): string {
  return /[";\r\n]/.test(field) || field.includes(delimiter) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function writeCsv(rows: readonly (readonly string[])[], delimiter = ';'): Buffer {
  const text = rows.map((row) => row.map((f) => quoted(f, delimiter)).join(delimiter)).join('\r\n');
  return Buffer.from(`${BOM}${text}\r\n`, 'utf8');
}

function decode(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** The delimiter that splits the header line into the most fields, outside quotes. */
function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ';';
  for (const [ch, n] of counts) if (n > counts.get(best)!) best = ch;
  return best;
}

/** RFC 4180 fields: quotes around fields, "" for a quote, line breaks inside quotes. */
export function parseCsvText(text: string, delimiter = guessDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else field += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function readCsv(bytes: Uint8Array): SheetData {
  const [header = [], ...rest] = parseCsvText(decode(bytes));
  return {
    headers: header.map((h) => h.trim()),
    rows: rest.map((cells, i) => ({ row: i + 2, cells: cells.map((c) => (c.trim() === '' ? null : c)) })),
  };
}
