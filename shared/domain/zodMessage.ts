import type { z } from 'zod';
import { zodIssueDa } from '../i18n/zodMessages';
import type { Language } from '../i18n/text';

/**
 * One readable line per problem, naming where it is ("trainers[3].maxDays: cannot be negative").
 * The path stays as written in either language: forms find their field by it.
 */
export function describeZodError(error: z.ZodError, language: Language = 'en'): string[] {
  return error.issues.map((issue) => {
    const where = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
      .join('');
    const message = language === 'da' ? zodIssueDa(issue) : issue.message;
    return where ? `${where}: ${message}` : message;
  });
}
