import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { login, refreshSession } from './session';
import { clearTokens, getAccessToken, getRefreshToken, storeTokens } from './tokens';

function tokenResponse(access: string, refresh: string) {
  return new Response(
    JSON.stringify({
      data: {
        refreshToken: {
          accessToken: access,
          accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
          refreshToken: refresh,
          userErrors: [],
        },
      },
    }),
  );
}

describe('session', () => {
  beforeEach(() => {
    clearTokens();
    storeTokens({ accessToken: 'a0', accessTokenExpiresAt: new Date().toISOString(), refreshToken: 'r0' });
  });
  afterEach(() => vi.restoreAllMocks());

  it('shares one in-flight refresh between concurrent callers', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => tokenResponse('a1', 'r1'));
    const results = await Promise.all([refreshSession(), refreshSession(), refreshSession()]);
    expect(results).toEqual([true, true, true]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body)) as { variables: unknown };
    expect(body.variables).toEqual({ input: { refreshToken: 'r0' } });
    expect(getAccessToken()).toBe('a1');
    expect(getRefreshToken()).toBe('r1');
  });

  it('clears the tokens when the refresh is refused', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      async () =>
        new Response(JSON.stringify({ data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] })),
    );
    expect(await refreshSession()).toBe(false);
    expect(getAccessToken()).toBeNull();
    expect(getRefreshToken()).toBeNull();
  });

  it('reports the server message when login fails', async () => {
    clearTokens();
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      async () =>
        new Response(
          JSON.stringify({ data: null, errors: [{ message: 'Invalid e-mail or password.', extensions: { code: 'UNAUTHENTICATED' } }] }),
        ),
    );
    await expect(login('a@b.c', 'x')).rejects.toMatchObject({ message: 'Invalid e-mail or password.', code: 'UNAUTHENTICATED' });
    expect(getRefreshToken()).toBeNull();
  });
});
