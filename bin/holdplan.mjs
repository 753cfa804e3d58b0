#!/usr/bin/env node
// Runs the command line from the TypeScript sources, so `npx holdplan …` needs no build.
import { register } from 'tsx/esm/api';

register();

try {
  const { runCli } = await import('../main/cli/main.ts');
  process.exitCode = await runCli(process.argv.slice(2));
} catch (e) {
  // Last resort: a failure outside any command still gets one line, never a stack trace.
  process.stderr.write(`holdplan: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
  process.exitCode = 2;
}
