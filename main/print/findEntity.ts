// Looking up what a printout is about, with a message that says what exists.
import type { Centre, Cohort, Plan, Trainer } from '../../shared/domain/schema';
import { HoldplanError } from '../../shared/domain/errors';
import { printingMessages } from '../services/messages/printing';
import { say } from '../services/messages/say';
import type { Noun } from '../services/messages/nouns';

function notFound(noun: Noun, id: string, known: readonly { id: string }[]): never {
  const some = known.slice(0, 6).map((x) => x.id).join(', ');
  throw new HoldplanError('not-found', say(printingMessages.notFound({ noun, id, some, more: known.length > 6 })));
}

export function findCentre(plan: Plan, id: string): Centre {
  return plan.centres.find((c) => c.id === id) ?? notFound('centre', id, plan.centres);
}

export function findTrainer(plan: Plan, id: string): Trainer {
  return plan.trainers.find((t) => t.id === id) ?? notFound('trainer', id, plan.trainers);
}

export function findCohort(plan: Plan, id: string): Cohort {
  return plan.cohorts.find((c) => c.id === id) ?? notFound('cohort', id, plan.cohorts);
}
