// The dispatcher's, the history's and the whole plan's messages.
import type { Text } from '../../../shared/i18n/text';

export const generalMessages = {
  unknownOperation: (p: { name: string }): Text => ({
    en: `There is no operation called "${p.name}".`,
    da: `Der er ingen handling, der hedder "${p.name}".`,
  }),
  invalidRequest: (p: { name: string; details: readonly string[] }): Text => ({
    en: `The request for ${p.name} is not valid: ${p.details.join('; ')}`,
    da: `Forespørgslen til ${p.name} er ikke gyldig: ${p.details.join('; ')}`,
  }),
  internal: (p: { message: string }): Text => ({
    en: `Something went wrong inside Holdplan: ${p.message}`,
    da: `Der gik noget galt inde i Holdplan: ${p.message}`,
  }),
  nothingToUndo: (): Text => ({ en: 'There is nothing to undo.', da: 'Der er intet at fortryde.' }),
  nothingToRedo: (): Text => ({ en: 'There is nothing to redo.', da: 'Der er intet at gentage.' }),

  thePlan: (): Text => ({ en: 'The plan', da: 'Planen' }),
  theImportedFile: (): Text => ({ en: 'The imported file', da: 'Den importerede fil' }),
  theDemoPlan: (): Text => ({ en: 'The demo plan', da: 'Demoplanen' }),
  /** The first problem, and how many more there are. */
  problemsLine: (p: { first: string; more: number }): Text => ({
    en: p.more === 0 ? p.first : `${p.first} (and ${p.more} more ${p.more === 1 ? 'problem' : 'problems'})`,
    da: p.more === 0 ? p.first : `${p.first} (og ${p.more} ${p.more === 1 ? 'problem' : 'problemer'} mere)`,
  }),
  notAPlan: (p: { what: string; problems: string }): Text => ({
    en: `${p.what} is not a valid holdplan/v1 data set: ${p.problems}`,
    da: `${p.what} er ikke et gyldigt holdplan/v1-datasæt: ${p.problems}`,
  }),
  inconsistentPlan: (p: { what: string; problems: string }): Text => ({
    en: `${p.what} is not consistent: ${p.problems}`,
    da: `${p.what} hænger ikke sammen: ${p.problems}`,
  }),
  importBreaksHardRules: (p: { places: number }): Text => ({
    en: `The plan breaks hard rules in ${p.places} ${p.places === 1 ? 'place' : 'places'}; see the check.`,
    da: `Planen bryder hårde regler ${p.places === 1 ? 'ét sted' : `${p.places} steder`}; se kontrollen.`,
  }),
};
