// Where the data file lives. The default is the folder Electron's
// app.getPath('userData') gives for product name "Holdplan", computed here without
// Electron so that browser mode and the command line find the same file.
import { homedir } from 'node:os';
import { join, resolve, win32, posix } from 'node:path';

export const PRODUCT_NAME = 'Holdplan';
export const DATA_FILE_NAME = 'holdplan.json';

type Env = Record<string, string | undefined>;

export interface Platform {
  platform: NodeJS.Platform;
  home: string;
}

const here: Platform = { platform: process.platform, home: homedir() };

export function defaultDataDir(env: Env = process.env, where: Platform = here): string {
  switch (where.platform) {
    case 'win32':
      return win32.join(env.APPDATA ?? win32.join(where.home, 'AppData', 'Roaming'), PRODUCT_NAME);
    case 'darwin':
      return posix.join(where.home, 'Library', 'Application Support', PRODUCT_NAME);
    default:
      return posix.join(env.XDG_CONFIG_HOME || posix.join(where.home, '.config'), PRODUCT_NAME);
  }
}

export interface DataFileChoice {
  /** `--data DIR`: a data folder; or `--data FILE.json`: the data file itself (HOLDPLAN_DATA likewise). */
  dataFlag?: string;
  /** A data file at any path the planner chooses, e.g. on a shared network drive. */
  fileFlag?: string;
  env?: Env;
  platform?: Platform;
}

/** A value of --data or HOLDPLAN_DATA that names a .json file (a team's shared file) rather than a folder. */
export function isDataFilePath(value: string): boolean {
  return value.toLowerCase().endsWith('.json');
}

/** A chosen file wins, then `--data`, then HOLDPLAN_DATA, then the user-data folder. */
export function resolveDataFile(choice: DataFileChoice): string {
  const env = choice.env ?? process.env;
  if (choice.fileFlag) return resolve(choice.fileFlag);
  const data = choice.dataFlag || env.HOLDPLAN_DATA;
  if (data) return isDataFilePath(data) ? resolve(data) : join(resolve(data), DATA_FILE_NAME);
  const where = choice.platform ?? here;
  const base = defaultDataDir(env, where);
  return where.platform === 'win32' ? win32.join(base, DATA_FILE_NAME) : posix.join(base, DATA_FILE_NAME);
}
