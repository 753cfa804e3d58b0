// The exact reference end to end: build the room-and-trainer MIP for a plan's
// dates, solve it, decode, and re-score the decoded plan with the reference
// checker. The MIP's objective must equal the checker's soft penalty less the goals
// that are constant with dates fixed, plus the unassigned sessions' cost: that
// equality is what shows the model states the checker's objective.
import type { Plan } from '../../../shared/domain/schema';
import { checkPlan } from '../../../shared/rules/check';
import type { CheckResult } from '../../../shared/rules/types';
import type { SoftWeights } from '../../../shared/rules/weights';
import { buildAssignmentMip, type MipSize } from './assignmentMip';
import { solveWith, type MipEngine } from './engine';
import type { MipResult } from './mipResult';

export interface ReferenceOptions {
  weights?: Partial<SoftWeights> | undefined;
  timeLimitSeconds?: number | undefined;
  log?: boolean | undefined;
  /** A plan with the same dates to start from (for example the heuristic's, or the planted one). */
  start?: Plan | undefined;
  /** Default HiGHS. */
  engine?: MipEngine | undefined;
  /** Threads for engines that use more than one (CBC). */
  threads?: number | undefined;
}

export interface ReferenceResult {
  /** The decoded plan (the input's plan when no solution was found). */
  plan: Plan;
  mip: Omit<MipResult, 'solution'>;
  size: MipSize;
  buildSeconds: number;
  check: CheckResult;
  /** Checker's soft penalty of the goals the model states (all but spread and stability). */
  modelledSoft: number;
  /** Checker's penalty of the goals that are constant with dates fixed. */
  constantSoft: number;
  /** Unassigned sessions in the MIP's solution, and the objective cost of each. */
  unassigned: number;
  unassignedCost: number;
  /** MIP objective − (modelledSoft + unassigned × cost): 0 when the model is the checker's. */
  difference: number;
}

export class ObjectiveMismatchError extends Error {}

export async function solveAssignmentReference(plan: Plan, options: ReferenceOptions = {}): Promise<ReferenceResult> {
  const started = performance.now();
  const built = buildAssignmentMip(plan, { weights: options.weights });
  const buildSeconds = (performance.now() - started) / 1000;
  const { solution, ...mip } = await solveWith(options.engine ?? 'highs', built.lp, {
    threads: options.threads,
    timeLimitSeconds: options.timeLimitSeconds,
    log: options.log,
    absoluteGap: built.integralObjective ? 0.999 : 1e-6,
    start: options.start ? built.encode(options.start) : undefined,
  });
  const decoded = solution.size > 0 ? built.decode(solution) : plan;
  const check = checkPlan(decoded, { weights: options.weights });
  const constant = new Set(built.constantGoals);
  let constantSoft = 0;
  for (const t of check.totals) if (t.level === 'soft' && constant.has(t.rule)) constantSoft += t.penalty;
  const modelledSoft = check.score.soft - constantSoft;
  const unassigned = solution.size > 0 ? built.unassigned(solution) : 0;
  const difference = solution.size > 0 ? mip.objective - (modelledSoft + unassigned * built.unassignedCost) : Number.NaN;
  const result = { plan: decoded, mip, size: built.size, buildSeconds, check, modelledSoft, constantSoft, unassigned, unassignedCost: built.unassignedCost, difference };
  // A proven optimum has every auxiliary column at its least value; then the
  // objective and the checker must agree to rounding.
  if (mip.status === 'optimal' && Math.abs(difference) > 1e-6 * Math.max(1, Math.abs(mip.objective))) {
    throw new ObjectiveMismatchError(`the MIP's objective ${mip.objective} differs from the checker's ${modelledSoft} (+ ${unassigned} unassigned × ${built.unassignedCost}) by ${difference}`);
  }
  return result;
}
