import type { Region } from '../domain/schema';

// Denmark's five regions lie roughly on a line for travel purposes (DESIGN §4):
// Hovedstaden – Sjælland – Syddanmark – Midtjylland – Nordjylland.
const NEIGHBOURS: ReadonlySet<string> = new Set([
  'Hovedstaden|Sjælland',
  'Sjælland|Syddanmark',
  'Syddanmark|Midtjylland',
  'Midtjylland|Nordjylland',
]);

/** 0 in the same region, 1 in a neighbouring one, otherwise 2. */
export function regionDistance(a: Region, b: Region): 0 | 1 | 2 {
  if (a === b) return 0;
  return NEIGHBOURS.has(`${a}|${b}`) || NEIGHBOURS.has(`${b}|${a}`) ? 1 : 2;
}
