// The services name the field in each refusal ("capacity: must hold at least
// one person", "unavailable[0].end: ends before it starts"). A form shows each
// message next to the field it names, and the rest above the form.

export interface FieldErrors {
  byField: Record<string, string[]>;
  general: string[];
}

const DETAIL = /^([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*|\[\d+\])*): (.+)$/;

/** The field of `fields` that `path` falls under: itself, or its longest prefix ("window.end" → "window.end", "unavailable[0].end" → "unavailable"). */
function fieldOf(path: string, fields: readonly string[]): string | null {
  let best: string | null = null;
  for (const field of fields) {
    const under = path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
    if (under && (best === null || field.length > best.length)) best = field;
  }
  return best;
}

export function fieldErrors(details: readonly string[], message: string, fields: readonly string[]): FieldErrors {
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  for (const detail of details.length > 0 ? details : [message]) {
    const match = DETAIL.exec(detail);
    const field = match?.[1] ? fieldOf(match[1], fields) : null;
    if (field === null || !match?.[1] || !match[2]) {
      general.push(detail);
      continue;
    }
    // Inside a list the position still matters ("unavailable[1].end"), so keep it in the words.
    const where = match[1] === field ? '' : `${match[1].slice(field.length).replace(/^\./, '')}: `;
    (byField[field] ??= []).push(`${where}${match[2]}`);
  }
  return { byField, general };
}
