// Reads what CBC 2.10 leaves behind: its solution file (a status line, then one
// line per column: index, name, value, objective coefficient) and its log (the
// bound, the CPU time). Pure text in, figures out, so it is tested without CBC.
import type { MipStatus } from './mipResult';

export interface CbcSolutionFile {
  status: MipStatus;
  /** CBC's status line without the objective, e.g. "Stopped on time". */
  detail: string;
  /** NaN when the file holds no integer solution. */
  objective: number;
  /** Column values by name; empty when the file holds no integer solution. */
  values: Map<string, number>;
}

export interface CbcLog {
  /** Proven lower bound (−∞ when the log names none). */
  bound: number;
  /** CPU seconds CBC reports for the whole run (all threads), or NaN. */
  cpuSeconds: number;
  /** CBC's "Result - …" words, or ''. */
  result: string;
  /** What CBC made of a start: the cost it found for it, 'rejected', or null when none was given. */
  start: number | 'rejected' | null;
}

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;

function statusOf(line: string, hasSolution: boolean): MipStatus {
  if (/^optimal\b/i.test(line)) return 'optimal';
  if (/^(integer )?infeasible\b/i.test(line)) return 'infeasible';
  if (!hasSolution) return 'no-solution';
  // SIGINT is only sent when CBC overruns its own time limit.
  if (/^stopped on (time|ctrl-c)\b/i.test(line)) return 'time-limit';
  return 'error';
}

export function parseCbcSolution(text: string): CbcSolutionFile {
  const lines = text.split('\n');
  const head = (lines[0] ?? '').trim();
  const objective = new RegExp(`objective value (${NUMBER})\\s*$`).exec(head);
  // Without an integer solution CBC writes the LP relaxation's values instead.
  const hasSolution = objective !== null && !/no integer solution/i.test(head) && !/infeasible/i.test(head);
  const detail = head.replace(/\s*-\s*objective value.*$/i, '');
  const values = new Map<string, number>();
  if (hasSolution) {
    for (const raw of lines.slice(1)) {
      // "**" marks a value CBC found outside a bound; the value is still the solution's.
      const parts = raw.replace(/^\s*\*\*/, '').trim().split(/\s+/);
      if (parts.length < 3 || !/^\d+$/.test(parts[0] ?? '')) continue;
      const value = Number(parts[2]);
      if (parts[1] !== undefined && Number.isFinite(value)) values.set(parts[1], value);
    }
  }
  return {
    status: statusOf(head, hasSolution),
    detail: detail === '' ? 'no status line' : detail,
    objective: hasSolution && objective?.[1] !== undefined ? Number(objective[1]) : Number.NaN,
    values,
  };
}

function lastMatch(text: string, pattern: RegExp): string | undefined {
  let found: string | undefined;
  for (const m of text.matchAll(pattern)) found = m[1];
  return found;
}

export function parseCbcLog(text: string): CbcLog {
  const result = lastMatch(text, /^Result - (.*)$/gm)?.trim() ?? '';
  const lower = lastMatch(text, new RegExp(`^Lower bound:\\s+(${NUMBER})`, 'gm'));
  const optimum = /^optimal/i.test(result) ? lastMatch(text, new RegExp(`^Objective value:\\s+(${NUMBER})`, 'gm')) : undefined;
  // A run cut short before its summary still logs its progress.
  const possible = lastMatch(text, new RegExp(`best possible (${NUMBER})`, 'g'));
  const bound = optimum ?? lower ?? possible;
  const cpu = lastMatch(text, new RegExp(`^Total time \\(CPU seconds\\):\\s+(${NUMBER})`, 'gm'));
  const accepted = lastMatch(text, new RegExp(`MIPStart provided solution with cost (${NUMBER})`, 'g'));
  const start = accepted !== undefined ? Number(accepted) : /mipstart values could not be used/i.test(text) ? 'rejected' : null;
  return {
    start,
    bound: bound === undefined ? -Infinity : Number(bound),
    cpuSeconds: cpu === undefined ? Number.NaN : Number(cpu),
    result,
  };
}

/** The names under the LP text's Binaries / Generals sections. */
export function integerColumns(lp: string): string[] {
  const names: string[] = [];
  let inside = false;
  for (const line of lp.split('\n')) {
    const word = line.trim().toLowerCase();
    if (/^(binary|binaries|bin|general|generals|gen|integer|integers)$/.test(word)) {
      inside = true;
      continue;
    }
    if (/^(end|semi-continuous|semis?|sos|bounds?|subject to|st|s\.t\.)$/.test(word)) inside = false;
    else if (inside && word !== '') names.push(...line.trim().split(/\s+/));
  }
  return names;
}
