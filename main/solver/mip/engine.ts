// The exact reference's MIP engines behind one signature: HiGHS (WebAssembly, in
// this process, one thread) or CBC (a child process, `apt-get install coinor-cbc`).
import type { MipResult, SolveMipOptions } from './mipResult';
import { cbcAvailable, solveCbc } from './solveCbc';
import { solveMip } from './solveMip';

export type MipEngine = 'highs' | 'cbc';

export const MIP_ENGINES: readonly MipEngine[] = ['highs', 'cbc'];

export const ENGINE_NAME: Record<MipEngine, string> = { highs: 'HiGHS', cbc: 'CBC' };

/** CBC when it is installed (it proves larger optima and uses more than one core), else HiGHS. */
export function defaultMipEngine(): MipEngine {
  return cbcAvailable() ? 'cbc' : 'highs';
}

export function solveWith(engine: MipEngine, lp: string, options: SolveMipOptions): Promise<MipResult> {
  return engine === 'cbc' ? solveCbc(lp, options) : solveMip(lp, options);
}
