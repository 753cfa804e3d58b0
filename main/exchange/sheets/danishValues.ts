// Numbers, dates and lists as Danish spreadsheets write them: "1.234,50",
// "12-01-2027" or "12.01.2027", lists split by ";" or ",". Each reader returns
// the value or a message saying what it could not read.
import { cellText, type Cell } from './cells';
import { importingMessages } from '../../services/messages/importing';
import { say } from '../../services/messages/say';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (message: string): Read<never> => ({ ok: false, message });

const DANISH_THOUSANDS = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const DANISH_DECIMAL = /^-?\d+(,\d+)?$/;
const ENGLISH_THOUSANDS = /^-?\d{1,3}(,\d{3})+\.\d+$/;
const POINT_DECIMAL = /^-?\d+\.\d+$/;

/**
 * A number from a cell. Text is read the Danish way first: "1.234,50" and
 * "1234,5"; "1.234" is one thousand two hundred and thirty-four, as a Danish
 * reader means it. "7200.5" and "1,234.50" are read as written in English.
 */
export function readNumber(cell: Cell): Read<number> {
  if (typeof cell === 'number') return ok(cell);
  const raw = cellText(cell);
  const text = raw.replace(/[\s\u00a0]/g, '').replace(/^(kr\.?|dkk)/i, '').replace(/(kr\.?|dkk|,-)$/i, '');
  let normal: string | null = null;
  if (DANISH_THOUSANDS.test(text)) normal = text.replace(/\./g, '').replace(',', '.');
  else if (DANISH_DECIMAL.test(text)) normal = text.replace(',', '.');
  else if (ENGLISH_THOUSANDS.test(text)) normal = text.replace(/,/g, '');
  else if (POINT_DECIMAL.test(text)) normal = text;
  return normal === null ? fail(say(importingMessages.notANumber({ text: raw }))) : ok(Number(normal));
}

const pad = (n: number) => String(n).padStart(2, '0');
const DATE_PATTERN = String.raw`(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[.\-/]\d{1,2}[.\-/]\d{4})`;
const ONE_DATE = new RegExp(`^${DATE_PATTERN}$`);
const RANGE = new RegExp(String.raw`^${DATE_PATTERN}(?:\s*(?:–|—|-|\.\.|til)\s*${DATE_PATTERN})?$`, 'i');

/** "2027-01-12", "12-01-2027", "12.01.2027", "12/1/2027" → "2027-01-12" (day before month, as in Denmark). */
function dateFromText(text: string): string | null {
  if (!ONE_DATE.test(text)) return null;
  const parts = text.split(/[.\-/]/).map(Number) as [number, number, number];
  const [y, m, d] = /^\d{4}-/.test(text) ? parts : [parts[2], parts[1], parts[0]];
  return `${y}-${pad(m)}-${pad(d)}`;
}

// Excel counts days from 30 Dec 1899 (its 1900 leap-year bug included).
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** A date cell, an Excel day number or date text, as YYYY-MM-DD. The calendar check is the schema's. */
export function readDate(cell: Cell): Read<string> {
  // exceljs gives date cells as UTC midnight of that day.
  if (cell instanceof Date) return ok(cell.toISOString().slice(0, 10));
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0) {
    return ok(new Date(EXCEL_EPOCH_UTC + cell * 86_400_000).toISOString().slice(0, 10));
  }
  const text = cellText(cell);
  const date = dateFromText(text);
  return date === null ? fail(say(importingMessages.notADate({ text }))) : ok(date);
}

/** Items of a list cell: "ledelse; læring" or "ledelse, læring". */
export function readList(cell: Cell): string[] {
  return cellText(cell)
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** "2027-02-15–2027-02-19, 01.03.2027": date ranges, a single date being a one-day range. */
export function readDateRanges(cell: Cell): Read<{ start: string; end: string }[]> {
  if (cell instanceof Date || typeof cell === 'number') {
    const date = readDate(cell);
    return date.ok ? ok([{ start: date.value, end: date.value }]) : date;
  }
  const ranges: { start: string; end: string }[] = [];
  for (const item of readList(cell)) {
    const match = RANGE.exec(item);
    const start = match ? dateFromText(match[1]!) : null;
    const end = match?.[2] !== undefined ? dateFromText(match[2]) : start;
    if (start === null || end === null) return fail(say(importingMessages.notADateRange({ text: item })));
    ranges.push({ start, end });
  }
  return ok(ranges);
}

/** "2027-02-15–2027-02-19, 2027-03-01": how date ranges are written back. */
export function writeDateRanges(ranges: readonly { start: string; end: string }[]): string {
  return ranges.map((r) => (r.start === r.end ? r.start : `${r.start}–${r.end}`)).join(', ');
}

/** A CSV number the Danish way: decimal comma, no thousands separator. */
export function danishNumber(n: number): string {
  return String(n).replace('.', ',');
}

/** "12-01-2027". */
export function danishDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}
