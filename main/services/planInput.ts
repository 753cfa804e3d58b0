// A whole holdplan/v1 data set arriving from outside (an import, a --file, a
// store test double) is checked in full, schema and references, before anything
// is replaced. Loose schemas keep the fields this version does not know.
import { HoldplanError } from '../../shared/domain/errors';
import { integrityProblems } from '../../shared/domain/integrity';
import { Plan } from '../../shared/domain/schema';
import { describeZodError } from '../../shared/domain/zodMessage';

function problemsLine(problems: readonly string[]): string {
  const first = problems[0] ?? '';
  return problems.length === 1 ? first : `${first} (and ${problems.length - 1} more problems)`;
}

export function validatePlan(raw: unknown, what = 'The plan'): Plan {
  const parsed = Plan.safeParse(raw);
  if (!parsed.success) {
    const details = describeZodError(parsed.error);
    throw new HoldplanError('invalid-input', `${what} is not a valid holdplan/v1 data set: ${problemsLine(details)}`, details);
  }
  const problems = integrityProblems(parsed.data);
  if (problems.length > 0) {
    throw new HoldplanError('invalid-input', `${what} is not consistent: ${problemsLine(problems)}`, problems);
  }
  return parsed.data;
}

export function planCounts(plan: Plan) {
  return {
    centres: plan.centres.length,
    rooms: plan.rooms.length,
    trainers: plan.trainers.length,
    courses: plan.courses.length,
    cohorts: plan.cohorts.length,
    sessions: plan.sessions.length,
  };
}

/** Makes `draft` the plan `next`, in place, because a store change works on its draft. */
export function replacePlan(draft: Plan, next: Plan): void {
  const target = draft as Record<string, unknown>;
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, structuredClone(next));
}
