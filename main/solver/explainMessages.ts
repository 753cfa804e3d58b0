// The words of explain.ts, English and Danish side by side. Each reason is
// built from counts; the parts of a sentence are Texts joined per language.
import { listIn, type Language, type Text } from '../../shared/i18n/text';
import { formatDayIn } from '../../shared/rules/names';

const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
const isAre = (count: number): string => (count === 1 ? 'is' : 'are');
/** Days with a half written as the language writes it: 311.5 / 311,5. */
const days = (count: number, language: 'en' | 'da'): string => count.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 });

/** Parts joined as "a, b and c" / "a, b og c". */
export function joinTexts(parts: readonly Text[]): Text {
  return { en: listIn(parts.map((p) => p.en), 'en'), da: listIn(parts.map((p) => p.da), 'da') };
}

function skillsEn(skills: readonly string[]): string {
  return skills.length === 0 ? '' : ` ${skills.length === 1 ? 'skill' : 'skills'} ${listIn(skills, 'en')}`;
}

function skillsDa(skills: readonly string[]): string {
  return `${skills.length === 1 ? 'kompetencen' : 'kompetencerne'} ${listIn(skills, 'da')}`;
}

export const explainMessages = {
  sessionLabel: (p: { cohort: string | null; cohortId: string; day: number }): Text => ({
    en: `${p.cohort ?? `cohort ${p.cohortId}`} day ${p.day}`,
    da: `${p.cohort ?? `hold ${p.cohortId}`} dag ${p.day}`,
  }),
  noSuchDay: (): Text => ({ en: 'its course has no such day', da: 'kurset har ikke den dag' }),
  noCohort: (): Text => ({ en: 'its cohort does not exist', da: 'holdet findes ikke' }),

  windowOutsideTerm: (p: { start: string; end: string }): Text => ({
    en: `the cohort's window (${p.start} to ${p.end}) has no working day inside the term`,
    da: `holdets periode (${formatDayIn(p.start, 'da')} til ${formatDayIn(p.end, 'da')}) har ingen arbejdsdag inden for terminen`,
  }),
  gapsDoNotFit: (p: { working: number }): Text => ({
    en: `no working day in the cohort's window fits the gaps to its other days (${n(p.working, 'working day', 'working days')} in the window, none at the required distance)`,
    da: `ingen arbejdsdag i holdets periode passer med afstanden til holdets andre dage (${n(p.working, 'arbejdsdag', 'arbejdsdage')} i perioden, ingen i den krævede afstand)`,
  }),
  /** Where the rooms or trainers are taken: every legal date, or the one date the session has. */
  onDates: (p: { dates: number } | { date: string }): Text =>
    'date' in p
      ? { en: `on ${formatDayIn(p.date, 'en')}`, da: `den ${formatDayIn(p.date, 'da')}` }
      : { en: `on every one of its ${n(p.dates, 'legal date', 'legal dates')}`, da: p.dates === 1 ? 'på dens eneste mulige dato' : `på alle dens ${p.dates} mulige datoer` },

  roomLockedEmpty: (): Text => ({ en: 'its room is locked empty', da: 'lokalet er låst som tomt' }),
  centreHasNoRooms: (p: { centre: string }): Text => ({ en: `${p.centre} has no rooms`, da: `${p.centre} har ingen lokaler` }),
  noRoomBigEnough: (p: { centre: string; participants: number; largest: number }): Text => ({
    en: `no room at ${p.centre} holds ${p.participants} people (the largest holds ${p.largest})`,
    da: `intet lokale på ${p.centre} har plads til ${p.participants} personer (det største har plads til ${p.largest})`,
  }),
  noRoomEquipped: (p: { rooms: number; centre: string; participants: number; equipment: readonly string[] }): Text => ({
    en: `${n(p.rooms, 'room', 'rooms')} at ${p.centre} ${p.rooms === 1 ? 'holds' : 'hold'} ${p.participants} people, but none has ${listIn(p.equipment, 'en')}`,
    da: `${n(p.rooms, 'lokale', 'lokaler')} på ${p.centre} har plads til ${p.participants} personer, men ${p.rooms === 1 ? 'det har ikke' : 'ingen af dem har'} ${listIn(p.equipment, 'da')}`,
  }),
  roomsTaken: (p: { rooms: number; centre: string; blocked: number; booked: number; onDates: Text }): Text => {
    const parts: Text[] = [];
    if (p.blocked > 0) parts.push({ en: `${p.blocked} ${isAre(p.blocked)} unavailable`, da: `${p.blocked} er ${p.blocked === 1 ? 'utilgængeligt' : 'utilgængelige'}` });
    if (p.booked > 0) parts.push({ en: `${p.booked} ${isAre(p.booked)} booked`, da: `${p.booked} er optaget` });
    const taken = joinTexts(parts);
    return {
      en: `${n(p.rooms, 'room', 'rooms')} at ${p.centre} ${p.rooms === 1 ? 'fits' : 'fit'} the cohort; ${taken.en} ${p.onDates.en}`,
      da: `${n(p.rooms, 'lokale', 'lokaler')} på ${p.centre} passer til holdet; ${taken.da} ${p.onDates.da}`,
    };
  },

  mayExist: (): Text => ({
    en: 'a valid assignment may exist; the solver did not find one in the time it had (try a longer run, or optimise)',
    da: 'en gyldig tildeling findes måske; løseren fandt ingen i den tid, den havde (prøv en længere kørsel, eller optimér)',
  }),
  trainersLocked: (p: { have: number; needed: number }): Text => ({
    en: `its trainers are locked with ${p.have} of the ${p.needed} it needs`,
    da: `underviserne er låst med ${p.have} af de ${p.needed}, kursusdagen skal have`,
  }),
  noQualifiedTrainer: (p: { skills: readonly string[] }): Text =>
    p.skills.length > 0
      ? { en: `no trainer has${skillsEn(p.skills)}`, da: `ingen underviser har ${skillsDa(p.skills)}` }
      : { en: 'there are no trainers', da: 'der er ingen undervisere' },
  /** The start of every sentence about trainers: who could teach the day at all. */
  qualified: (p: { trainers: number; skills: readonly string[] }): Text => ({
    en: `${n(p.trainers, 'trainer', 'trainers')} ${p.trainers === 1 ? 'has' : 'have'}${skillsEn(p.skills)}`,
    da: p.skills.length > 0 ? `${n(p.trainers, 'underviser', 'undervisere')} har ${skillsDa(p.skills)}` : `${n(p.trainers, 'underviser', 'undervisere')} kan undervise`,
  }),
  tooFewQualified: (p: { who: Text; needed: number }): Text => ({
    en: `${p.who.en}, and the session needs ${p.needed}`,
    da: `${p.who.da}, og kursusdagen skal have ${p.needed}`,
  }),
  trainersUnavailable: (p: { trainers: number; where: 'everyLegalDate' | 'everyDateWithRoom' | 'thatDay' }): Text => {
    const whereEn = { everyLegalDate: 'every legal date', everyDateWithRoom: 'every legal date with a free room', thatDay: 'that day' }[p.where];
    const whereDa = { everyLegalDate: 'alle mulige datoer', everyDateWithRoom: 'alle mulige datoer med et ledigt lokale', thatDay: 'den dag' }[p.where];
    return {
      en: `${p.trainers} ${isAre(p.trainers)} unavailable on ${whereEn}`,
      da: `${p.trainers} er ${p.trainers === 1 ? 'utilgængelig' : 'utilgængelige'} ${p.where === 'thatDay' ? '' : 'på '}${whereDa}`,
    };
  },
  trainersFull: (p: { trainers: number; atMaximum: number; busy: number }): Text => {
    const both = p.atMaximum > 0 && p.busy > 0;
    const detailEn = both ? ` (${p.atMaximum} at their maximum days, ${p.busy} booked elsewhere whenever they are free)` : p.atMaximum > 0 ? ' (at their maximum days)' : '';
    const detailDa = both
      ? ` (${p.atMaximum} har nået deres højeste antal dage, ${p.busy} er optaget andetsteds, når de er ledige)`
      : p.atMaximum > 0
        ? ` (${p.trainers === 1 ? 'har nået sit' : 'har nået deres'} højeste antal dage)`
        : '';
    return { en: `${p.trainers} ${isAre(p.trainers)} fully booked${detailEn}`, da: `${p.trainers} er fuldt optaget${detailDa}` };
  },
  /** A proof that no plan assigns everything: the group's maximum days fall short of what only they can teach. */
  skillCapacityShort: (p: { capacity: number; demand: number }): Text => ({
    en: `together they can teach ${days(p.capacity, 'en')} days this term, and the sessions only they can teach need ${days(p.demand, 'en')}`,
    da: `tilsammen kan de undervise ${days(p.capacity, 'da')} dage i terminen, og de kursusdage, kun de kan undervise, kræver ${days(p.demand, 'da')}`,
  }),
  trainersFreeTooFew: (p: { free: number; needed: number }): Text => ({
    en: `${p.free} ${isAre(p.free)} free, and the session needs ${p.needed}`,
    da: `${p.free} er ${p.free === 1 ? 'ledig' : 'ledige'}, og kursusdagen skal have ${p.needed}`,
  }),
  /** "who; parts". */
  trainersRunOut: (p: { who: Text; parts: readonly Text[] }): Text => {
    const parts = joinTexts(p.parts);
    return { en: `${p.who.en}; ${parts.en}`, da: `${p.who.da}; ${parts.da}` };
  },
  neverTogether: (p: { who: Text; parts: readonly Text[]; needed: number }): Text => {
    const parts = joinTexts(p.parts);
    const lead = (language: Language): string => (p.parts.length > 0 ? `${parts[language]}; ` : '');
    return {
      en: `${p.who.en}; ${lead('en')}the others are never ${p.needed} free on the same date`,
      da: `${p.who.da}; ${lead('da')}de øvrige er aldrig ${p.needed} ledige på samme dato`,
    };
  },
  roomAndTrainersApart: (p: { dates: number }): Text => ({
    en: `a room is free on ${n(p.dates, 'date', 'dates')} and trainers on others, but never both on one date the solver could reach`,
    da: `et lokale er ledigt på ${n(p.dates, 'dato', 'datoer')} og undervisere på andre, men aldrig begge dele på en dato, løseren kunne nå`,
  }),
};
