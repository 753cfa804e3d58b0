import { describe, expect, it } from 'vitest';
import { conflictMarks } from '../../../renderer/features/calendar/conflictMarks';
import { closedDaysIn } from '../../../renderer/features/calendar/closedDays';
import { programmeColours } from '../../../renderer/features/calendar/colours';
import { translate, type MessageKey } from '../../../renderer/i18n/dictionary';
import type { CheckResult, Violation } from '../../../shared/rules/types';

const t = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => translate('da', key, vars);

function violation(rule: string, sessionIds: string[], locked?: boolean): Violation {
  return { rule, level: 'hard', penalty: 1, sessionIds, trainerIds: [], roomIds: [], justification: `${rule} on ${sessionIds.join(',')}`, ...(locked ? { locked } : {}) };
}

describe('conflict marks on the calendars', () => {
  it('marks a session held in conflict by the planner\'s locks differently from an ordinary conflict', () => {
    const check: CheckResult = {
      score: { hard: 3, unassigned: 0, soft: 0 },
      violations: [violation('room-double-booked', ['a', 'b']), violation('trainer-unavailable', ['b'], true), { ...violation('continuity', ['c']), level: 'soft' }],
      totals: [],
      assignedSessionIds: [],
      unassignedSessionIds: [],
      deferredSessionIds: [],
    };
    const marks = conflictMarks(check);
    expect(marks.get('a')).toEqual({ mark: 'conflict', reasons: ['room-double-booked on a,b'] });
    expect(marks.get('b')?.mark).toBe('lockedConflict');
    expect(marks.get('b')?.reasons).toHaveLength(2);
    // Soft goals are not conflicts.
    expect(marks.has('c')).toBe(false);
  });
});

describe('closed days', () => {
  it('names Easter\'s holidays, a centre\'s own closure and the weekend, and nothing else', () => {
    const closures = [{ start: '2027-03-31', end: '2027-03-31', centreId: 'c-aar', reason: 'Personaledag' }];
    const days = closedDaysIn({ start: '2027-03-22', end: '2027-04-05' }, closures, 'c-aar', t);
    expect(days).toEqual([
      { date: '2027-03-25', kind: 'holiday', label: 'Skærtorsdag' },
      { date: '2027-03-26', kind: 'holiday', label: 'Langfredag' },
      { date: '2027-03-27', kind: 'weekend', label: 'Weekend' },
      { date: '2027-03-28', kind: 'weekend', label: 'Weekend' },
      { date: '2027-03-29', kind: 'holiday', label: 'Anden påskedag' },
      { date: '2027-03-31', kind: 'closure', label: 'Personaledag' },
      { date: '2027-04-03', kind: 'weekend', label: 'Weekend' },
      { date: '2027-04-04', kind: 'weekend', label: 'Weekend' },
    ]);
    // Another centre is open on Aarhus' staff day.
    expect(closedDaysIn({ start: '2027-03-31', end: '2027-04-01' }, closures, 'c-aal', t)).toEqual([]);
  });
});

describe('programme colours', () => {
  it('gives the courses of one programme family one colour and different families different colours', () => {
    const course = (id: string, code: string, name: string) => ({ id, code, name, days: [] });
    const colours = programmeColours([course('a', 'DOL-FL', 'DOL: Forandring'), course('b', 'DOL-PL', 'DOL: Personlig'), course('c', 'GLU', 'GLU')]);
    expect(colours.byCourse.get('a')).toBe(colours.byCourse.get('b'));
    expect(colours.byCourse.get('a')).not.toBe(colours.byCourse.get('c'));
    expect([...colours.families.keys()]).toEqual(['DOL', 'GLU']);
  });
});
