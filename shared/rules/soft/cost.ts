// Cost (DESIGN §4): internal consultants before paid external trainers, cheaper
// before dearer.
//   measure(session, external trainer) = halves (full day 2, half day 1) × round(dayRate / 1000)
//   measure(session, internal trainer) = 0 (salaried: always the cheaper choice)
//   penalty = weights.cost × measure
// Whole thousands of DKK keep it an integer; linear in the assignment variables.
// Deferred sessions left out.
import { sessionName } from '../names';
import { halvesOf, violation, type Rule } from '../rule';
import type { Language, Violation } from '../types';

export function costUnits(dayRate: number): number {
  return Math.round(dayRate / 1000);
}

/** "12,500 DKK", or "12.500 kr." in Danish. */
function money(n: number, language: Language): string {
  const digits = String(Math.round(n));
  return language === 'da' ? `${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')} kr.` : `${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} DKK`;
}

export const cost: Rule = {
  name: 'cost',
  statement: 'Internal consultants teach before paid external trainers, and cheaper trainers before dearer ones.',
  statementDa: 'Interne konsulenter underviser før betalte eksterne undervisere, og billigere undervisere før dyrere.',
  level: 'soft',
  check(ctx) {
    const out: Violation[] = [];
    const weight = ctx.weights.cost;
    if (weight === 0) return out;
    for (const s of ctx.scopedSessions) {
      if (ctx.isDeferred(s)) continue;
      for (const id of ctx.trainersOf(s)) {
        const trainer = ctx.trainers.get(id);
        if (!trainer || trainer.kind !== 'external') continue;
        const units = costUnits(trainer.dayRate) * halvesOf(s.slot);
        if (units === 0) continue;
        const rate = money(trainer.dayRate, ctx.language);
        const why =
          ctx.language === 'da'
            ? `${trainer.name}, en ekstern underviser til ${rate} om dagen, underviser på ${sessionName(ctx, s)} (${s.slot === 'full' ? 'en hel dag' : 'en halv dag'}).`
            : `${trainer.name}, an external trainer at ${rate} a day, teaches ${sessionName(ctx, s)} (${s.slot === 'full' ? 'a day' : 'a half day'}).`;
        out.push(violation(this, weight * units, { sessions: [s], trainerIds: [id] }, why));
      }
    }
    return out;
  },
};
