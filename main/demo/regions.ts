// The five regions lie roughly on a line (DESIGN §4), so travel is the number of
// steps along it, capped at 2 as the soft goal counts it.
import { REGIONS } from '../../shared/domain/schema';

export function regionSteps(a: string, b: string): number {
  const i = REGIONS.indexOf(a as (typeof REGIONS)[number]);
  const j = REGIONS.indexOf(b as (typeof REGIONS)[number]);
  if (i < 0 || j < 0) return 2;
  return Math.min(2, Math.abs(i - j));
}
