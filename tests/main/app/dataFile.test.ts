import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronDataFile } from '../../../main/app/dataFile';

const userData = path.resolve('/home/ane/.config/Holdplan');

describe('electronDataFile', () => {
  it('keeps the data file in the user-data folder by default', () => {
    expect(electronDataFile(['electron', '.'], {}, userData)).toBe(path.join(userData, 'holdplan.json'));
  });

  it('follows HOLDPLAN_DATA and --data like browser mode and the command line', () => {
    expect(electronDataFile(['electron', '.'], { HOLDPLAN_DATA: '/tmp/hp' }, userData)).toBe(path.resolve('/tmp/hp/holdplan.json'));
    expect(electronDataFile(['electron', '.', '--data', '/tmp/d'], {}, userData)).toBe(path.resolve('/tmp/d/holdplan.json'));
    expect(electronDataFile(['electron', '.', '--data=/tmp/e'], {}, userData)).toBe(path.resolve('/tmp/e/holdplan.json'));
  });

  it('opens a file the planner names, e.g. on a shared drive, before anything else', () => {
    expect(electronDataFile(['app', '--file', '/mnt/shared/plan.json', '--data', '/tmp/d'], { HOLDPLAN_DATA: '/x' }, userData)).toBe(
      path.resolve('/mnt/shared/plan.json'),
    );
  });
});
