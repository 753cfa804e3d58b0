// `holdplan solve`: the solver through the same contract the UI uses (start,
// poll the status, cancel on Ctrl+C), printing progress lines and a summary.
// A plan read with --file is written to --out with nothing changed but the
// sessions' planned values: the file's own text is the base, so fields the
// schema would fill in with defaults are not added.
import type { SolveSummary, SolverStatus } from '../../../shared/contract/solverResults';
import type { Plan } from '../../../shared/domain/schema';
import { createServices } from '../../services/index';
import { createMemoryStore } from '../../services/memoryStore';
import { validatePlan } from '../../services/planInput';
import { integerOption, stringOption, UsageError, type ParsedArgs } from '../args';
import { DATA_OPTION_HELP, type CliIo, type Command } from '../command';
import { cliMessages as m } from '../cliMessages';
import { readJsonFile, writeJsonFile } from '../files';
import { withPlan, type PlanSource } from '../planSource';
import { dispatch } from '../../services/dispatch';
import { HoldplanError } from '../../../shared/domain/errors';
import type { OpInput, OpName, OpOutput } from '../../../shared/contract/operations';
import { commandLineMessages as cl } from '../../services/messages/commandLine';
import { say } from '../../services/messages/say';
import { currentLanguage } from '../../services/language';

const MODES = ['fill', 'optimise', 'repair'] as const;
type Mode = (typeof MODES)[number];
const POLL_MS = 200;
const PROGRESS_EVERY_MS = 1000;
const CHANGES_SHOWN = 30;

// Numbers as the reader writes them: 59,055 and 0.1 s in English, 59.055 and 0,1 s in Danish.
const locale = () => (currentLanguage() === 'da' ? 'da-DK' : 'en-GB');
const number = (n: number) => Math.round(n).toLocaleString(locale());
const seconds = (ms: number) => `${(ms / 1000).toLocaleString(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;

function modeOption(args: ParsedArgs): Mode {
  const mode = stringOption(args, 'mode') ?? 'fill';
  if (!(MODES as readonly string[]).includes(mode)) throw new UsageError(say(m.oneOf({ option: '--mode', choices: MODES.join(', '), value: mode })));
  return mode as Mode;
}

function secondsOption(args: ParsedArgs): number {
  const text = stringOption(args, 'seconds');
  if (text === undefined) return 10;
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || value <= 0 || value > 3600) throw new UsageError(say(m.seconds({ value: text })));
  return value;
}

type Call = PlanSource['call'];

/** Starts the run, prints progress until it ends (Ctrl+C stops it, keeping the best plan so far), and returns its end. */
async function runAndWatch(call: Call, input: OpInput<'solver.start'>, io: CliIo): Promise<SolverStatus> {
  const { runId } = await call('solver.start', input);
  const stop = () => {
    io.out(say(cl.stopping()));
    void call('solver.cancel', { runId });
  };
  process.once('SIGINT', stop);
  try {
    let lastShown = -Infinity;
    for (;;) {
      const status = await call('solver.status', { runId });
      const p = status.progress;
      if (p && p.elapsedMs - lastShown >= PROGRESS_EVERY_MS) {
        lastShown = p.elapsedMs;
        io.out(say(cl.progress({ elapsed: seconds(p.elapsedMs), hard: p.best.hard, unassigned: p.best.unassigned, soft: number(p.best.soft), moves: number(p.movesEvaluated) })));
      }
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    process.off('SIGINT', stop);
  }
}

export function summaryLines(summary: SolveSummary): string[] {
  const lines = [
    say(cl.solvedCounts({ assigned: summary.assigned, unassigned: summary.unassigned.length, deferred: summary.deferred, hard: summary.hard })),
    say(cl.softPenalty({ total: number(summary.softTotal), parts: summary.soft.map((s) => `${s.rule} ${number(s.penalty)}`).join(', ') })),
    say(cl.moves({ moves: number(summary.movesEvaluated), elapsed: seconds(summary.elapsedMs), perSecond: number(summary.movesPerSecond) })),
  ];
  if (summary.unassigned.length > 0) {
    lines.push(say(cl.unassignedHeading()));
    for (const u of summary.unassigned) lines.push(`  ${u.session}: ${u.reason}`);
  }
  lines.push(say(cl.changedHeading({ count: summary.changes.length, shown: CHANGES_SHOWN })));
  for (const c of summary.changes.slice(0, CHANGES_SHOWN)) lines.push(`  ${c.session}: ${c.before} → ${c.after}${c.why ? ` (${c.why})` : ''}`);
  for (const note of summary.notes) lines.push(note);
  return lines;
}

/** `raw` with each session's date, roomId and trainerIds taken from `solved`; nothing else is touched. */
function withSolvedValues(raw: unknown, solved: Plan): unknown {
  const planned = new Map(solved.sessions.map((s) => [s.id, s]));
  const copy = structuredClone(raw) as { sessions?: unknown };
  if (!Array.isArray(copy.sessions)) return copy;
  for (const session of copy.sessions as Record<string, unknown>[]) {
    const p = planned.get(String(session.id));
    if (!p) continue;
    session.date = p.date;
    session.roomId = p.roomId;
    session.trainerIds = [...p.trainerIds];
  }
  return copy;
}

function memoryCall(plan: Plan, where: string): Call {
  const handlers = createServices(createMemoryStore(plan, where));
  return async <K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>> => {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) throw result.error.code === 'internal' ? new Error(result.error.message) : new HoldplanError(result.error.code, result.error.message);
    return result.value as OpOutput<K>;
  };
}

function finish(status: SolverStatus, io: CliIo): number {
  if (status.state === 'failed' || !status.summary) throw new Error(status.error ?? 'the solver ended without a result');
  io.out(say(cl.ended({ cancelled: status.state === 'cancelled', mode: status.summary.mode })));
  for (const line of summaryLines(status.summary)) io.out(line);
  return status.summary.hard > 0 ? 1 : 0;
}

export const solveCommand: Command = {
  name: 'solve',
  summary: {
    en: 'plan dates, rooms and trainers for the sessions (fill, optimise or repair)',
    da: 'planlæg datoer, lokaler og undervisere for kursusdagene (fill, optimise eller repair)',
  },
  help: {
    en: `Usage: holdplan solve [--file IN.json] [--out OUT.json] [--mode fill|optimise|repair] [--seconds N] [--seed N] [--data DIR]

