import type { z } from 'zod';

/** One readable line per problem, naming where it is ("trainers[3].maxDays: cannot be negative"). */
export function describeZodError(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
      .join('');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}
