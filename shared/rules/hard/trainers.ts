// DESIGN §3 rule 4: the trainers suit the session and have the time.
import { inAnyRange } from '../../calendar/dates';
import { halfDays, listNames, plural, sessionName, trainerName } from '../names';
import { halvesOf, violation, type Rule } from '../rule';
import type { Violation } from '../types';

/** Penalty: extra listings of a trainer already on the session. */
export const trainerListedTwice: Rule = {
  name: 'trainer-listed-twice',
  statement: 'A session lists each of its trainers once.',
  statementDa: 'En kursusdag har hver af sine undervisere på listen én gang.',
  level: 'hard',
  fixedBy: ['trainers'],
  check(ctx) {
    const out: Violation[] = [];
    for (const s of ctx.scopedSessions) {
      const distinct = ctx.trainersOf(s);
      if (distinct.length === s.trainerIds.length) continue;
      const twice = distinct.filter((t) => s.trainerIds.indexOf(t) !== s.trainerIds.lastIndexOf(t));
      const names = twice.map((t) => trainerName(ctx, t));
      const why =
        ctx.language === 'da'
          ? `${sessionName(ctx, s)} har ${listNames(names, 'da')} på listen mere end én gang.`
          : `${sessionName(ctx, s)} lists ${listNames(names)} more than once.`;
      out.push(violation(this, s.trainerIds.length - distinct.length, { sessions: [s], trainerIds: twice }, why));
    }
    return out;
  },
};

/** Penalty: trainers beyond the number the course day asks for. */
export const tooManyTrainers: Rule = {
  name: 'too-many-trainers',
  statement: 'A session has no more trainers than its course day asks for.',
  statementDa: 'En kursusdag har ikke flere undervisere, end kurset beder om den dag.',
  level: 'hard',
  fixedBy: ['trainers'],
  check(ctx) {
    const out: Violation[] = [];
    for (const s of ctx.scopedSessions) {
      const template = ctx.templateOf(s);
      const have = ctx.trainersOf(s);
      if (!template || have.length <= template.trainers) continue;
      const names = have.map((t) => trainerName(ctx, t));
      const why =
        ctx.language === 'da'
          ? `${sessionName(ctx, s)} har ${plural(have.length, 'underviser', 'undervisere')} (${listNames(names, 'da')}), men skal kun bruge ${template.trainers}.`
          : `${sessionName(ctx, s)} has ${plural(have.length, 'trainer')} (${listNames(names)}) but needs only ${template.trainers}.`;
      out.push(violation(this, have.length - template.trainers, { sessions: [s], trainerIds: have }, why));
    }
    return out;
  },
};

/** Penalty: per trainer on a session, the number of required skills they lack. */
export const trainerMissingSkill: Rule = {
  name: 'trainer-missing-skill',
  statement: 'Each trainer of a session has every skill its course day requires.',
  statementDa: 'Hver underviser på en kursusdag har alle de kompetencer, dagen kræver.',
  level: 'hard',
  fixedBy: ['trainers'],
  check(ctx) {
    const out: Violation[] = [];
    for (const s of ctx.scopedSessions) {
      const needed = [...new Set(ctx.templateOf(s)?.skills ?? [])];
      if (needed.length === 0) continue;
      for (const id of ctx.trainersOf(s)) {
        const trainer = ctx.trainers.get(id);
        if (!trainer) continue;
        const missing = needed.filter((k) => !trainer.skills.includes(k));
        if (missing.length === 0) continue;
        const why =
          ctx.language === 'da'
            ? `${trainer.name} mangler ${listNames(missing, 'da')}, som kræves for at undervise på ${sessionName(ctx, s)}.`
            : `${trainer.name} lacks ${listNames(missing)}, needed to teach ${sessionName(ctx, s)}.`;
        out.push(violation(this, missing.length, { sessions: [s], trainerIds: [id] }, why));
      }
    }
    return out;
  },
};

/** Penalty 1 per trainer booked on a day they are unavailable. */
export const trainerUnavailable: Rule = {
  name: 'trainer-unavailable',
  statement: 'No trainer teaches on a day they are unavailable.',
  statementDa: 'Ingen underviser er sat på en dag, hvor vedkommende er utilgængelig.',
  level: 'hard',
  fixedBy: ['date', 'trainers'],
  check(ctx) {
    const out: Violation[] = [];
    for (const s of ctx.scopedSessions) {
      if (s.date === null) continue;
      for (const id of ctx.trainersOf(s)) {
        const trainer = ctx.trainers.get(id);
        if (!trainer || !inAnyRange(s.date, trainer.unavailable)) continue;
        const why =
          ctx.language === 'da'
            ? `${trainer.name} er utilgængelig ${ctx.formatDay(s.date)}, men er sat på ${sessionName(ctx, s)}.`
            : `${trainer.name} is unavailable on ${ctx.formatDay(s.date)} but is booked for ${sessionName(ctx, s)}.`;
        out.push(violation(this, 1, { sessions: [s], trainerIds: [id] }, why));
      }
    }
    return out;
  },
};

/**
 * Penalty: half days beyond the trainer's maxDays, counting every session of this
 * term that lists them (dated or not; deferred sessions belong to a later term).
 * A full day counts 2 halves, a half day 1; the allowance is floor(2 × maxDays) halves.
 */
export const trainerOverMaxDays: Rule = {
  name: 'trainer-over-max-days',
  statement: 'No trainer teaches more days in the term than their maximum (a full day counts 1, a half day ½).',
  statementDa: 'Ingen underviser underviser flere dage i terminen end sit maksimum (en hel dag tæller 1, en halv dag ½).',
  level: 'hard',
  fixedBy: ['trainers'],
  check(ctx) {
    const out: Violation[] = [];
    for (const id of ctx.scopedTrainerIds) {
      const trainer = ctx.trainers.get(id);
      if (!trainer) continue;
      const sessions = (ctx.sessionsByTrainer.get(id) ?? []).filter((s) => !ctx.isDeferred(s));
      let used = 0;
      for (const s of sessions) used += halvesOf(s.slot);
      const allowed = Math.floor(2 * trainer.maxDays);
      if (used <= allowed) continue;
      const why =
        ctx.language === 'da'
          ? `${trainer.name} er sat på ${halfDays(used, 'da')} i denne termin, men tager højst ${halfDays(allowed, 'da')}: ${halfDays(used - allowed, 'da')} for mange.`
          : `${trainer.name} is booked for ${halfDays(used)} this term but takes at most ${halfDays(allowed)}: ${halfDays(used - allowed)} too many.`;
      out.push(violation(this, used - allowed, { sessions, trainerIds: [id] }, why));
    }
    return out;
  },
};
