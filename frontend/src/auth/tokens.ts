// The session's tokens: the access token lives in memory only (a page reload gets a new one
// through the refresh token, which survives in localStorage).

export interface Tokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

const REFRESH_KEY = 'mega.refreshToken';
/** Refresh this long before the access token expires, so requests never carry a stale one. */
export const REFRESH_MARGIN_MS = 30_000;

let accessToken: string | null = null;
let accessExpiresAt = 0;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function getAccessToken(): string | null {
  return accessToken;
}

export function getRefreshToken(): string | null {
  return localStorage.getItem(REFRESH_KEY);
}

/** Whether the access token is missing or expires within the margin. */
export function accessTokenExpiring(now: number = Date.now()): boolean {
  return accessToken === null || accessExpiresAt - REFRESH_MARGIN_MS <= now;
}

export function hasSession(): boolean {
  return getRefreshToken() !== null;
}

export function storeTokens(tokens: Tokens): void {
  accessToken = tokens.accessToken;
  accessExpiresAt = Date.parse(tokens.accessTokenExpiresAt);
  localStorage.setItem(REFRESH_KEY, tokens.refreshToken);
  notify();
}

export function clearTokens(): void {
  accessToken = null;
  accessExpiresAt = 0;
  localStorage.removeItem(REFRESH_KEY);
  notify();
}

/** Calls `listener` whenever the session starts or ends; returns the unsubscribe function. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
