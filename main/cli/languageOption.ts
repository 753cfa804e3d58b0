// `--language da|en` works with every command: the services' messages (refusals,
// the solver's explanations) come in that language. Taken out before the command
// reads its own options, so no command has to declare it.
import type { Language } from '../../shared/i18n/text';
import { UsageError } from './args';

const LANGUAGES: readonly Language[] = ['en', 'da'];

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The language asked for (English when not) and the arguments without the option. */
export function takeLanguage(argv: readonly string[]): { language: Language; rest: string[] } {
  const rest: string[] = [];
  let language: Language = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const inline = /^--language=(.*)$/.exec(arg);
    if (arg !== '--language' && !inline) {
      rest.push(arg);
      continue;
    }
    const value = inline ? inline[1]! : argv[++i];
    if (value === undefined || !isLanguage(value)) throw new UsageError(`--language must be da or en, not ${value === undefined ? 'nothing' : `"${value}"`}`);
    language = value;
  }
  return { language, rest };
}
