// Signing in, refreshing and signing out over plain fetch, independent of urql's cache so the
// auth exchange can call them without recursion.
import type { Language, UserErrorFieldsFragment } from '../gql/graphql';
import { clearTokens, getAccessToken, getRefreshToken, storeTokens, type Tokens } from './tokens';

const ENDPOINT = '/graphql';

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

async function post<T>(query: string, variables: Record<string, unknown>, token?: string | null): Promise<T> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLError[] };
  const error = body.errors?.[0];
  if (error || !body.data) {
    throw new SessionError(error?.message ?? `HTTP ${response.status}`, error?.extensions?.code);
  }
  return body.data;
}

const TOKEN_FIELDS =
  'accessToken accessTokenExpiresAt refreshToken viewer { language } userErrors { field code message params { name value } }';

interface TokenPayload {
  accessToken: string | null;
  accessTokenExpiresAt: string | null;
  refreshToken: string | null;
  viewer: { language: Language | null } | null;
  userErrors: UserErrorFieldsFragment[];
}

function tokensOf(payload: TokenPayload): Tokens {
  const [userError] = payload.userErrors;
  if (userError || !payload.accessToken || !payload.accessTokenExpiresAt || !payload.refreshToken) {
    throw new SessionError(userError?.message ?? 'No tokens returned', userError?.code, payload.userErrors);
  }
  return {
    accessToken: payload.accessToken,
    accessTokenExpiresAt: payload.accessTokenExpiresAt,
    refreshToken: payload.refreshToken,
  };
}

/** Signs in and stores the tokens; resolves to the language saved in the user's profile
 * (null when none is). Throws a SessionError when refused. */
export async function login(email: string, password: string): Promise<Language | null> {
  const data = await post<{ login: TokenPayload }>(
    `mutation Login($input: LoginInput!) { login(input: $input) { ${TOKEN_FIELDS} } }`,
    { input: { email, password } },
  );
  storeTokens(tokensOf(data.login));
  return data.login.viewer?.language ?? null;
}

/** Saves `language` in the signed-in user's profile (right after signing in, before the
 * GraphQL client exists). */
export async function saveLanguage(language: Language): Promise<void> {
  await post(
    'mutation SaveLanguage($input: UpdateViewerPreferencesInput!) { updateViewerPreferences(input: $input) { userErrors { code } } }',
    { input: { language } },
    getAccessToken(),
  );
}

let inFlight: Promise<boolean> | null = null;

/**
 * Exchanges the refresh token for a new pair. Concurrent callers share one request: refresh
 * tokens are single-use, and presenting one twice would end the session. Resolves to false
 * (and clears the tokens) when the session cannot be renewed.
 */
export function refreshSession(): Promise<boolean> {
  inFlight ??= (async () => {
    const refreshToken = getRefreshToken();
    if (!refreshToken) return false;
    try {
      const data = await post<{ refreshToken: TokenPayload }>(
        `mutation Refresh($input: RefreshTokenInput!) { refreshToken(input: $input) { ${TOKEN_FIELDS} } }`,
        { input: { refreshToken } },
      );
      storeTokens(tokensOf(data.refreshToken));
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

/** Ends the session on the server (best effort) and forgets the tokens. */
export async function logout(): Promise<void> {
  const refreshToken = getRefreshToken();
  clearTokens();
  if (!refreshToken) return;
  try {
    await post('mutation Logout($input: LogoutInput!) { logout(input: $input) { success } }', {
      input: { refreshToken },
    });
  } catch {
    // The tokens are gone locally; the session expires on the server on its own.
  }
}
