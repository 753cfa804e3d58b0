// The window shows our renderer and nothing else: it never navigates away and
// never opens a second window. An https link the planner clicks opens in the
// system browser instead; any other scheme (file:, javascript:, http:) is dropped.
import type { WebContents } from 'electron';
import { isSamePage } from './rendererOrigin';

export type OpenExternal = (url: string) => Promise<void>;

export function isExternalLinkAllowed(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'getURL'>;

export function guardNavigation(contents: GuardedContents, openExternal: OpenExternal): void {
  const openOutside = (url: string): void => {
    if (isExternalLinkAllowed(url)) void openExternal(url).catch(() => undefined);
  };
  contents.on('will-navigate', (event, url) => {
    if (isSamePage(url, contents.getURL())) return;
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (isSamePage(url, contents.getURL())) return;
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}
