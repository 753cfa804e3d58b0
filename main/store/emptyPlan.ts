import { proposedClosures } from '../../shared/calendar/workingDays';
import { FORMAT, type Plan } from '../../shared/domain/schema';

/** The plan a new store starts with: the spring term and its proposed closures, nothing else. */
export function emptyPlan(): Plan {
  const term = { name: 'Forår 2027', start: '2027-01-04', end: '2027-06-25' };
  return {
    format: FORMAT,
    term,
    closures: proposedClosures(term),
    centres: [],
    rooms: [],
    trainers: [],
    courses: [],
    cohorts: [],
    sessions: [],
  };
}
