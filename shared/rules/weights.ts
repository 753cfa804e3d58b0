// The planner's weights for the soft goals of DESIGN §4, as data. A soft rule's
// penalty is its weight times a whole-number measure (see each rule's file), so
// every soft penalty is an integer and a MIP can state the same objective.
// Default order: continuity > stability > travel > cost > spread > fair load > room fit.
import { HoldplanError } from '../domain/errors';

export interface SoftWeights {
  continuity: number;
  stability: number;
  travel: number;
  cost: number;
  spread: number;
  fairLoad: number;
  roomFit: number;
}

export const DEFAULT_WEIGHTS: Readonly<SoftWeights> = Object.freeze({
  continuity: 1000,
  stability: 300,
  travel: 100,
  cost: 20,
  spread: 10,
  fairLoad: 5,
  roomFit: 1,
});

export function resolveWeights(overrides: Partial<SoftWeights> | undefined): SoftWeights {
  const out: SoftWeights = { ...DEFAULT_WEIGHTS };
  for (const key of Object.keys(out) as (keyof SoftWeights)[]) {
    const w = overrides?.[key];
    if (w !== undefined) {
      if (!Number.isFinite(w) || w < 0) throw new HoldplanError('invalid-input', `The weight of ${key} must be a number of 0 or more, not ${w}.`);
      out[key] = w;
    }
  }
  return out;
}
