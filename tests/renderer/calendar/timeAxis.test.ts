import { describe, expect, it } from 'vitest';
import { isoOfDate, mondayOf, slotTimes, stepAnchor, visibleRange } from '../../../renderer/features/calendar/timeAxis';
import { patchForDrop } from '../../../renderer/features/calendar/useSessionEditing';
import type { Session } from '../../../shared/domain/schema';

describe('the time axis', () => {
  it('starts a week on Monday, whatever day is asked for', () => {
    expect(mondayOf('2027-03-14')).toBe('2027-03-08'); // a Sunday
    expect(visibleRange('week', '2027-03-10')).toEqual({ start: '2027-03-08', end: '2027-03-15' });
    expect(visibleRange('twoWeeks', '2027-03-10')).toEqual({ start: '2027-03-08', end: '2027-03-22' });
  });

  it('shows a whole calendar month and steps across the new year', () => {
    expect(visibleRange('month', '2027-02-17')).toEqual({ start: '2027-02-01', end: '2027-03-01' });
    expect(stepAnchor('month', '2026-12-15', 1)).toBe('2027-01-01');
    expect(stepAnchor('month', '2027-01-15', -1)).toBe('2026-12-01');
    expect(stepAnchor('week', '2027-03-10', 1)).toBe('2027-03-15');
  });

  it('draws a morning as the first half of its day and an afternoon as the second', () => {
    expect(slotTimes('2027-03-09', 'am')).toEqual({ start: '2027-03-09T00:00:00', end: '2027-03-09T12:00:00' });
    expect(slotTimes('2027-03-09', 'pm')).toEqual({ start: '2027-03-09T12:00:00', end: '2027-03-10T00:00:00' });
    expect(slotTimes('2027-03-09', 'full')).toEqual({ start: '2027-03-09T00:00:00', end: '2027-03-10T00:00:00' });
    expect(isoOfDate(new Date(2027, 2, 9, 12))).toBe('2027-03-09');
  });
});

describe('what a drop changes', () => {
  const session: Session = { id: 's1', cohortId: 'h1', dayIndex: 0, slot: 'full', date: '2027-03-09', roomId: 'r1', trainerIds: ['t1', 't2'], locked: [] };

  it('changes only the day when dropped on another day of the same room', () => {
    expect(patchForDrop('room', session, { sessionId: 's1', fromResourceId: 'r1', toResourceId: 'r1', date: '2027-03-11' })).toEqual({ date: '2027-03-11' });
  });

  it('changes only the room when dropped in another room on the same day', () => {
    expect(patchForDrop('room', session, { sessionId: 's1', fromResourceId: 'r1', toResourceId: 'r2', date: '2027-03-09' })).toEqual({ roomId: 'r2' });
  });

  it('replaces just the trainer whose row it was dragged from', () => {
    expect(patchForDrop('trainer', session, { sessionId: 's1', fromResourceId: 't2', toResourceId: 't9', date: '2027-03-09' })).toEqual({ trainerIds: ['t1', 't9'] });
  });

  it('changes nothing when dropped where it was', () => {
    expect(patchForDrop('trainer', session, { sessionId: 's1', fromResourceId: 't1', toResourceId: 't1', date: '2027-03-09' })).toEqual({});
  });
});
