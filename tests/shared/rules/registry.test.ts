import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, ruleByName } from '../../../shared/rules/registry';
import { DEFAULT_WEIGHTS } from '../../../shared/rules/weights';

describe('the rule registry', () => {
  it('gives every rule a unique kebab-case name, a one-line statement and a level', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of RULES) {
      expect(r.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.statement).not.toContain('\n');
      expect(r.statement).toMatch(/\.$/);
      expect(ruleByName(r.name)).toBe(r);
    }
  });

  it('lists the hard rules before the soft goals, in the default weight order', () => {
    const levels = RULES.map((r) => r.level);
    expect(levels.indexOf('soft')).toBe(levels.lastIndexOf('hard') + 1);
    expect(RULES.filter((r) => r.level === 'soft').map((r) => r.name)).toEqual(['continuity', 'stability', 'travel', 'cost', 'spread', 'fair-load', 'room-fit']);
  });

  it('weighs the soft goals by default in the order DESIGN §4 gives', () => {
    const w = DEFAULT_WEIGHTS;
    const ordered = [w.continuity, w.stability, w.travel, w.cost, w.spread, w.fairLoad, w.roomFit];
    expect(ordered.every((x, i) => i === 0 || ordered[i - 1]! > x)).toBe(true);
    expect(ordered.every((x) => Number.isInteger(x) && x > 0)).toBe(true);
  });

  it('has a test naming every rule', () => {
    const dir = __dirname;
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts') && f !== 'registry.test.ts')
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const untested = RULES.filter((r) => !text.includes(`describe('${r.name}'`)).map((r) => r.name);
    expect(untested).toEqual([]);
  });
});
