// Short names of the hard rules in the planner's language, for the places where
// a whole justification does not fit (a choice in a list, a chip).
import type { Language } from '../../i18n/dictionary';

const LABELS: Record<string, { da: string; en: string }> = {
  'date-not-working-day': { da: 'lukket dag', en: 'closed day' },
  'date-cohort-unavailable': { da: 'kunden kan ikke', en: 'customer unavailable' },
  'date-outside-term': { da: 'uden for terminen', en: 'outside the term' },
  'date-outside-window': { da: 'uden for holdets vindue', en: "outside the cohort's window" },
  'days-out-of-order': { da: 'dagene i forkert rækkefølge', en: 'days out of order' },
  'gap-too-short': { da: 'for kort tid mellem dagene', en: 'gap too short' },
  'gap-too-long': { da: 'for lang tid mellem dagene', en: 'gap too long' },
  'room-wrong-centre': { da: 'lokale på et andet center', en: 'room at another centre' },
  'room-at-customer-site': { da: 'lokale, men holdet er hos kunden', en: "room for a customer's site" },
  'room-too-small': { da: 'lokalet er for lille', en: 'room too small' },
  'room-missing-equipment': { da: 'lokalet mangler udstyr', en: 'room lacks equipment' },
  'room-unavailable': { da: 'lokalet er utilgængeligt', en: 'room unavailable' },
  'room-double-booked': { da: 'lokalet er optaget', en: 'room already booked' },
  'trainer-listed-twice': { da: 'underviser nævnt to gange', en: 'trainer listed twice' },
  'too-many-trainers': { da: 'for mange undervisere', en: 'too many trainers' },
  'trainer-missing-skill': { da: 'underviser mangler kompetence', en: 'trainer lacks a skill' },
  'trainer-unavailable': { da: 'underviser utilgængelig', en: 'trainer unavailable' },
  'trainer-over-max-days': { da: 'underviser over maks. dage', en: 'trainer over max days' },
  'trainer-double-booked': { da: 'underviser optaget', en: 'trainer already booked' },
  'trainer-two-venues-same-day': { da: 'underviser to steder samme dag', en: 'trainer at two venues' },
};

export function ruleLabel(language: Language, rule: string): string {
  return LABELS[rule]?.[language] ?? rule;
}
