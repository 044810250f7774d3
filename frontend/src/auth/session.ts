// Signing in, refreshing and signing out over plain fetch, independent of urql's cache so the
// auth exchange can call them without recursion. The refresh token never reaches this code:
// `login` asks for it as an HttpOnly cookie scoped to /auth/refresh, and refreshing and
// signing out go there with the CSRF header.
import { clearTokens, hasSession, storeTokens, type Tokens } from './tokens';

const ENDPOINT = '/graphql';
const REFRESH = '/auth/refresh';
const CSRF = { 'X-Mega-CSRF': '1' };

interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

export class SessionError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface LoginPayload {
  accessToken: string | null;
  accessTokenExpiresAt: string | null;
  userErrors: { message: string; code: string }[];
}

/** Signs in; throws a SessionError with the server's code (and message for logs). */
export async function login(email: string, password: string): Promise<void> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-Mega-Session': 'cookie' },
    body: JSON.stringify({
      query:
        'mutation Login($input: LoginInput!) { login(input: $input) { accessToken accessTokenExpiresAt userErrors { field message code } } }',
      variables: { input: { email, password } },
    }),
  });
  const body = (await response.json()) as { data?: { login: LoginPayload }; errors?: GraphQLError[] };
  const error = body.errors?.[0];
  const payload = body.data?.login;
  if (error || !payload) {
    throw new SessionError(error?.message ?? `HTTP ${response.status}`, error?.extensions?.code);
  }
  const [userError] = payload.userErrors;
  if (userError || !payload.accessToken || !payload.accessTokenExpiresAt) {
    throw new SessionError(userError?.message ?? 'No token returned', userError?.code);
  }
  storeTokens({ accessToken: payload.accessToken, accessTokenExpiresAt: payload.accessTokenExpiresAt });
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
