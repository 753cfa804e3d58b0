// Decides whether a file's text is a usable store file, and if not, says why in
// words a planner can act on.
import { describeZodError } from '../../shared/domain/zodMessage';
import { integrityProblems } from '../../shared/domain/integrity';
import { migrate } from './migrations';
import { StoreFile } from './storeFile';

export type Validated = { ok: true; file: StoreFile } | { ok: false; reason: string };

/** Throws HoldplanError('newer-version') for a file from a newer Holdplan, which must not be treated as damaged. */
export function validateStoreText(text: string, where: string): Validated {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `it is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const parsed = StoreFile.safeParse(migrate(raw, where));
  if (!parsed.success) {
    const lines = describeZodError(parsed.error);
    return { ok: false, reason: `it is not a Holdplan data file: ${summarise(lines)}` };
  }
  const problems = integrityProblems(parsed.data.plan);
  if (problems.length > 0) return { ok: false, reason: `its data does not hang together: ${summarise(problems)}` };
  return { ok: true, file: parsed.data };
}

function summarise(lines: readonly string[]): string {
  const shown = lines.slice(0, 3).join('; ');
  return lines.length > 3 ? `${shown} (and ${lines.length - 3} more)` : shown;
}
