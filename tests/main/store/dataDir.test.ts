import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataFile } from '../../../main/store';

describe('the default data folder is where the Electron app keeps its user data', () => {
  it('on Linux: ~/.config/Holdplan, or under XDG_CONFIG_HOME when set', () => {
    const linux = { platform: 'linux' as const, home: '/home/ane' };
    expect(defaultDataDir({}, linux)).toBe('/home/ane/.config/Holdplan');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/srv/cfg' }, linux)).toBe('/srv/cfg/Holdplan');
  });

  it('on Windows: %APPDATA%\\Holdplan', () => {
    const windows = { platform: 'win32' as const, home: 'C:\\Users\\ane' };
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\ane\\AppData\\Roaming' }, windows)).toBe('C:\\Users\\ane\\AppData\\Roaming\\Holdplan');
  });

  it('on macOS: ~/Library/Application Support/Holdplan', () => {
    expect(defaultDataDir({}, { platform: 'darwin', home: '/Users/ane' })).toBe('/Users/ane/Library/Application Support/Holdplan');
  });
});

describe('resolveDataFile', () => {
  const linux = { platform: 'linux' as const, home: '/home/ane' };

  it('uses holdplan.json in the user-data folder when nothing is chosen', () => {
    expect(resolveDataFile({ env: {}, platform: linux })).toBe('/home/ane/.config/Holdplan/holdplan.json');
  });

  it('lets HOLDPLAN_DATA point at another folder', () => {
    expect(resolveDataFile({ env: { HOLDPLAN_DATA: '/tmp/fresh' }, platform: linux })).toBe('/tmp/fresh/holdplan.json');
  });

  it('lets --data win over HOLDPLAN_DATA', () => {
    expect(resolveDataFile({ dataFlag: '/tmp/flag', env: { HOLDPLAN_DATA: '/tmp/env' }, platform: linux })).toBe('/tmp/flag/holdplan.json');
  });

  it('opens a file at any path the planner chooses, e.g. on a shared drive', () => {
    expect(resolveDataFile({ fileFlag: 'shared/team.json', dataFlag: '/tmp/flag', env: {}, platform: linux })).toBe(resolve('shared/team.json'));
    expect(resolveDataFile({ fileFlag: '/mnt/team/plan.json', env: {} })).toBe(join('/mnt/team', 'plan.json'));
  });

  it('takes a --data or HOLDPLAN_DATA value ending in .json as the data file itself', () => {
    expect(resolveDataFile({ dataFlag: '/mnt/team/team.json', env: {}, platform: linux })).toBe(resolve('/mnt/team/team.json'));
    expect(resolveDataFile({ env: { HOLDPLAN_DATA: 'shared/Team.JSON' }, platform: linux })).toBe(resolve('shared/Team.JSON'));
    expect(resolveDataFile({ dataFlag: '/mnt/team', env: { HOLDPLAN_DATA: '/x/y.json' }, platform: linux })).toBe('/mnt/team/holdplan.json');
  });
});
