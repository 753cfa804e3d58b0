// Browser mode's own refusals, made before any operation runs: the UI shows
// them like any refusal (a spreadsheet too large, a request it sent wrong).
import type { Text } from '../../../shared/i18n/text';

export const browserModeMessages = {
  wrongHost: (): Text => ({
    en: 'This server only answers requests addressed to its own 127.0.0.1 address.',
    da: 'Denne server svarer kun på forespørgsler til sin egen 127.0.0.1-adresse.',
  }),
  methodNotAllowed: (p: { method: string | undefined }): Text => ({
    en: `${p.method ?? 'This method'} is not allowed here.`,
    da: `${p.method ?? 'Den metode'} er ikke tilladt her.`,
  }),
  originNotAllowed: (p: { origin: string }): Text => ({
    en: `Requests from ${p.origin} are not allowed.`,
    da: `Forespørgsler fra ${p.origin} er ikke tilladt.`,
  }),
  noToken: (): Text => ({
    en: 'This request lacks the access token of this run. Open the address Holdplan printed when it started.',
    da: 'Forespørgslen mangler adgangsnøglen til denne kørsel. Åbn den adresse, Holdplan skrev, da den startede.',
  }),
  postOnly: (): Text => ({ en: 'Operations are called with POST.', da: 'Handlinger kaldes med POST.' }),
  /** `size` as "64 MB" or "1 KB". */
  tooLarge: (p: { size: string }): Text => ({
    en: `The request is larger than ${p.size}.`,
    da: `Forespørgslen er større end ${p.size}.`,
  }),
  notJson: (p: { error: string }): Text => ({
    en: `The request body is not valid JSON: ${p.error}`,
    da: `Forespørgslens indhold er ikke gyldig JSON: ${p.error}`,
  }),
};
