// Signing in, refreshing and signing out over plain fetch, independent of urql's cache so the
// auth exchange can call them without recursion. The refresh token never reaches this code:
// `login` asks for it as an HttpOnly cookie scoped to /auth/refresh, and refreshing and
// signing out go there with the CSRF header.
import type { Language, UserErrorFieldsFragment } from '../gql/graphql';
import { clearTokens, getAccessToken, hasSession, storeTokens, type Tokens } from './tokens';

const ENDPOINT = '/graphql';
const REFRESH = '/auth/refresh';
const CSRF = { 'X-Mega-CSRF': '1' };

interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

/** A refused sign-in or refresh: a GraphQL error `code` (e.g. UNAUTHENTICATED), or the
 * `userErrors` of the input (e.g. REQUIRED on `email`). `message` is the server's English
 * text, for logs only. */
export class SessionError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly userErrors: readonly UserErrorFieldsFragment[] = [],
  ) {
    super(message);
  }
}

async function post<T>(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLError[] };
  const error = body.errors?.[0];
  if (error || !body.data) {
    throw new SessionError(error?.message ?? `HTTP ${response.status}`, error?.extensions?.code);
  }
  return body.data;
}

interface LoginPayload {
  accessToken: string | null;
  accessTokenExpiresAt: string | null;
  viewer: { language: Language | null } | null;
  userErrors: UserErrorFieldsFragment[];
}

/** Signs in (the refresh token arrives as an HttpOnly cookie) and keeps the access token in
 * memory; resolves to the language saved in the user's profile (null when none is). Throws
 * a SessionError when refused. */
export async function login(email: string, password: string): Promise<Language | null> {
  const data = await post<{ login: LoginPayload }>(
    'mutation Login($input: LoginInput!) { login(input: $input) { accessToken accessTokenExpiresAt viewer { language } userErrors { field code message params { name value } } } }',
    { input: { email, password } },
    { 'X-Mega-Session': 'cookie' },
  );
  const payload = data.login;
  const [userError] = payload.userErrors;
  if (userError || !payload.accessToken || !payload.accessTokenExpiresAt) {
    throw new SessionError(userError?.message ?? 'No token returned', userError?.code, payload.userErrors);
  }
  storeTokens({ accessToken: payload.accessToken, accessTokenExpiresAt: payload.accessTokenExpiresAt });
  return payload.viewer?.language ?? null;
}

/** Saves `language` in the signed-in user's profile (right after signing in, before the
 * GraphQL client exists). */
export async function saveLanguage(language: Language): Promise<void> {
  const token = getAccessToken();
  await post(
    'mutation SaveLanguage($input: UpdateViewerPreferencesInput!) { updateViewerPreferences(input: $input) { userErrors { code } } }',
    { input: { language } },
    token ? { Authorization: `Bearer ${token}` } : {},
  );
}

let inFlight: Promise<boolean> | null = null;

/**
 * Exchanges the refresh cookie for a new access token (the server rotates the cookie).
 * Concurrent callers share one request: refresh tokens are single-use, and presenting one
 * twice would end the session. Resolves to false (and forgets the session) when it cannot be
 * renewed.
 */
export function refreshSession(): Promise<boolean> {
  inFlight ??= (async () => {
    if (!hasSession()) return false;
    try {
      const response = await fetch(REFRESH, { method: 'POST', credentials: 'same-origin', headers: CSRF });
      if (!response.ok) throw new SessionError(`HTTP ${response.status}`, 'UNAUTHENTICATED');
      const body = (await response.json()) as { data: Tokens };
      storeTokens(body.data);
      return true;
    } catch {
      clearTokens();
      return false;
    }
  })().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** Ends the session on the server (best effort) and forgets it. */
export async function logout(): Promise<void> {
  clearTokens();
  try {
    await fetch(REFRESH, { method: 'DELETE', credentials: 'same-origin', headers: CSRF });
  } catch {
    // The session is gone locally; the server's expires on its own.
  }
}
