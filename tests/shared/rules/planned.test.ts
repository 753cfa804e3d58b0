import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/rules/check';
import { NO_SOFT, plannedPlan } from './fixtures';

describe('the planned fixture', () => {
  it('keeps every hard rule and has every session assigned', () => {
    const result = checkPlan(plannedPlan(), { weights: NO_SOFT });
    expect(result.violations.map((v) => v.justification)).toEqual([]);
    expect(result.score).toEqual({ hard: 0, unassigned: 0, soft: 0 });
    expect(result.assignedSessionIds).toHaveLength(7);
  });
});
