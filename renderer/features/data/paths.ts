// Form values are the entity's own shape; fields name their place in it with a
// dotted path ("window.start", "venue.centreId").
export type Values = Record<string, unknown>;

function isRecord(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getPath(values: Values, path: string): unknown {
  let current: unknown = values;
  for (const part of path.split('.')) current = isRecord(current) ? current[part] : undefined;
  return current;
}

export function setPath(values: Values, path: string, value: unknown): Values {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return values;
  if (rest.length === 0) return { ...values, [head]: value };
  const inner = isRecord(values[head]) ? values[head] : {};
  return { ...values, [head]: setPath(inner, rest.join('.'), value) };
}

/** A number when the text is one, else the text itself, so the services name the mistake. */
export function numberOrText(text: string): number | string {
  const trimmed = text.trim().replace(',', '.');
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
}

export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}
