// Trainers with Danish names, home regions, day rates and skills grouped in
// families, so that a specialist programme has only a handful of qualified people.
import type { Region, Trainer } from '../../shared/domain/schema';
import { SKILL_FAMILIES } from './catalogue';
import { emailFor, personName, phoneNumber } from './names';
import type { Rng } from './random';

const REGION_WEIGHTS: readonly [Region, number][] = [
  ['Hovedstaden', 0.3],
  ['Sjælland', 0.14],
  ['Syddanmark', 0.2],
  ['Midtjylland', 0.23],
  ['Nordjylland', 0.13],
];

/** A trainer while the planted plan is built: `cap` bounds the load before maxDays is fixed. */
export interface TrainerDraft {
  trainer: Trainer;
  cap: number;
}

export function buildTrainers(rng: Rng, total: number, internalCount: number): TrainerDraft[] {
  const internal = new Set(rng.shuffle(Array.from({ length: total }, (_, i) => i)).slice(0, internalCount));
  const drafts: TrainerDraft[] = [];
  for (let i = 0; i < total; i++) {
    const isInternal = internal.has(i);
    const name = personName(rng);
    drafts.push({
      trainer: {
        id: `t-${String(i + 1).padStart(4, '0')}`,
        name,
        email: emailFor(name, i + 1, isInternal ? 'kompetencecenter.dk' : rng.pick(['mail.dk', 'konsulent.dk', 'laering.dk', 'kommune.dk'])),
        phone: phoneNumber(rng),
        kind: isInternal ? 'internal' : 'external',
        homeRegion: rng.weighted(REGION_WEIGHTS, ([, w]) => w)[0],
        skills: [],
        unavailable: [],
        maxDays: 0,
        // Internal consultants cost the organisation their salary share; externals invoice.
        dayRate: isInternal ? 3200 + 100 * rng.int(0, 10) : 6000 + 100 * rng.int(0, 50),
      },
      cap: isInternal ? rng.int(40, 60) : rng.int(8, 35),
    });
  }
  assignSkills(rng, drafts);
  return drafts;
}

function assignSkills(rng: Rng, drafts: TrainerDraft[]): void {
  const skillSets = drafts.map(() => new Set<string>());
  const inFamily = drafts.map(() => false);
  for (const family of SKILL_FAMILIES) {
    const wanted = 'count' in family.members ? family.members.count : Math.round(family.members.share * drafts.length);
    const n = Math.max(3, Math.min(drafts.length, wanted));
    // Internal consultants are generalists: more likely to belong to any family.
    const pool = drafts.map((d, i) => ({ i, w: (d.trainer.kind === 'internal' ? 4 : 1) * (inFamily[i] ? 0.5 : 1) }));
    const members: number[] = [];
    while (members.length < n) {
      const chosen = rng.weighted(pool, (p) => p.w);
      members.push(chosen.i);
      chosen.w = 0;
    }
    for (const [skill, p] of Object.entries(family.skills)) {
      const holders = members.filter(() => rng.chance(p));
      // Every skill needs someone, and a few, or the programme could never run.
      for (const m of rng.shuffle(members)) {
        if (holders.length >= Math.min(3, members.length)) break;
        if (!holders.includes(m)) holders.push(m);
      }
      for (const m of holders) skillSets[m]?.add(skill);
    }
    for (const m of members) inFamily[m] = true;
  }
  // Nobody is on the list without something to teach: the rest take short courses.
  const shortSkills = Object.keys(SKILL_FAMILIES.find((f) => f.id === 'kurser')?.skills ?? {});
  skillSets.forEach((set) => {
    if (set.size === 0 && shortSkills.length > 0) {
      for (const skill of rng.shuffle(shortSkills).slice(0, rng.int(1, 2))) set.add(skill);
    }
  });
  drafts.forEach((d, i) => {
    d.trainer.skills = [...(skillSets[i] ?? [])].sort();
  });
}
