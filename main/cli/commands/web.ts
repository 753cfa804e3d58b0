import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { integerOption, stringOption, UsageError } from '../args';
import { DATA_OPTION_HELP, type Command } from '../command';
import { cliMessages as m } from '../cliMessages';
import { say } from '../../services/messages/say';
import { withPlan } from '../planSource';

const STATIC_DIR = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const webCommand: Command = {
  name: 'web',
  summary: {
    en: 'serve the app and its services on 127.0.0.1 (browser mode)',
    da: 'stil programmet og dets tjenester til rådighed på 127.0.0.1 (browsertilstand)',
  },
  help: {
    en: `Usage: holdplan web [--port N] [--data DIR]

Serves the built UI and the services on 127.0.0.1 and prints the address to
open (it carries this run's token). Stops on Ctrl+C. Build the UI first with
"npm run build" (or use "npm run web", which does both).

  --port N       the port to listen on (default: any free port)
${DATA_OPTION_HELP.en}`,
    da: `Brug: holdplan web [--port N] [--data MAPPE]

Stiller den byggede brugerflade og tjenesterne til rådighed på 127.0.0.1 og
skriver den adresse, der skal åbnes (den bærer denne kørsels adgangsnøgle).
Stopper ved Ctrl+C. Byg brugerfladen først med "npm run build" (eller brug
"npm run web", som gør begge dele).

  --port N       porten, der lyttes på (standard: en vilkårlig ledig port)
${DATA_OPTION_HELP.da}`,
  },
  options: { port: { type: 'string' }, data: { type: 'string' } },
  maxPositionals: 0,
  async run(args, io) {
    const port = integerOption(args, 'port');
    if (port !== undefined && (port < 0 || port > 65535)) throw new UsageError(say(m.port({ value: port })));
    if (!existsSync(join(STATIC_DIR, 'index.html'))) io.err(`holdplan web: the UI is not built (${STATIC_DIR}); run "npm run build" first.`);
    const { startWebServer } = await import('../../web/server');
    return withPlan({ data: stringOption(args, 'data'), env: io.env, readOnly: false, app: 'browser mode' }, async (source) => {
      const server = await startWebServer({ handlers: source.handlers, port, staticDir: STATIC_DIR });
      io.out(`Holdplan is serving ${source.where}`);
      io.out(`Open ${server.url}`);
      io.out('Press Ctrl+C to stop.');
      await untilStopped();
      await server.close();
      return 0;
    });
  },
};
