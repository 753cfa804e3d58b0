// What the store says: a change it did not save and why, why it is read-only,
// and the notices about a damaged or missing file and the lock. Notices are kept
// in both languages and said when the planner reads the store's status, so a
// notice written at start, before the UI told its language, still reads in it.
import type { Text } from '../../../shared/i18n/text';

export const storingMessages = {
  notSaved: (p: { error: string }): Text => ({
    en: `The change was not saved: ${p.error}`,
    da: `Ændringen blev ikke gemt: ${p.error}`,
  }),
  notSavedInvalid: (p: { details: readonly string[] }): Text => ({
    en: `The change was not saved because the plan would not be valid: ${p.details.join('; ')}`,
    da: `Ændringen blev ikke gemt, fordi planen så ikke ville være gyldig: ${p.details.join('; ')}`,
  }),
  notSavedInconsistent: (p: { problems: readonly string[] }): Text => ({
    en: `The change was not saved because the plan would not hang together: ${p.problems.join('; ')}`,
    da: `Ændringen blev ikke gemt, fordi planen så ikke ville hænge sammen: ${p.problems.join('; ')}`,
  }),
  closed: (p: { path: string }): Text => ({
    en: `The store for ${p.path} is closed.`,
    da: `Datafilen ${p.path} er lukket.`,
  }),
  takenOverFromHere: (p: { path: string; holder: Text }): Text => ({
    en: `${p.path} was taken over by ${p.holder.en} while it was open here, so changes can no longer be saved.`,
    da: `${p.path} blev overtaget af ${p.holder.da}, mens den var åben her, så ændringer kan ikke længere gemmes.`,
  }),
  readOnlyByChoice: (p: { path: string }): Text => ({
    en: `${p.path} was opened read-only, so changes cannot be saved.`,
    da: `${p.path} blev åbnet skrivebeskyttet, så ændringer kan ikke gemmes.`,
  }),
  heldElsewhere: (p: { path: string; holder: Text }): Text => ({
    en: `${p.path} is open in Holdplan by ${p.holder.en}; it opened read-only here, so changes cannot be saved.`,
    da: `${p.path} er åben i Holdplan hos ${p.holder.da}; den blev åbnet skrivebeskyttet her, så ændringer kan ikke gemmes.`,
  }),
  /** Finishes "…because " / "…fordi ". */
  becauseReadOnly: (): Text => ({ en: 'it was opened read-only', da: 'den blev åbnet skrivebeskyttet' }),
  becauseHeld: (p: { holder: Text }): Text => ({ en: `${p.holder.en} holds the file`, da: `${p.holder.da} har filen åben` }),
  newerVersion: (p: { where: string; version: number; readsUpTo: number }): Text => ({
    en: `${p.where} was saved by a newer Holdplan (store schema version ${p.version}; this Holdplan reads up to ${p.readsUpTo}). Update Holdplan to open it; the file has not been changed.`,
    da: `${p.where} er gemt af en nyere Holdplan (lagerskema version ${p.version}; denne Holdplan læser op til ${p.readsUpTo}). Opdatér Holdplan for at åbne den; filen er ikke ændret.`,
  }),
  cannotRead: (p: { where: string; reason: Text }): Text => ({
    en: `${p.where} cannot be read: ${p.reason.en}.`,
    da: `${p.where} kan ikke læses, fordi ${p.reason.da}.`,
  }),

  /** Finishes "…because " / "…fordi " (Danish word order after fordi). */
  notJson: (p: { error: string }): Text => ({ en: `it is not valid JSON (${p.error})`, da: `den ikke er gyldig JSON (${p.error})` }),
  notADataFile: (p: { problems: Text }): Text => ({
    en: `it is not a Holdplan data file: ${p.problems.en}`,
    da: `den ikke er en Holdplan-datafil: ${p.problems.da}`,
  }),
  doesNotHangTogether: (p: { problems: Text }): Text => ({
    en: `its data does not hang together: ${p.problems.en}`,
    da: `dens data ikke hænger sammen: ${p.problems.da}`,
  }),
  /** The first three problems, and how many more. */
  firstProblems: (p: { en: readonly string[]; da: readonly string[] }): Text => {
    const more = p.en.length - 3;
    return {
      en: `${p.en.slice(0, 3).join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`,
      da: `${p.da.slice(0, 3).join('; ')}${more > 0 ? ` (og ${more} mere)` : ''}`,
    };
  },

  damagedMovedAside: (p: { file: string; reason: Text; aside: string }): Text => ({
    en: `The data file ${p.file} could not be used because ${p.reason.en}. It was moved to ${p.aside}`,
    da: `Datafilen ${p.file} kunne ikke bruges, fordi ${p.reason.da}. Den blev flyttet til ${p.aside}`,
  }),
  damagedLeft: (p: { file: string; reason: Text; because: Text }): Text => ({
    en: `The data file ${p.file} could not be used because ${p.reason.en}. It was left where it is, because ${p.because.en}`,
    da: `Datafilen ${p.file} kunne ikke bruges, fordi ${p.reason.da}. Den blev ladt blive, hvor den er, fordi ${p.because.da}`,
  }),
  /** Follows damagedMovedAside or damagedLeft. */
  openedBackup: (p: { what: Text; savedAt: string; path: string }): Text => ({
    en: `${p.what.en}, and Holdplan opened the newest valid backup, saved ${p.savedAt} (${p.path}).`,
    da: `${p.what.da}, og Holdplan åbnede den nyeste gyldige sikkerhedskopi, gemt ${p.savedAt} (${p.path}).`,
  }),
  startedEmpty: (p: { what: Text }): Text => ({
    en: `${p.what.en}. No valid backup was found, so Holdplan started with an empty plan.`,
    da: `${p.what.da}. Der blev ikke fundet nogen gyldig sikkerhedskopi, så Holdplan startede med en tom plan.`,
  }),
  missingNoUsableBackup: (p: { file: string; folder: string }): Text => ({
    en: `There was no data file at ${p.file}, and none of the backups in ${p.folder} could be used, so Holdplan started with an empty plan.`,
    da: `Der var ingen datafil i ${p.file}, og ingen af sikkerhedskopierne i ${p.folder} kunne bruges, så Holdplan startede med en tom plan.`,
  }),
  missingFromBackup: (p: { file: string; savedAt: string; path: string; notSavedBecause: Text | null }): Text => ({
    en:
      `There was no data file at ${p.file}, so Holdplan opened the newest valid backup, saved ${p.savedAt} (${p.path}).` +
      (p.notSavedBecause ? ` It was not saved, because ${p.notSavedBecause.en}.` : ' It is saved as the data file now.'),
    da:
      `Der var ingen datafil i ${p.file}, så Holdplan åbnede den nyeste gyldige sikkerhedskopi, gemt ${p.savedAt} (${p.path}).` +
      (p.notSavedBecause ? ` Den er ikke gemt, fordi ${p.notSavedBecause.da}.` : ' Den er nu gemt som datafil.'),
  }),

  tookOverStale: (p: { holder: Text; seconds: number }): Text => ({
    en: `The lock of ${p.holder.en} was not refreshed for ${p.seconds} s, so this Holdplan took the file over; changes are saved now.`,
    da: `Låsen fra ${p.holder.da} blev ikke fornyet i ${p.seconds} s, så denne Holdplan overtog filen; ændringer gemmes nu.`,
  }),
  tookOverReleased: (p: { path: string }): Text => ({
    en: `The other Holdplan let go of ${p.path}, so this Holdplan took the file over; changes are saved now.`,
    da: `Den anden Holdplan slap ${p.path}, så denne Holdplan overtog filen; ændringer gemmes nu.`,
  }),
  couldNotTakeOver: (p: { path: string; error: string }): Text => ({
    en: `Holdplan could not take ${p.path} over: ${p.error}`,
    da: `Holdplan kunne ikke overtage ${p.path}: ${p.error}`,
  }),
  backupFailed: (p: { savedAt: string; error: string }): Text => ({
    en: `The save at ${p.savedAt} succeeded, but its backup could not be written: ${p.error}`,
    da: `Gemningen ${p.savedAt} lykkedes, men sikkerhedskopien kunne ikke skrives: ${p.error}`,
  }),
};
