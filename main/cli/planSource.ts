// Where a command's plan comes from: a holdplan/v1 file given with --file (held
// in memory; no data folder is touched and no lock taken) or the store in the
// data folder (--data DIR or FILE.json, else HOLDPLAN_DATA, else the user-data folder).
import { existsSync } from 'node:fs';
import { dispatch } from '../services/dispatch';
import { createServices } from '../services/index';
import { createMemoryStore } from '../services/memoryStore';
import { validatePlan } from '../services/planInput';
import { openStore } from '../store/index';
import { resolveDataFile } from '../store/dataDir';
import { listBackups } from '../store/backups';
import { HoldplanError } from '../../shared/domain/errors';
import type { Handlers, OpInput, OpName, OpOutput } from '../../shared/contract/operations';
import { readJsonFile } from './files';
import { commandLineMessages as cl } from '../services/messages/commandLine';
import { say } from '../services/messages/say';

export interface PlanSourceOptions {
  file?: string;
  data?: string;
  env: Record<string, string | undefined>;
  /** Commands that only read open the store without its lock. */
  readOnly: boolean;
  /** How this instance names itself in the lock ("command line", "browser mode"). */
  app?: string;
  /** Where the store's notices go (a recovered or damaged file, read-only and why); default stderr. */
  notice?: (line: string) => void;
}

const toStderr = (line: string): void => {
  process.stderr.write(`holdplan: ${line}\n`);
};

export interface PlanSource {
  /** The file or store the plan came from, for messages. */
  where: string;
  fromStore: boolean;
  call<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>>;
  handlers: Handlers;
}

function caller(handlers: Handlers): PlanSource['call'] {
  return async (name, input) => {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) {
      const { code, message } = result.error;
      throw code === 'internal' ? new Error(message) : new HoldplanError(code, message);
    }
    return result.value as OpOutput<typeof name>;
  };
}

export async function withPlan<T>(options: PlanSourceOptions, use: (source: PlanSource) => Promise<T>): Promise<T> {
  if (options.file !== undefined) {
    const plan = validatePlan(await readJsonFile(options.file), options.file);
    const handlers = createServices(createMemoryStore(plan, options.file));
    return use({ where: options.file, fromStore: false, call: caller(handlers), handlers });
  }
  const file = resolveDataFile({ dataFlag: options.data, env: options.env });
  // Reading nothing would report on an empty plan as if it were the planner's; a missing
  // file with backups beside it is recovered by the store, and its notice says so.
  if (options.readOnly && !existsSync(file) && (await listBackups(file)).length === 0) {
    throw new HoldplanError('not-found', say(cl.noData({ file })));
  }
  const store = await openStore({ file, app: options.app ?? 'command line', readOnly: options.readOnly });
  for (const line of store.status().notices) (options.notice ?? toStderr)(line);
  try {
    const handlers = createServices(store);
    return await use({ where: file, fromStore: true, call: caller(handlers), handlers });
  } finally {
    await store.close();
  }
}
