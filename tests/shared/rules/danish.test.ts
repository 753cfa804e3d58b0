// The Danish UI shows the checker's own words: every statement has a Danish
// line, and justifications name dates the Danish way ("man. 25. jan. 2027").
import { describe, expect, it } from 'vitest';
import { checkPlan, checkSessions, type CheckOptions } from '../../../shared/rules/check';
import { formatDayIn, halfDays, listNames } from '../../../shared/rules/names';
import { RULES } from '../../../shared/rules/registry';
import { DEFAULT_WEIGHTS } from '../../../shared/rules/weights';
import { edit, NO_SOFT, plannedPlan, violationsOf, withChange } from './fixtures';

const DA: CheckOptions = { weights: NO_SOFT, language: 'da' };
const onlyDa = (rule: keyof typeof NO_SOFT, weight: number): CheckOptions => ({ weights: { ...NO_SOFT, [rule]: weight }, language: 'da' });

describe('Danish statements', () => {
  it('every rule has its own one-line Danish statement', () => {
    for (const r of RULES) {
      expect(r.statementDa.trim(), r.name).not.toBe('');
      expect(r.statementDa, r.name).not.toBe(r.statement);
      expect(r.statementDa, r.name).not.toContain('\n');
      expect(r.statementDa, r.name).toMatch(/\.$/);
    }
  });

  it("a Danish check's totals carry the Danish statements, an English one the English", () => {
    const da = checkPlan(plannedPlan(), { language: 'da' });
    const en = checkPlan(plannedPlan());
    expect(da.totals.find((t) => t.rule === 'trainer-unavailable')!.statement).toBe('Ingen underviser er sat på en dag, hvor vedkommende er utilgængelig.');
    expect(en.totals.find((t) => t.rule === 'trainer-unavailable')!.statement).toBe('No trainer teaches on a day they are unavailable.');
  });
});

describe('Danish words', () => {
  it('writes dates, lists and day counts in Danish', () => {
    expect(formatDayIn('2027-02-08', 'da')).toBe('man. 8. feb. 2027');
    expect(formatDayIn('2027-05-03', 'da')).toBe('man. 3. maj 2027');
    expect(formatDayIn('2027-02-08', 'en')).toBe('Mon 8 Feb 2027');
    expect(listNames(['Ane', 'Bo', 'Eva'], 'da')).toBe('Ane, Bo og Eva');
    expect([1, 2, 3, 4].map((h) => halfDays(h, 'da'))).toEqual(['½ dag', '1 dag', '1½ dage', '2 dage']);
  });
});

describe('Danish justifications', () => {
  it('trainer-unavailable', () => {
    const plan = withChange(plannedPlan(), (p) => p.trainers[0]!.unavailable.push({ start: '2027-01-25', end: '2027-01-29' }));
    expect(violationsOf(plan, 'trainer-unavailable', DA)[0]!.justification).toBe(
      'Ane Holm er utilgængelig man. 25. jan. 2027, men er sat på Aalborg PPR hold 1, dag 2.',
    );
  });

  it('trainer-double-booked', () => {
    const plan = edit(plannedPlan(), 'glu-1', { date: '2027-01-11', trainerIds: ['t-ane'] });
    expect(violationsOf(plan, 'trainer-double-booked', DA)[0]!.justification).toBe(
      'Ane Holm er sat på to kursusdage man. 11. jan. 2027: Aalborg PPR hold 1, dag 1 og GLU Odense hold 2, dag 1.',
    );
  });

  it('room-too-small', () => {
    const plan = edit(plannedPlan(), 'ppr-2', { roomId: 'r-aal-2' });
    expect(violationsOf(plan, 'room-too-small', DA)[0]!.justification).toBe(
      'Lokale 2 på Center Aalborg har 20 pladser, men Aalborg PPR hold 1, dag 2 har 25 deltagere: 5 pladser for lidt.',
    );
  });

  it('gap-too-short', () => {
    const plan = edit(edit(plannedPlan(), 'ppr-2', { date: '2027-01-14' }), 'ppr-3', { date: '2027-01-28' });
    expect(violationsOf(plan, 'gap-too-short', DA)[0]!.justification).toBe(
      'Aalborg PPR hold 1, dag 2 tor. 14. jan. 2027 ligger kun 3 dage efter Aalborg PPR hold 1, dag 1 man. 11. jan. 2027; kurset kræver mindst 7 dage.',
    );
  });

  it('continuity', () => {
    const plan = edit(plannedPlan(), 'ppr-2', { trainerIds: ['t-eva'] });
    expect(violationsOf(plan, 'continuity', onlyDa('continuity', 7))[0]!.justification).toBe(
      'Aalborg PPR hold 1 undervises af 2 undervisere (Ane Holm og Eva Lund), hvor 1 kunne tage alle dagene.',
    );
  });

  it('travel, at a centre and at a customer site', () => {
    const far = edit(plannedPlan(), 'ppr-1', { trainerIds: ['t-eva'] });
    expect(violationsOf(far, 'travel', onlyDa('travel', 10))[0]!.justification).toBe(
      'Eva Lund (hjemme i Hovedstaden) underviser på Aalborg PPR hold 1, dag 1 på Center Aalborg i Nordjylland, to eller flere regioner væk.',
    );
    const near = withChange(plannedPlan(), (p) => (p.trainers[1]!.homeRegion = 'Midtjylland'));
    expect(violationsOf(near, 'travel', onlyDa('travel', 10)).at(-1)!.justification).toBe(
      'Bo Jensen (hjemme i Midtjylland) underviser på Vejle skoleforvaltning hold 1, dag 2 på kundens egen adresse (Vejle Kommune, Skolegade 1) i Syddanmark, en naboregion.',
    );
  });

  it('the hover check (checkSessions) speaks Danish too, and English by default', () => {
    const plan = withChange(plannedPlan(), (p) => p.trainers[0]!.unavailable.push({ start: '2027-01-25', end: '2027-01-29' }));
    const da = checkSessions(plan, ['ppr-2'], { weights: NO_SOFT, language: 'da' });
    const en = checkSessions(plan, ['ppr-2'], { weights: NO_SOFT });
    expect(da.map((v) => v.justification)).toEqual(['Ane Holm er utilgængelig man. 25. jan. 2027, men er sat på Aalborg PPR hold 1, dag 2.']);
    expect(en.map((v) => v.justification)).toEqual(['Ane Holm is unavailable on Mon 25 Jan 2027 but is booked for Aalborg PPR hold 1, day 2.']);
  });

  it('finds the same violations with the same penalties in either language', () => {
    let plan = edit(plannedPlan(), 'glu-1', { date: '2027-01-11', trainerIds: ['t-ane', 't-eva'], roomId: 'r-aal-2' });
    plan = edit(plan, 'ppr-3', { date: '2027-02-13', trainerIds: ['t-bo'] });
    const strip = (r: ReturnType<typeof checkPlan>) => r.violations.map(({ justification: _, ...rest }) => rest);
    const da = checkPlan(plan, { weights: DEFAULT_WEIGHTS, language: 'da' });
    const en = checkPlan(plan, { weights: DEFAULT_WEIGHTS });
    expect(da.violations.length).toBeGreaterThan(5);
    expect(strip(da)).toEqual(strip(en));
    expect(da.score).toEqual(en.score);
    for (const v of da.violations) expect(v.justification, v.rule).not.toMatch(/\b(is|are|the|and|on|day)\b/);
  });
});
