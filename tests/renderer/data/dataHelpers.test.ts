import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../../renderer/features/data/fieldErrors';
import { rowWindow } from '../../../renderer/features/data/useWindowedRows';
import { sortRows, type Column } from '../../../renderer/features/data/DataTable';
import { historyKeyOf } from '../../../renderer/features/history/useUndoShortcuts';
import { groupViolations } from '../../../renderer/features/conflicts/groupViolations';
import type { CheckResult, Violation } from '../../../shared/rules/types';

describe("a refusal's messages go next to the fields they name", () => {
  const fields = ['name', 'capacity', 'unavailable', 'window.start', 'window.end'];

  it('puts "capacity: …" under capacity and keeps the place inside a list', () => {
    const result = fieldErrors(['capacity: must hold at least one person', 'unavailable[1].end: ends before it starts'], 'The room is not valid', fields);
    expect(result.byField).toEqual({ capacity: ['must hold at least one person'], unavailable: ['[1].end: ends before it starts'] });
    expect(result.general).toEqual([]);
  });

  it('finds a nested field and keeps what names no field above the form', () => {
    const result = fieldErrors(['window.end: ends before it starts', 'courseId: there is no course "k-x"'], 'x', fields);
    expect(result.byField).toEqual({ 'window.end': ['ends before it starts'] });
    expect(result.general).toEqual(['courseId: there is no course "k-x"']);
  });

  it('shows the message itself when the refusal has no details', () => {
    expect(fieldErrors([], 'id: there is already a trainer with id "t-1"', ['name'])).toEqual({ byField: {}, general: ['id: there is already a trainer with id "t-1"'] });
  });
});

describe('the windowed table renders only the rows in view', () => {
  it('renders about a screenful of 700 rows with spacers standing in for the rest', () => {
    const w = rowWindow(700, 36, 3600, 468, 8);
    expect(w.start).toBe(92);
    // 13 rows fill 468 px; one more for the part row at the bottom; then the overscan.
    expect(w.end).toBe(100 + 14 + 8);
    expect(w.padTop + (w.end - w.start) * 36 + w.padBottom).toBe(700 * 36);
  });

  it('stays inside the list at both ends', () => {
    expect(rowWindow(700, 36, 0, 468)).toMatchObject({ start: 0, padTop: 0 });
    expect(rowWindow(700, 36, 1e6, 468)).toMatchObject({ end: 700, padBottom: 0 });
    expect(rowWindow(0, 36, 0, 468)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
  });
});

describe('sorting a table column', () => {
  type Row = { name: string; n: number };
  const columns: Column<Row>[] = [
    { id: 'name', label: 'data.field.name', sortValue: (r) => r.name, render: (r) => r.name },
    { id: 'n', label: 'data.field.capacity', sortValue: (r) => r.n, render: (r) => r.n },
  ];
  const rows = [
    { name: 'Åse', n: 2 },
    { name: 'lokale 10', n: 10 },
    { name: 'Lokale 9', n: 9 },
  ];
  it('sorts names the Danish way with numbers in order, and numbers as numbers', () => {
    expect(sortRows(rows, columns, { column: 'name', descending: false }).map((r) => r.name)).toEqual(['Lokale 9', 'lokale 10', 'Åse']);
    expect(sortRows(rows, columns, { column: 'n', descending: true }).map((r) => r.n)).toEqual([10, 9, 2]);
  });
});

describe('undo shortcuts', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
    historyKeyOf({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('reads Ctrl+Z as undo, Ctrl+Shift+Z and Ctrl+Y as redo, and nothing else', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('z')).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
  });
});

describe('conflicts grouped by rule', () => {
  const v = (rule: string, level: 'hard' | 'soft', penalty: number, locked = false): Violation => ({
    rule,
    level,
    penalty,
    sessionIds: ['s-1'],
    trainerIds: [],
    roomIds: [],
    justification: `${rule} ${penalty}`,
    ...(locked ? { locked } : {}),
  });
  const result: CheckResult = {
    score: { hard: 3, unassigned: 0, soft: 60 },
    violations: [v('room-too-small', 'hard', 1), v('trainer-unavailable', 'hard', 1), v('trainer-unavailable', 'hard', 1, true), v('travel', 'soft', 10), v('continuity', 'soft', 30), v('travel', 'soft', 20)],
    totals: [
      { rule: 'trainer-unavailable', level: 'hard', statement: 'No trainer teaches on a day they are unavailable.', count: 2, penalty: 2 },
      { rule: 'room-too-small', level: 'hard', statement: 'A room holds its cohort.', count: 1, penalty: 1 },
      { rule: 'travel', level: 'soft', statement: 'Trainers work near home.', count: 2, penalty: 30 },
      { rule: 'continuity', level: 'soft', statement: 'A cohort keeps its trainers.', count: 1, penalty: 30 },
    ],
    assignedSessionIds: [],
    unassignedSessionIds: [],
    deferredSessionIds: [],
  };

  it('puts the rule with most violations first, with its statement, and its locked conflicts on top', () => {
    const { hard } = groupViolations(result);
    expect(hard.map((g) => [g.statement, g.count])).toEqual([
      ['No trainer teaches on a day they are unavailable.', 2],
      ['A room holds its cohort.', 1],
    ]);
    expect(hard[0]?.items[0]?.locked).toBe(true);
  });

  it('keeps only the largest soft penalties', () => {
    const { soft, softTotal } = groupViolations(result, 2);
    expect(softTotal).toBe(3);
    expect(soft.flatMap((g) => g.items.map((i) => i.penalty)).sort()).toEqual([20, 30]);
  });
});
