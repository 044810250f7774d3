// The session as the page knows it: the access token lives in memory only; the refresh token
// is an HttpOnly cookie no script can read. localStorage keeps only a marker that a session
// exists (no secret), so a reload knows to ask /auth/refresh for a new access token.

export interface Tokens {
  accessToken: string;
  accessTokenExpiresAt: string;
}

const SESSION_KEY = 'mega.session';
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

/** Whether the access token is missing or expires within the margin. */
export function accessTokenExpiring(now: number = Date.now()): boolean {
  return accessToken === null || accessExpiresAt - REFRESH_MARGIN_MS <= now;
}

/** Whether a session is believed to exist (its refresh cookie may still be refused). */
export function hasSession(): boolean {
  return localStorage.getItem(SESSION_KEY) !== null;
}

export function storeTokens(tokens: Tokens): void {
  accessToken = tokens.accessToken;
  accessExpiresAt = Date.parse(tokens.accessTokenExpiresAt);
  localStorage.setItem(SESSION_KEY, '1');
  notify();
}

export function clearTokens(): void {
  accessToken = null;
  accessExpiresAt = 0;
  localStorage.removeItem(SESSION_KEY);
  notify();
}

/** Calls `listener` whenever the session starts or ends; returns the unsubscribe function. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
