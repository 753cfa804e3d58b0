// A holdplan/v1 file as the planner picked it: only read far enough to say
// what it is before the confirmation. The import service validates it in full
// and refuses it with its own message; nothing is half-applied.

export type PlanFile =
  | { ok: true; plan: unknown; termName: string | null; counts: { trainers: number; cohorts: number; sessions: number } }
  | { ok: false; reason: 'not-json' | 'not-holdplan'; detail: string };

const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);

export function readPlanFile(text: string): PlanFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: 'not-json', detail: e instanceof Error ? e.message : String(e) };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, reason: 'not-holdplan', detail: 'not a JSON object' };
  }
  const doc = parsed as Record<string, unknown>;
  if (doc['format'] !== 'holdplan/v1') {
    return { ok: false, reason: 'not-holdplan', detail: `format is ${JSON.stringify(doc['format'] ?? null)}` };
  }
  const term = doc['term'];
  const name = typeof term === 'object' && term !== null ? (term as Record<string, unknown>)['name'] : undefined;
  return {
    ok: true,
    plan: parsed,
    termName: typeof name === 'string' ? name : null,
    counts: { trainers: lengthOf(doc['trainers']), cohorts: lengthOf(doc['cohorts']), sessions: lengthOf(doc['sessions']) },
  };
}

/** "holdplan-foraar-2027.json": the term's name as a file name. */
export function exportFileName(termName: string): string {
  const slug = termName
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `holdplan-${slug || 'plan'}.json`;
}
