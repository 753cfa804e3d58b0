// Trainers a planner could put on a session, best first, each with the reasons
// a planner weighs: free that day, near the venue, already teaches the cohort,
// internal before external, cheaper before dearer.
import { regionDistance } from '../../../shared/rules/regions';
import { isCentreVenue, type Session, type Trainer } from '../../../shared/domain/schema';
import { templateOf, type PlanIndex } from '../calendar/verdict/planIndex';
import { verdictFor } from '../calendar/verdict/verdict';

export interface Candidate {
  trainer: Trainer;
  /** No hard rule names this trainer once they are on the session. */
  free: boolean;
  regionDistance: 0 | 1 | 2;
  teachesCohort: boolean;
  /** Days already planned for the trainer (half days count ½). */
  daysPlanned: number;
}

/** The trainer list with `candidateId` in place of `replaceId` (or added, when replaceId is null). */
export function withCandidate(s: Session, candidateId: string, replaceId: string | null): string[] {
  return replaceId === null ? [...s.trainerIds, candidateId] : s.trainerIds.map((id) => (id === replaceId ? candidateId : id));
}

function daysPlanned(index: PlanIndex, trainerId: string): number {
  let halves = 0;
  for (const s of index.byTrainer.get(trainerId) ?? []) if (s.date !== null) halves += s.slot === 'full' ? 2 : 1;
  return halves / 2;
}

export function rankCandidates(index: PlanIndex, s: Session, replaceId: string | null): Candidate[] {
  const template = templateOf(index, s);
  const cohort = index.cohorts.get(s.cohortId);
  if (!template || !cohort) return [];
  const region = isCentreVenue(cohort.venue) ? index.plan.centres.find((c) => c.id === (cohort.venue as { centreId: string }).centreId)?.region : cohort.venue.region;
  const cohortTrainers = new Set((index.byCohort.get(s.cohortId) ?? []).filter((x) => x.id !== s.id).flatMap((x) => x.trainerIds));
  const out: Candidate[] = [];
  for (const trainer of index.plan.trainers) {
    if (s.trainerIds.includes(trainer.id)) continue;
    if (!template.skills.every((skill) => trainer.skills.includes(skill))) continue;
    const free =
      s.date === null ||
      verdictFor(index, s.id, { trainerIds: withCandidate(s, trainer.id, replaceId) }).hard.every((v) => !v.trainerIds.includes(trainer.id));
    out.push({
      trainer,
      free,
      regionDistance: region ? regionDistance(trainer.homeRegion, region) : 2,
      teachesCohort: cohortTrainers.has(trainer.id),
      daysPlanned: daysPlanned(index, trainer.id),
    });
  }
  const kindRank = (t: Trainer) => (t.kind === 'internal' ? 0 : 1);
  return out.sort(
    (a, b) =>
      Number(b.free) - Number(a.free) ||
      Number(b.teachesCohort) - Number(a.teachesCohort) ||
      a.regionDistance - b.regionDistance ||
      kindRank(a.trainer) - kindRank(b.trainer) ||
      a.trainer.dayRate - b.trainer.dayRate ||
      a.trainer.name.localeCompare(b.trainer.name),
  );
}
