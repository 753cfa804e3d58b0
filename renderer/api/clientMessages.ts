// The few texts the window writes itself: when a call never reached the
// services, or came back unreadable, there is no message of theirs to show, so
// these follow the window's language. Every key exists in both (the type of
// `en` enforces it).
import type { Language } from '../i18n/dictionary';

const da = {
  unreachable: () => 'Holdplan kan ikke nås. Kører "holdplan web" stadig?',
  unreadableBody: (p: { operation: string; status: number }) => `Holdplan svarede på ${p.operation} med status ${p.status} og uden et resultat, der kan læses.`,
  malformedAnswer: (p: { operation: string }) => `Holdplan sendte et svar på ${p.operation}, som vinduet ikke kan læse.`,
  unknownOperation: (p: { operation: string }) => `Denne udgave af programmet har ingen handling, der hedder "${p.operation}".`,
  noToken: () => 'Siden blev åbnet uden sin adgangsnøgle. Åbn den adresse, som "holdplan web" skrev, da den startede.',
};

export type ClientMessages = typeof da;

const en: ClientMessages = {
  unreachable: () => 'Holdplan could not be reached. Is "holdplan web" still running?',
  unreadableBody: (p) => `Holdplan answered ${p.operation} with status ${p.status} and no readable result.`,
  malformedAnswer: (p) => `Holdplan sent an answer to ${p.operation} that the window cannot read.`,
  unknownOperation: (p) => `This version of the app has no operation called "${p.operation}".`,
  noToken: () => 'This page was opened without its access token. Open the address that "holdplan web" printed when it started.',
};

export const clientMessages: Readonly<Record<Language, ClientMessages>> = { da, en };

/** The window's language as it is now; read at each failure, so a switch applies at once. */
export type LanguageNow = () => Language;
