// Why a day is closed, in the words printed on the plan.
import type { ClosedReason } from '../../shared/calendar/workingDays';

export function closedLabel(reason: ClosedReason): string {
  if (reason.kind === 'weekend') return 'Weekend';
  if (reason.kind === 'holiday') return reason.name;
  return reason.reason.trim() === '' ? 'Lukket' : reason.reason;
}
