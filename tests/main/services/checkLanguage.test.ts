// plan.check answers in the UI's language: Danish words and dates when asked,
// English otherwise; an unknown language is refused in one line.
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../shared/rules/types';
import { smallPlan } from './fixtures';
import { servicesOver, valueOf } from './harness';

function doubleBooked() {
  const plan = smallPlan();
  plan.sessions = plan.sessions.map((s) => (s.id === 's-4' ? { ...s, date: '2027-02-02', roomId: 'r-aar-1', trainerIds: ['t-1'] } : s));
  plan.sessions = plan.sessions.map((s) => (s.id === 's-2' ? { ...s, date: '2027-02-02' } : s));
  return plan;
}

describe('plan.check language', () => {
  it('writes justifications and statements in Danish when asked, English by default', async () => {
    const { call } = servicesOver(doubleBooked());
    const da = valueOf<CheckResult>(await call('plan.check', { language: 'da' }));
    const en = valueOf<CheckResult>(await call('plan.check', {}));
    const rule = (r: CheckResult) => r.violations.find((v) => v.rule === 'trainer-double-booked')!;
    expect(rule(da).justification).toMatch(/^Ane Holm er sat på to kursusdage tir\. 2\. feb\. 2027: /);
    expect(rule(en).justification).toMatch(/^Ane Holm is booked in two sessions on Tue 2 Feb 2027: /);
    expect(da.totals.find((t) => t.rule === 'trainer-double-booked')!.statement).toMatch(/^Ingen underviser/);
    expect(da.score).toEqual(en.score);
  });

  it('refuses a language it does not know', async () => {
    const { refused } = servicesOver();
    const r = await refused('plan.check', { language: 'fr' });
    expect(r.error.message).toMatch(/language/);
    expect(r.error.message).not.toContain('\n');
  });
});
