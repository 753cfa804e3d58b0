// Candidate dates for a cohort's chain of dated days, pruned to the dates that
// belong to at least one complete chain keeping the gap rules (gap-too-short,
// gap-too-long, days-out-of-order). On a chain this forward-then-backward pass
// is exact: every date left starts or continues some valid chain, and an empty
// position means no chain exists at all.

export interface ChainLink {
  /** Sorted candidate day numbers. */
  days: readonly number[];
  /** Least and greatest gap (days) to the previous link; ignored on the first. */
  minGap: number;
  maxGap: number | null;
}

function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether some day of `sorted` lies in [from, to]. */
function anyIn(sorted: readonly number[], from: number, to: number): boolean {
  const i = firstAtLeast(sorted, from);
  return i < sorted.length && sorted[i]! <= to;
}

/** The pruned candidate days per link, or null when no chain keeps every gap. */
export function chainDomains(links: readonly ChainLink[]): number[][] | null {
  const n = links.length;
  const reach: number[][] = links.map((l) => [...l.days]);
  // Dates rise with dayIndex whatever the course says: a gap of 0 is out of order.
  const least = (k: number) => Math.max(1, links[k]!.minGap);
  const most = (k: number) => links[k]!.maxGap ?? Infinity;
  for (let k = 1; k < n; k++) {
    const prev = reach[k - 1]!;
    reach[k] = reach[k]!.filter((d) => anyIn(prev, d - most(k), d - least(k)));
  }
  for (let k = n - 2; k >= 0; k--) {
    const next = reach[k + 1]!;
    reach[k] = reach[k]!.filter((d) => anyIn(next, d + least(k + 1), d + most(k + 1)));
  }
  return reach.some((r) => r.length === 0) ? null : reach;
}
