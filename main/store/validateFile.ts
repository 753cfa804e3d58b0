// Decides whether a file's text is a usable store file, and if not, says why in
// words a planner can act on.
import { describeZodError } from '../../shared/domain/zodMessage';
import type { Text } from '../../shared/i18n/text';
import { storingMessages } from '../services/messages/storing';
import { integrityProblems } from '../../shared/domain/integrity';
import { migrate } from './migrations';
import { StoreFile } from './storeFile';

export type Validated = { ok: true; file: StoreFile } | { ok: false; reason: Text };

/** Throws HoldplanError('newer-version') for a file from a newer Holdplan, which must not be treated as damaged. */
export function validateStoreText(text: string, where: string): Validated {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: storingMessages.notJson({ error: e instanceof Error ? e.message : String(e) }) };
  }
  const parsed = StoreFile.safeParse(migrate(raw, where));
  if (!parsed.success) {
    const problems = storingMessages.firstProblems({ en: describeZodError(parsed.error, 'en'), da: describeZodError(parsed.error, 'da') });
    return { ok: false, reason: storingMessages.notADataFile({ problems }) };
  }
  const problems = integrityProblems(parsed.data.plan);
  if (problems.length > 0) {
    const both = storingMessages.firstProblems({ en: problems, da: integrityProblems(parsed.data.plan, 'da') });
    return { ok: false, reason: storingMessages.doesNotHangTogether({ problems: both }) };
  }
  return { ok: true, file: parsed.data };
}
