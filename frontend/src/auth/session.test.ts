import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { login, logout, refreshSession } from './session';
import { clearTokens, getAccessToken, hasSession, storeTokens } from './tokens';

function refreshed(access: string) {
  return new Response(
    JSON.stringify({ data: { accessToken: access, accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString() } }),
  );
}

describe('session', () => {
  beforeEach(() => {
    clearTokens();
    storeTokens({ accessToken: 'a0', accessTokenExpiresAt: new Date().toISOString() });
  });
  afterEach(() => vi.restoreAllMocks());

  it('shares one in-flight refresh between concurrent callers, through the cookie endpoint', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => refreshed('a1'));
    const results = await Promise.all([refreshSession(), refreshSession(), refreshSession()]);
    expect(results).toEqual([true, true, true]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/auth/refresh');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ 'X-Mega-CSRF': '1' });
    expect(init?.body).toBeUndefined();
    expect(getAccessToken()).toBe('a1');
  });

  it('forgets the session when the refresh is refused', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('{}', { status: 401 }));
    expect(await refreshSession()).toBe(false);
    expect(getAccessToken()).toBeNull();
    expect(hasSession()).toBe(false);
  });

  it('asks for the refresh token as a cookie and keeps no token in localStorage', async () => {
    clearTokens();
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(
      async () =>
        new Response(
          JSON.stringify({
            data: { login: { accessToken: 'a2', accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(), userErrors: [] } },
          }),
        ),
    );
    await login('a@b.c', 'secret');
    expect(fetchMock.mock.calls[0]?.[1]?.headers).toMatchObject({ 'X-Mega-Session': 'cookie' });
    expect(getAccessToken()).toBe('a2');
    const stored = Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '');
    expect(stored.some((value) => value.includes('a2') || value.includes('secret'))).toBe(false);
  });

  it('reports the server code when login fails', async () => {
    clearTokens();
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      async () =>
        new Response(
          JSON.stringify({ data: null, errors: [{ message: 'Invalid e-mail or password.', extensions: { code: 'UNAUTHENTICATED' } }] }),
        ),
    );
    await expect(login('a@b.c', 'x')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(hasSession()).toBe(false);
  });

  it('signs out through the cookie endpoint', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(null, { status: 204 }));
    await logout();
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/auth/refresh');
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe('DELETE');
    expect(hasSession()).toBe(false);
  });
});
