// Danish is the planners' language; English is there for everyone else. Every
// key exists in both (the type of `en` enforces it).
import { calendarDa, calendarEn } from './calendarMessages';
import { workspaceDa, workspaceEn } from './workspaceMessages';
import { solveDa, solveEn } from '../features/solve/solveMessages';
import { printDa, printEn } from '../features/print/printMessages';
import { keyboardDa, keyboardEn } from './keyboardMessages';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const da = {
  'app.name': 'Holdplan',
  'app.loading': 'Henter planen …',
  'app.unauthorized.title': 'Ingen adgang',
  'app.unauthorized.body': 'Siden har ikke adgangsnøglen til denne kørsel af Holdplan (den mangler, eller den er fra en tidligere kørsel). Åbn den adresse, som "holdplan web" skrev, da den startede.',
  'header.language': 'Sprog',
  'header.term': 'Termin',
  'header.counts': 'Status for kursusdagene',
  'count.assigned': 'Tildelt',
  'count.unassigned': 'Ikke tildelt',
  'count.deferred': 'Udskudt',
  'count.hard': 'Hårde brud',
  'nav.label': 'Skærme',
  'nav.overview': 'Oversigt',
  'nav.rooms': 'Lokaleplan',
  'nav.trainers': 'Undervisere',
  'nav.cohorts': 'Hold',
  'nav.data': 'Data',
  'nav.conflicts': 'Konflikter',
  'nav.print': 'Udskrifter',
  'overview.title': 'Oversigt',
  'overview.period': '{start} – {end}',
  'overview.plan': 'Planen',
  'overview.data': 'Data',
  'overview.soft': 'Bløde strafpoint',
  'overview.centres': 'Centre',
  'overview.rooms': 'Lokaler',
  'overview.trainers': 'Undervisere',
  'overview.courses': 'Kurser',
  'overview.cohorts': 'Hold',
  'overview.sessions': 'Kursusdage',
  'overview.assignedShare': '{assigned} af {total} kursusdage i terminen er tildelt.',
  'overview.deferredNote': '{deferred} kursusdage hører til en senere termin og tæller ikke med.',
  'overview.nothingPlanned': 'Ingen kursusdage har dato, lokale og undervisere endnu. Automatisk planlægning kommer i en senere udgave.',
  'overview.file': 'Datafil',
  'overview.savedAt': 'Senest gemt',
  'overview.neverSaved': 'Ikke gemt endnu',
  'empty.title': 'Planen er tom',
  'empty.body': 'Der er endnu ingen centre, undervisere eller hold i {term}. Indlæs demoterminen for at se Holdplan arbejde med et realistisk forår, eller importér jeres egne data, når Data-skærmen er klar.',
  'empty.load': 'Indlæs demotermin',
  'empty.loadHint': 'Seks centre, omkring 700 undervisere, 300 hold og 1.800 kursusdage.',
  'empty.loading': 'Indlæser demo …',
  'empty.other': 'Eller prøv en anden størrelse:',
  'empty.small': 'Lille demo (ca. 30 hold)',
  'empty.large': 'Stor demo (ca. 700 hold)',
  'empty.readOnly': 'Filen er skrivebeskyttet, så demoen kan ikke indlæses her.',
  'readOnly.title': 'Skrivebeskyttet',
  'readOnly.body': '{user} har filen åben på {host} ({app}) siden {since}. Du kan se planen, men ikke ændre den, før filen bliver fri.',
  'readOnly.unknown': 'En anden Holdplan har filen åben. Du kan se planen, men ikke ændre den.',
  'notices.title': 'Bemærk',
  'error.title': 'Noget gik galt',
  'error.dismiss': 'Luk',
  ...calendarDa,
  ...workspaceDa,
  ...solveDa,
  ...printDa,
  ...keyboardDa,
} as const;

export type MessageKey = keyof typeof da;

const en: Record<MessageKey, string> = {
  'app.name': 'Holdplan',
  'app.loading': 'Loading the plan …',
  'app.unauthorized.title': 'No access',
  'app.unauthorized.body': 'This page lacks the access token of this run of Holdplan (it is missing, or from an earlier run). Open the address that "holdplan web" printed when it started.',
  'header.language': 'Language',
  'header.term': 'Term',
  'header.counts': 'Status of the course days',
  'count.assigned': 'Assigned',
  'count.unassigned': 'Unassigned',
  'count.deferred': 'Deferred',
  'count.hard': 'Hard violations',
  'nav.label': 'Screens',
  'nav.overview': 'Overview',
  'nav.rooms': 'Room plan',
  'nav.trainers': 'Trainers',
  'nav.cohorts': 'Cohorts',
  'nav.data': 'Data',
  'nav.conflicts': 'Conflicts',
  'nav.print': 'Print',
  'overview.title': 'Overview',
  'overview.period': '{start} – {end}',
  'overview.plan': 'The plan',
  'overview.data': 'Data',
  'overview.soft': 'Soft penalty',
  'overview.centres': 'Centres',
  'overview.rooms': 'Rooms',
  'overview.trainers': 'Trainers',
  'overview.courses': 'Courses',
  'overview.cohorts': 'Cohorts',
  'overview.sessions': 'Course days',
  'overview.assignedShare': '{assigned} of {total} course days in the term are assigned.',
  'overview.deferredNote': '{deferred} course days belong to a later term and are not counted.',
  'overview.nothingPlanned': 'No course day has its date, room and trainers yet. Automatic planning comes in a later version.',
  'overview.file': 'Data file',
  'overview.savedAt': 'Last saved',
  'overview.neverSaved': 'Not saved yet',
  'empty.title': 'The plan is empty',
  'empty.body': 'There are no centres, trainers or cohorts in {term} yet. Load the demo term to see Holdplan at work on a realistic spring, or import your own data once the Data screen is ready.',
  'empty.load': 'Load demo term',
  'empty.loadHint': 'Six centres, about 700 trainers, 300 cohorts and 1,800 course days.',
  'empty.loading': 'Loading demo …',
  'empty.other': 'Or try another size:',
  'empty.small': 'Small demo (about 30 cohorts)',
  'empty.large': 'Large demo (about 700 cohorts)',
  'empty.readOnly': 'The file is read-only, so the demo cannot be loaded here.',
  'readOnly.title': 'Read only',
  'readOnly.body': '{user} has this file open on {host} ({app}) since {since}. You can look at the plan but not change it until the file is free.',
  'readOnly.unknown': 'Another Holdplan has this file open. You can look at the plan but not change it.',
  'notices.title': 'Note',
  'error.title': 'Something went wrong',
  'error.dismiss': 'Dismiss',
  ...calendarEn,
  ...workspaceEn,
  ...solveEn,
  ...printEn,
  ...keyboardEn,
};

export const dictionaries: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { da, en };

export function translate(language: Language, key: MessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The first of the browser's languages we speak; Danish when none is. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'da' || base === 'nb' || base === 'nn' || base === 'no') return 'da';
    if (base === 'en') return 'en';
  }
  return 'da';
}
