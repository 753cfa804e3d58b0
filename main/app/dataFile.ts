// Which data file the Electron app opens: `--file FILE`, `--data DIR` and
// HOLDPLAN_DATA mean the same as in browser mode and on the command line;
// otherwise the file lives in Electron's user-data folder.
import path from 'node:path';
import { DATA_FILE_NAME, resolveDataFile } from '../store/dataDir';

type Env = Record<string, string | undefined>;

function flagValue(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === flag) return argv[i + 1];
    if (arg?.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

export function electronDataFile(argv: readonly string[], env: Env, userData: string): string {
  const fileFlag = flagValue(argv, '--file');
  const dataFlag = flagValue(argv, '--data');
  if (fileFlag || dataFlag || env.HOLDPLAN_DATA) return resolveDataFile({ fileFlag, dataFlag, env });
  return path.join(userData, DATA_FILE_NAME);
}
