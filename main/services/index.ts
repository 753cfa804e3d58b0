// The services behind the contract, composed from one file per domain. Every
// transport wraps these in `dispatch`, which validates input first.
import { OP_NAMES, type Handlers } from '../../shared/contract/operations';
import type { Store } from '../store/types';
import { centreHandlers } from './centres';
import { closureHandlers } from './closures';
import { cohortHandlers } from './cohorts';
import { courseHandlers } from './courses';
import { demoHandlers } from './demo';
import { exchangeHandlers } from './exchange';
import { eachOperationOneStep, historyHandlers, withHistory } from './history';
import { currentLanguage, eachInLanguage, languageHandlers, languageSetting, type Language } from './language';
import { planHandlers } from './plan';
import { printHandlers } from './print';
import { publishingHandlers } from './publishing';
import { roomHandlers } from './rooms';
import { sessionHandlers } from './sessions';
import { solverHandlers, type SolverServiceOptions } from './solver';
import { statusHandlers } from './status';
import { termHandlers } from './term';
import { trainerHandlers } from './trainers';

/** Two domains claiming one operation would silently shadow each other, so that throws. */
function assertEachOnce(groups: readonly object[]): void {
  const registered = new Set<string>();
  for (const name of groups.flatMap((g) => Object.keys(g))) {
    if (registered.has(name)) throw new Error(`The operation ${name} is registered twice.`);
    registered.add(name);
  }
  const missing = OP_NAMES.filter((name) => !registered.has(name));
  if (missing.length > 0) throw new Error(`No service handles ${missing.join(', ')}.`);
}

/**
 * Every handler writes through one history-keeping store, and each operation is
 * one undo step (see history.ts for grouping the writes of a longer action), and
 * runs in the instance's language (language.ts), English until the UI says otherwise.
 */
export interface ServicesOptions {
  /** The language messages start in; when not given, the language of the caller (the command line's --language), else English. */
  language?: Language;
  /** How solver runs are started; tests may run them in-process. */
  solver?: SolverServiceOptions;
}

export function createServices(dataStore: Store, options: ServicesOptions = {}): Handlers {
  const store = withHistory(dataStore);
  // Services made while an operation or a command line run is in a language start in it.
  const language = languageSetting(options.language ?? currentLanguage());
  const app = languageHandlers(language);
  const history = historyHandlers(store.history);
  const status = statusHandlers(store);
  const plan = planHandlers(store);
  const demo = demoHandlers(store);
  const term = termHandlers(store);
  const closures = closureHandlers(store);
  const centres = centreHandlers(store);
  const rooms = roomHandlers(store);
  const trainers = trainerHandlers(store);
  const courses = courseHandlers(store);
  const cohorts = cohortHandlers(store);
  const sessions = sessionHandlers(store);
  const exchange = exchangeHandlers(store);
  const solver = solverHandlers(store, options.solver);
  const print = printHandlers(store);
  const publishing = publishingHandlers(store);
  assertEachOnce([app, history, status, plan, demo, term, closures, centres, rooms, trainers, courses, cohorts, sessions, exchange, solver, print, publishing]);
  return eachInLanguage(eachOperationOneStep({ ...app, ...history, ...status, ...plan, ...demo, ...term, ...closures, ...centres, ...rooms, ...trainers, ...courses, ...cohorts, ...sessions, ...exchange, ...solver, ...print, ...publishing }), language);
}
