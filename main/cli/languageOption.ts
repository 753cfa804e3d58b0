// `--language da|en` works with every command and with `holdplan --help`: the
// services' messages (refusals, the solver's explanations), the help and the
// usage errors come in that language. Taken out before anything else reads the
// arguments, so no command has to declare it and help knows its language.
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
    // No language is known yet when this one is wrong, so it says it in both.
    if (value === undefined || !isLanguage(value)) {
      const given = value === undefined ? { en: 'nothing', da: 'ingenting' } : { en: `"${value}"`, da: `"${value}"` };
      throw new UsageError(`--language must be da or en, not ${given.en} (--language skal være da eller en, ikke ${given.da})`);
    }
    language = value;
  }
  return { language, rest };
}
