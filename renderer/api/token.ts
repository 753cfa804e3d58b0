// Browser mode's token arrives in the URL fragment (never sent to a server). It
// is kept for this tab only and removed from the address bar, so it is not left
// in history, bookmarks or a screenshot.
export const TOKEN_KEY = 'holdplan.token';

export interface TokenPlace {
  location: { hash: string; pathname: string; search: string };
  history: { replaceState(data: unknown, unused: string, url: string): void };
  storage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

export function takeToken(place: TokenPlace): string | null {
  const fromHash = new URLSearchParams(place.location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    place.storage.setItem(TOKEN_KEY, fromHash);
    place.history.replaceState(null, '', place.location.pathname + place.location.search);
    return fromHash;
  }
  return place.storage.getItem(TOKEN_KEY);
}
