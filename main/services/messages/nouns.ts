// The things a planner edits, named in each language. Danish needs the gender
// (intet lokale / ingen underviser) and the definite form (lokalet, underviseren).

export type Noun = 'centre' | 'room' | 'trainer' | 'course' | 'cohort' | 'session' | 'closure' | 'term';

interface DanishNoun {
  one: string;
  the: string;
  neuter: boolean;
}

const DA: Readonly<Record<Noun, DanishNoun>> = {
  centre: { one: 'center', the: 'centret', neuter: true },
  room: { one: 'lokale', the: 'lokalet', neuter: true },
  trainer: { one: 'underviser', the: 'underviseren', neuter: false },
  course: { one: 'kursus', the: 'kurset', neuter: true },
  cohort: { one: 'hold', the: 'holdet', neuter: true },
  session: { one: 'kursusdag', the: 'kursusdagen', neuter: false },
  closure: { one: 'lukkedag', the: 'lukkedagen', neuter: false },
  term: { one: 'termin', the: 'terminen', neuter: false },
};

export function danish(noun: Noun): DanishNoun {
  return DA[noun];
}

/** "intet lokale" / "ingen underviser". */
export function noneDa(noun: Noun): string {
  const d = DA[noun];
  return `${d.neuter ? 'intet' : 'ingen'} ${d.one}`;
}

/** "et lokale" / "en underviser". */
export function oneDa(noun: Noun): string {
  const d = DA[noun];
  return `${d.neuter ? 'et' : 'en'} ${d.one}`;
}

/** "Lokalet" / "Underviseren". */
export function theDa(noun: Noun): string {
  const the = DA[noun].the;
  return the.charAt(0).toUpperCase() + the.slice(1);
}

/** "gyldigt" after a neuter noun, "gyldig" otherwise. */
export function validDa(noun: Noun): string {
  return DA[noun].neuter ? 'gyldigt' : 'gyldig';
}
