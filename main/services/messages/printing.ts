// What printing says when it cannot print: nothing to print that day, an unknown
// week, something that does not exist, no PDF maker. The printouts themselves
// stay Danish (they go on doors and into the participants' hands).
import type { ClosedReason } from '../../../shared/calendar/workingDays';
import type { IsoDate } from '../../../shared/domain/schema';
import type { Text } from '../../../shared/i18n/text';
import { formatDayIn } from '../../../shared/rules/names';
import { closedLabel } from '../../print/closedLabel';
import { longDate } from '../../print/danishFormat';
import { noneDa, type Noun } from './nouns';

function closedIn(reason: ClosedReason): Text {
  if (reason.kind === 'weekend') return { en: 'weekend', da: 'weekend' };
  if (reason.kind === 'holiday') return { en: reason.name, da: reason.name };
  return reason.reason.trim() === '' ? { en: 'closed', da: 'lukket' } : { en: reason.reason, da: closedLabel(reason) };
}

export const printingMessages = {
  noDoorSigns: (p: { centre: string; date: IsoDate; closed: ClosedReason | null }): Text => {
    const why = p.closed ? closedIn(p.closed) : null;
    return {
      en: `No room of ${p.centre} is used on ${formatDayIn(p.date, 'en')}${why ? ` (${why.en})` : ''}; there are no door signs to print.`,
      da: `Intet lokale i ${p.centre} er i brug ${longDate(p.date)}${why ? ` (${why.da})` : ''}; der er ingen dørskilte at udskrive.`,
    };
  },
  notAnIsoWeek: (p: { week: string }): Text => ({
    en: `"${p.week}" is not an ISO week such as 2027-W03`,
    da: `"${p.week}" er ikke en ISO-uge som 2027-W03`,
  }),
  noSuchWeek: (p: { week: string }): Text => ({
    en: `${p.week} does not exist (that year has no such week)`,
    da: `${p.week} findes ikke (det år har ingen sådan uge)`,
  }),
  /** `some` lists a few ids that do exist, so the planner can see the ids' shape. */
  notFound: (p: { noun: Noun; id: string; some: string; more: boolean }): Text => {
    const some = p.some ? `${p.some}${p.more ? ', …' : ''}` : '';
    return {
      en: `There is no ${p.noun} with id "${p.id}"${some ? ` (some that exist: ${some})` : ''}.`,
      da: `Der er ${noneDa(p.noun)} med id "${p.id}"${some ? ` (nogle, der findes: ${some})` : ''}.`,
    };
  },
  noPlaywright: (): Text => ({
    en: 'Printing to PDF needs the playwright-core package, which is not installed.',
    da: 'Udskrift til PDF kræver pakken playwright-core, som ikke er installeret.',
  }),
  noChromium: (p: { path: string }): Text => ({
    en: `Printing to PDF needs Chromium at ${p.path} (install it, e.g. apt-get install chromium, or set HOLDPLAN_CHROMIUM).`,
    da: `Udskrift til PDF kræver Chromium i ${p.path} (installér det, f.eks. apt-get install chromium, eller sæt HOLDPLAN_CHROMIUM).`,
  }),
};
