// The preload is sandboxed: it cannot require the contract (which pulls in zod),
// so main hands it the operation names on the renderer's command line, the way
// VS Code hands its window configuration over. Main stays the single source.
const FLAG = '--holdplan-operations=';
const OPERATION_NAME = /^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/;

export function operationsArgument(names: readonly string[]): string {
  const bad = names.find((name) => !OPERATION_NAME.test(name));
  if (bad !== undefined) throw new Error(`"${bad}" cannot be passed to the preload as an operation name.`);
  return FLAG + names.join(',');
}

/** The names main passed, or none when the argument is missing; malformed names are dropped. */
export function operationsFromArgv(argv: readonly string[]): string[] {
  const arg = argv.find((a) => a.startsWith(FLAG));
  if (arg === undefined) return [];
  const names = arg.slice(FLAG.length).split(',').filter((name) => OPERATION_NAME.test(name));
  return [...new Set(names)];
}
