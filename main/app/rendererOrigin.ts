// The renderer is served from a privileged custom scheme rather than file://, so
// it has a real origin: 'self' in the CSP means exactly our files, absolute asset
// paths resolve, and IPC can tell our page from anything else by its URL.
export const RENDERER_SCHEME = 'holdplan';
export const RENDERER_HOST = 'app';
export const RENDERER_ORIGIN = `${RENDERER_SCHEME}://${RENDERER_HOST}`;
export const RENDERER_URL = `${RENDERER_ORIGIN}/index.html`;

export function isRendererUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${RENDERER_SCHEME}:` && parsed.host === RENDERER_HOST;
  } catch {
    return false;
  }
}

/** The same document as `current` (only the fragment may differ): a reload or an in-page jump. */
export function isSamePage(target: string, current: string): boolean {
  try {
    const a = new URL(target);
    const b = new URL(current);
    a.hash = '';
    b.hash = '';
    return a.href === b.href;
  } catch {
    return false;
  }
}
