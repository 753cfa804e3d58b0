// What the solver service says: refusals, and the notes of a run's summary.
import type { Text } from '../../../shared/i18n/text';

export const solvingMessages = {
  busy: (): Text => ({
    en: 'The solver is already running; stop it or wait for it to finish.',
    da: 'Løseren kører allerede; stop den, eller vent til den er færdig.',
  }),
  noRun: (p: { runId: string }): Text => ({
    en: `There is no solver run "${p.runId}".`,
    da: `Der er ingen kørsel af løseren med id "${p.runId}".`,
  }),
  failed: (p: { error: string }): Text => ({
    en: `The solver failed: ${p.error}`,
    da: `Løseren fejlede: ${p.error}`,
  }),
  planChangedDuringRun: (): Text => ({
    en: 'The plan was changed while the solver ran, so its result was discarded. Solve again to plan the current version.',
    da: 'Planen blev ændret, mens løseren kørte, så resultatet er kasseret. Løs igen for at planlægge den nuværende udgave.',
  }),
  notSaved: (p: { error: string }): Text => ({
    en: `The result could not be saved: ${p.error}`,
    da: `Resultatet kunne ikke gemmes: ${p.error}`,
  }),
  /** A locked value breaks a rule; the justification and the unlock hint come from the checker and repair, already in the language. */
  lockedConflict: (p: { session: string; justification: string; ifUnlocked: string }): Text => ({
    en: `${p.session}: ${p.justification} It is locked; ${p.ifUnlocked}.`,
    da: `${p.session}: ${p.justification} Den er låst; ${p.ifUnlocked}.`,
  }),
  repairFailed: (p: { trainer: string; error: string }): Text => ({
    en: `${p.trainer} is marked unavailable, but the repair failed: ${p.error}`,
    da: `${p.trainer} er markeret som utilgængelig, men reparationen fejlede: ${p.error}`,
  }),
  proposalUnknown: (): Text => ({
    en: 'That repair proposal is no longer known; ask for a new one.',
    da: 'Reparationsforslaget findes ikke længere; bed om et nyt.',
  }),
  proposalOutdated: (): Text => ({
    en: 'The plan was changed after the repair was proposed, so it was not applied. Ask for a new repair.',
    da: 'Planen blev ændret, efter reparationen blev foreslået, så den er ikke gennemført. Bed om en ny reparation.',
  }),
};
