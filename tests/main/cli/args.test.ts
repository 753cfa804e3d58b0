import { describe, expect, it } from 'vitest';
import { integerOption, parseCommandArgs, UsageError } from '../../../main/cli/args';

const options = { out: { type: 'string' }, file: { type: 'string' } } as const;

describe('reading a command line', () => {
  it('reads options and positional inputs', () => {
    const args = parseCommandArgs('import', ['plan.json', '--out', 'x.json'], options, 1);
    expect(args).toEqual({ values: { out: 'x.json' }, positionals: ['plan.json'], help: false });
  });

  it('answers --help even next to a mistake', () => {
    expect(parseCommandArgs('check', ['--bogus', '--help'], options, 0).help).toBe(true);
  });

  it('names an unknown option and where to look', () => {
    expect(() => parseCommandArgs('check', ['--fil', 'p.json'], options, 0)).toThrow(new UsageError('unknown option --fil; see "holdplan check --help"'));
  });

  it('says which option lacks its value', () => {
    expect(() => parseCommandArgs('export', ['--out'], options, 0)).toThrow('--out needs a value; see "holdplan export --help"');
  });

  it('refuses more positional inputs than the command takes', () => {
    expect(() => parseCommandArgs('check', ['p.json'], options, 0)).toThrow('unexpected argument "p.json"; see "holdplan check --help"');
  });

  it('refuses a seed that is not a whole number', () => {
    const args = parseCommandArgs('demo', ['--seed', '1.5'], { seed: { type: 'string' } }, 0);
    expect(() => integerOption(args, 'seed')).toThrow('--seed must be a whole number, not "1.5"');
  });
});