Runs the solver on the plan in the store, or in a holdplan/v1 file, printing
its progress and then a summary: sessions assigned, unassigned (each with the
reason), deferred, hard violations, each soft goal's penalty, and the moves
evaluated per second. Ctrl+C stops it and keeps the best plan found so far.

  --mode MODE    fill (default): plan only what is unassigned, keep every planned value;
                 optimise: re-decide every value that is not locked;
                 repair: change as little as possible so that no hard rule is broken
  --seconds N    the time limit (default 10)
  --seed N       the random seed (default 1); the same seed gives the same search
  --file FILE    solve this holdplan/v1 file instead of the store
  --out FILE     write the solved plan here; only the sessions' planned values differ
                 from the input (without --out, a plan from the store is saved back to it)
  --stop-when-feasible  stop as soon as no hard rule is broken and all that can be is assigned
${DATA_OPTION_HELP.en}

Exit code: 0 when no hard rule is broken afterwards, 1 when one is, 2 on an error.`,
    da: `Brug: holdplan solve [--file IND.json] [--out UD.json] [--mode fill|optimise|repair] [--seconds N] [--seed N] [--data MAPPE]

Kører løseren på planen i datafilen, eller i en holdplan/v1-fil, og skriver
dens fremskridt og derefter et resumé: placerede kursusdage, uplacerede (hver
med grunden), udskudte, brud på hårde regler, hvert blødt måls straf og hvor
mange træk der blev vurderet pr. sekund. Ctrl+C stopper den og beholder den
bedste plan, der er fundet indtil da.

  --mode MÅDE    fill (standard): planlæg kun det uplacerede, behold hver planlagt værdi;
                 optimise: beslut hver værdi, der ikke er låst, på ny;
                 repair: ændr så lidt som muligt, så ingen hård regel er brudt
  --seconds N    tidsgrænsen (standard 10)
  --seed N       startværdien (seed) for tilfældighederne (standard 1); samme seed giver samme søgning
  --file FIL     løs denne holdplan/v1-fil i stedet for datafilen
  --out FIL      skriv den løste plan her; kun kursusdagenes planlagte værdier adskiller
                 sig fra input (uden --out gemmes en plan fra datafilen tilbage i den)
  --stop-when-feasible  stop, så snart ingen hård regel er brudt, og alt, der kan placeres, er placeret
${DATA_OPTION_HELP.da}

Afslutningskode: 0 når ingen hård regel er brudt bagefter, 1 når en er, 2 ved en fejl.`,
  },
  options: {
    file: { type: 'string' },
    out: { type: 'string' },
    mode: { type: 'string' },
    seconds: { type: 'string' },
    seed: { type: 'string' },
    data: { type: 'string' },
    'stop-when-feasible': { type: 'boolean' },
  },
  maxPositionals: 0,
  async run(args, io) {
    const mode = modeOption(args);
    const seed = integerOption(args, 'seed');
    const limit = secondsOption(args);
    const input: OpInput<'solver.start'> = { mode, seconds: limit, stopWhenFeasible: args.values['stop-when-feasible'] === true, ...(seed !== undefined ? { seed } : {}) };
    const file = stringOption(args, 'file');
    const out = stringOption(args, 'out');
    const data = stringOption(args, 'data');

    if (file === undefined && out === undefined) {
      // From the store and back to it: the result is one undo step there.
      return withPlan({ data, env: io.env, readOnly: false }, async (source) => {
        io.out(say(cl.solving({ where: source.where, mode, seconds: limit })));
        const code = finish(await runAndWatch(source.call, input, io), io);
        io.out(say(cl.saved({ where: source.where })));
        return code;
      });
    }
    const raw = file !== undefined ? await readJsonFile(file) : await withPlan({ data, env: io.env, readOnly: true }, (source) => source.call('plan.export', {}));
    const where = file ?? 'the store';
    const call = memoryCall(validatePlan(raw, file ?? 'The plan in the store'), where);
    io.out(say(cl.solving({ where, mode, seconds: limit })));
    const code = finish(await runAndWatch(call, input, io), io);
    if (out === undefined) {
      io.out(say(cl.nothingWritten()));
      return code;
    }
    await writeJsonFile(out, withSolvedValues(raw, await call('plan.export', {})));
    io.out(say(cl.wrote({ file: out })));
    return code;
  },
};
