// Refusals about the entities a planner edits: missing, taken ids, invalid fields.
// A refusal about one field starts with the field's path in either language,
// because a form shows it next to that field (renderer/features/data/fieldErrors.ts).
import type { Text } from '../../../shared/i18n/text';
import { danish, noneDa, oneDa, theDa, validDa, type Noun } from './nouns';

export const entityMessages = {
  notFound: (p: { noun: Noun; id: string }): Text => ({
    en: `There is no ${p.noun} with id "${p.id}".`,
    da: `Der er ${noneDa(p.noun)} med id "${p.id}".`,
  }),
  idTaken: (p: { noun: Noun; id: string }): Text => ({
    en: `id: there is already a ${p.noun} with id "${p.id}"`,
    da: `id: der er allerede ${oneDa(p.noun)} med id "${p.id}"`,
  }),
  idFixed: (p: { noun: Noun; id: string }): Text => ({
    en: `id: cannot be changed (this ${p.noun} is "${p.id}")`,
    da: `id: kan ikke ændres (${danish(p.noun).neuter ? 'dette' : 'denne'} ${danish(p.noun).one} er "${p.id}")`,
  }),
  notValid: (p: { noun: Noun; details: readonly string[] }): Text => ({
    en: `The ${p.noun} is not valid: ${p.details.join('; ')}`,
    da: `${theDa(p.noun)} er ikke ${validDa(p.noun)}: ${p.details.join('; ')}`,
  }),
  notAnObject: (p: { noun: Noun }): Text => ({
    en: `The ${p.noun} is not valid: expected an object with its fields`,
    da: `${theDa(p.noun)} er ikke ${validDa(p.noun)}: felterne skal sendes som et objekt`,
  }),
  /** A field naming something that does not exist ("centreId: there is no centre with id …"). */
  noSuch: (p: { field: string; noun: Noun; id: string }): Text => ({
    en: `${p.field}: there is no ${p.noun} with id "${p.id}"`,
    da: `${p.field}: der er ${noneDa(p.noun)} med id "${p.id}"`,
  }),
  cohortCourseFixed: (): Text => ({
    en: 'courseId: cannot be changed, because the sessions follow the course; create a new cohort instead',
    da: 'courseId: kan ikke ændres, fordi kursusdagene følger kurset; opret et nyt hold i stedet',
  }),
  noClosure: (p: { number: number; count: number }): Text => ({
    en: `There is no closure number ${p.number}; the plan has ${p.count}.`,
    da: `Der er ingen lukkedag nr. ${p.number}; planen har ${p.count}.`,
  }),
  courseChangedMeanwhile: (): Text => ({
    en: 'The plan changed while the course was being edited; look at the change again.',
    da: 'Planen blev ændret, mens kurset blev redigeret; se ændringen igen.',
  }),
};
