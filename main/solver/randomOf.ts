// The moves' one way of picking at random, so that a seed means the same picks
// in every move.
import type { Rng } from '../demo/random';

/** A uniformly chosen entry of `list[from..to)`. */
export function randomOf(rng: Rng, list: Int32Array, from = 0, to = list.length): number {
  return list[from + Math.floor(rng.next() * (to - from))]!;
}
