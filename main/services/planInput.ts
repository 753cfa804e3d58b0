// A whole holdplan/v1 data set arriving from outside (an import, a --file, a
// store test double) is checked in full, schema and references, before anything
// is replaced. Loose schemas keep the fields this version does not know.
import { HoldplanError } from '../../shared/domain/errors';
import { integrityProblems } from '../../shared/domain/integrity';
import { Plan } from '../../shared/domain/schema';
import { describeZodError } from '../../shared/domain/zodMessage';
import { currentLanguage } from './language';
import { generalMessages as m } from './messages/general';
import { say, type Text } from './messages/say';

function problemsLine(problems: readonly string[]): string {
  return say(m.problemsLine({ first: problems[0] ?? '', more: Math.max(0, problems.length - 1) }));
}

/** `what` names the data set at the start of a refusal: the command line passes a file's name, services a Text. */
export function validatePlan(raw: unknown, what: string | Text = m.thePlan()): Plan {
  const language = currentLanguage();
  const named = typeof what === 'string' ? what : say(what);
  const parsed = Plan.safeParse(raw);
  if (!parsed.success) {
    const details = describeZodError(parsed.error, language);
    throw new HoldplanError('invalid-input', say(m.notAPlan({ what: named, problems: problemsLine(details) })), details);
  }
  const problems = integrityProblems(parsed.data, language);
  if (problems.length > 0) {
    throw new HoldplanError('invalid-input', say(m.inconsistentPlan({ what: named, problems: problemsLine(problems) })), problems);
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
