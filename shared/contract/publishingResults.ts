// What the publishing operations return: the list of changes since the plan was
// last sent out, and what publishing it again did.
import type { PublicationChanges } from '../domain/publication';

export type { ChangedField, PublicationChanges, ScheduleRecipient, SessionChange } from '../domain/publication';

export interface PublishResult {
  publishedAt: string;
  /** The sessions the publication now holds. */
  sessions: number;
  /** What changed since the previous publication (nothing listed on the first one). */
  changes: PublicationChanges;
  /** Sessions whose calendar SEQUENCE went up, so re-exported .ics files update them. */
  raisedSequences: number;
}
