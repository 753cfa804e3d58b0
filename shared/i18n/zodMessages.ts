// Zod's refusals in Danish. Our schemas' own messages ("needs a name") are
// translated word for word; zod's built-in ones ("Invalid input: expected
// number, received string") are said again in plain Danish from the issue's code.
import type { z } from 'zod';

/** Every custom message in shared/domain and shared/contract, English → Danish. */
const OWN_MESSAGES: Readonly<Record<string, string>> = {
  'must be a date written YYYY-MM-DD': 'skal være en dato skrevet ÅÅÅÅ-MM-DD',
  'is not a real calendar date': 'er ikke en dato, der findes i kalenderen',
  'must not be empty': 'må ikke være tom',
  'is longer than 200 characters': 'er længere end 200 tegn',
  'must be a time written HH:MM': 'skal være et klokkeslæt skrevet TT:MM',
  'ends before it starts': 'slutter, før den begynder',
  'the term ends before it starts': 'terminen slutter, før den begynder',
  'needs a name': 'skal have et navn',
  'needs a title': 'skal have en titel',
  'needs an address': 'skal have en adresse',
  'must hold at least one person': 'skal have plads til mindst én person',
  'cannot be negative': 'kan ikke være negativ',
  'must be at least 1': 'skal være mindst 1',
  'the largest gap is smaller than the smallest': 'den største afstand er mindre end den mindste',
  'needs at least one course day': 'skal have mindst én kursusdag',
  'needs at least one participant': 'skal have mindst én deltager',
  'must be the file in base64': 'skal være filen i base64',
  'must be an ISO week such as 2027-W03': 'skal være en ISO-uge som 2027-W03',
  'give either a week (2027-W03) or a date, not both': 'angiv enten en uge (2027-W03) eller en dato, ikke begge',
  'must be more than 0': 'skal være mere end 0',
  'must be at most 3600 (one hour)': 'må højst være 3600 (en time)',
  'names the same trainer twice': 'nævner den samme underviser to gange',
  'changes nothing: give a date, a room or trainers': 'ændrer intet: angiv en dato, et lokale eller undervisere',
};

const TYPES: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et helt tal',
  boolean: 'sand eller falsk',
  array: 'en liste',
  object: 'et objekt',
  null: 'tom (null)',
  undefined: 'udeladt',
  nan: 'NaN',
};

function typeDa(name: string): string {
  return TYPES[name] ?? name;
}

/** Zod's own English messages begin like this; anything else is a schema's own words. */
const BUILT_IN = /^(Invalid|Too (small|big)|Unrecognized key)/;

function builtInDa(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1];
      if (received === 'undefined') return 'mangler';
      return `skal være ${typeDa(issue.expected)}${received ? `, ikke ${typeDa(received)}` : ''}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `skal være ${JSON.stringify(issue.values[0])}`
        : `skal være en af ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `skal have mindst ${String(issue.minimum)} ${issue.origin === 'string' ? 'tegn' : 'elementer'}`
        : `skal være ${issue.inclusive === false ? 'mere end' : 'mindst'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `må højst have ${String(issue.maximum)} ${issue.origin === 'string' ? 'tegn' : 'elementer'}`
        : `skal være ${issue.inclusive === false ? 'mindre end' : 'højst'} ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'ukendt felt' : 'ukendte felter'}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'passer ikke til nogen af de tilladte former';
    case 'invalid_format':
      return 'har ikke den rigtige form';
    case 'not_multiple_of':
      return `skal være et multiplum af ${String(issue.divisor)}`;
    default:
      return 'er ikke gyldig';
  }
}

/** The issue's message in Danish; a custom message nobody translated stays as written. */
export function zodIssueDa(issue: z.core.$ZodIssue): string {
  const own = OWN_MESSAGES[issue.message];
  if (own !== undefined) return own;
  return BUILT_IN.test(issue.message) ? builtInDa(issue) : issue.message;
}
