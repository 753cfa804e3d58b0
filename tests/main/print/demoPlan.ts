// The demo term's planted plan (every session dated, roomed and staffed), built
// once per test file.
import { generateDemo } from '../../../main/demo/generate';
import type { Plan } from '../../../shared/domain/schema';

let planted: Plan | undefined;

export function plantedTerm(): Plan {
  planted ??= generateDemo({ size: 'term', seed: 1 }).planted;
  return planted;
}
