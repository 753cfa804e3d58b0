import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/demo/generate';
import { operations } from '../../../shared/contract/operations';
import { isoWeekLabel } from '../../../shared/calendar/dates';
import { isCentreVenue, type Plan } from '../../../shared/domain/schema';
import { busiestDay, defaultChoice, isComplete, PRINT_KINDS, previewCall } from '../../../renderer/features/print/printChoice';

const { planted } = generateDemo({ size: 'small', seed: 1 });

function datesAt(plan: Plan, centreId: string): string[] {
  const here = new Set(plan.cohorts.filter((c) => isCentreVenue(c.venue) && c.venue.centreId === centreId).map((c) => c.id));
  return plan.sessions.filter((s) => here.has(s.cohortId) && s.date !== null).map((s) => s.date!);
}

const countOf = (values: string[], value: string) => values.filter((v) => v === value).length;

describe('the first printout offered', () => {
  it('is the room plan of the busiest week at the first centre, so the preview is never empty', () => {
    const choice = defaultChoice(planted, 'roomPlan');
    if (choice?.what !== 'roomPlan') throw new Error('expected a room plan');
    const weeks = datesAt(planted, choice.centreId).map(isoWeekLabel);
    expect(countOf(weeks, choice.week)).toBeGreaterThan(0);
    for (const week of weeks) expect(countOf(weeks, week)).toBeLessThanOrEqual(countOf(weeks, choice.week));
  });

  it('puts door signs on the busiest day of the chosen centre', () => {
    for (const centre of planted.centres) {
      const dates = datesAt(planted, centre.id);
      const day = busiestDay(planted, centre.id);
      if (dates.length === 0) {
        expect(day).toBe(planted.term.start);
        continue;
      }
      for (const d of dates) expect(countOf(dates, d)).toBeLessThanOrEqual(countOf(dates, day));
    }
  });

  it('offers a trainer who teaches in the term', () => {
    const choice = defaultChoice(planted, 'trainer');
    if (choice?.what !== 'trainer') throw new Error('expected a trainer');
    expect(planted.sessions.some((s) => s.date !== null && s.trainerIds.includes(choice.trainerId))).toBe(true);
  });

  it('offers nothing on an empty plan', () => {
    const empty: Plan = { ...planted, centres: [], rooms: [], trainers: [], cohorts: [], sessions: [] };
    for (const kind of PRINT_KINDS) expect(defaultChoice(empty, kind)).toBeNull();
  });
});

describe('the requests a choice makes', () => {
  it('asks for the HTML and the PDF in shapes the contract accepts', () => {
    for (const kind of PRINT_KINDS) {
      const choice = defaultChoice(planted, kind)!;
      const call = previewCall(choice);
      expect(call.op).toBe(`print.${kind}Html`);
      expect(operations[call.op].input.safeParse(call.input).success).toBe(true);
      expect(operations['print.pdf'].input.safeParse(choice).success).toBe(true);
    }
  });

  it('holds back a half-typed week or day instead of sending it', () => {
    expect(isComplete({ what: 'roomPlan', centreId: 'c-aar', week: '' })).toBe(false);
    expect(isComplete({ what: 'roomPlan', centreId: 'c-aar', week: '2027-W3' })).toBe(false);
    expect(isComplete({ what: 'roomPlan', centreId: 'c-aar', week: '2027-W03' })).toBe(true);
    expect(isComplete({ what: 'doorSigns', centreId: 'c-aar', date: '' })).toBe(false);
  });
});
