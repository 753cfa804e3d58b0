// The names the store gives the files it keeps beside a data file. Each file is
// recognised by its exact pattern, never by a prefix: `plan.json` and
// `plan.json.team.json` may share a folder, and neither may touch the other's files.

/** A moment in a file name: ISO 8601 with the colons Windows forbids replaced by dashes. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-');
}

export const FILE_STAMP_PATTERN = String.raw`\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z`;

export function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `name` is exactly `before` + `pattern` + `after`, with `before` and `after` taken literally. */
export function nameMatches(name: string, before: string, pattern: string, after: string): boolean {
  return new RegExp(`^${escapeForPattern(before)}${pattern}${escapeForPattern(after)}$`).test(name);
}
