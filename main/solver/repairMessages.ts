// Repair's own words (why a session changed that no rule blamed, what unlocking
// would let repair do), English and Danish side by side.
import { listIn, type Text } from '../../shared/i18n/text';
import type { Lockable } from '../../shared/domain/schema';

/** Danish needs the definite form here: "låser datoen op", not "låser dato op". */
const LOCKABLE_DA: Record<Lockable, string> = { date: 'datoen', room: 'lokalet', trainers: 'underviserne' };

function valuesText(values: readonly Lockable[]): Text {
  return { en: listIn([...values], 'en'), da: listIn(values.map((v) => LOCKABLE_DA[v]), 'da') };
}

export const repairMessages = {
  neighbouringDay: (session: Text): Text => ({
    en: `it is the neighbouring day of ${session.en}, which had to move`,
    da: `det er nabodagen til ${session.da}, som måtte flyttes`,
  }),
  sharesTrainer: (session: Text): Text => ({
    en: `it shares a trainer with ${session.en} on the same day`,
    da: `den deler underviser med ${session.da} samme dag`,
  }),
  couldNotStay: (): Text => ({ en: 'it could not be planned again where it was', da: 'den kunne ikke planlægges igen, hvor den lå' }),
  handedOver: (): Text => ({
    en: 'its trainer took over a session that needed their skills',
    da: 'dens underviser overtog en kursusdag, som krævede netop vedkommendes kompetencer',
  }),
  unlockNotEnough: (values: readonly Lockable[]): Text => {
    const v = valuesText(values);
    return {
      en: `unlocking its ${v.en} would not be enough: no valid replacement was found`,
      da: `det er ikke nok at låse ${v.da} op: der blev ikke fundet en gyldig erstatning`,
    };
  },
  unlockWould: (values: readonly Lockable[], before: Text, after: Text): Text => {
    const v = valuesText(values);
    return {
      en: `if you unlock its ${v.en}, repair would change it from ${before.en} to ${after.en}`,
      da: `hvis du låser ${v.da} op, vil reparationen ændre den fra ${before.da} til ${after.da}`,
    };
  },
};
