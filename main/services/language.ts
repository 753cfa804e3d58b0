// The language the planner reads the services' messages in. The UI tells the
// services once at start and on every switch (`app.setLanguage`), so no call has
// to carry it; the command line stays English unless told otherwise. Each
// operation runs inside the language of its services instance, and anything it
// calls asks `currentLanguage()` instead of having the language passed down.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Handlers, OpName } from '../../shared/contract/operations';
import type { Language } from '../../shared/rules/types';

export type { Language };

const scope = new AsyncLocalStorage<Language>();

/** English outside any operation (command line, scripts, tests calling helpers directly). */
export function currentLanguage(): Language {
  return scope.getStore() ?? 'en';
}

export function inLanguage<T>(language: Language, work: () => T): T {
  return scope.run(language, work);
}

export interface LanguageSetting {
  get(): Language;
  set(language: Language): void;
}

export function languageSetting(initial: Language = 'en'): LanguageSetting {
  let current = initial;
  return {
    get: () => current,
    set: (language) => {
      current = language;
    },
  };
}

// The dispatcher needs the language for its own refusals (unknown operation,
// invalid input), which happen before any handler runs; it only holds the handlers.
const settings = new WeakMap<object, LanguageSetting>();

/** The language of the services instance behind `handlers`; English for handlers built some other way. */
export function languageOf(handlers: object): Language {
  return settings.get(handlers)?.get() ?? 'en';
}

type AppHandlers = Pick<Handlers, 'app.setLanguage'>;

export function languageHandlers(setting: LanguageSetting): AppHandlers {
  return {
    'app.setLanguage': async ({ language }) => {
      setting.set(language);
      return { language };
    },
  };
}

/** Every operation runs in the instance's language as it is when the operation starts. */
export function eachInLanguage(handlers: Handlers, setting: LanguageSetting): Handlers {
  const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as [OpName, (input: unknown) => Promise<unknown>][]) {
    wrapped[name] = (input) => inLanguage(setting.get(), () => handler(input));
  }
  settings.set(wrapped, setting);
  return wrapped as Handlers;
}
