// Test set-up through the real GraphQL API (what a script would do), for states the browser
// flow starts from.
import { expect } from 'vitest';

import { baseUrl } from './browser';
import { DEMO_PASSWORD } from './server';

export async function gql<T = Record<string, unknown>>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

export async function apiLogin(email: string): Promise<string> {
  const data = await gql<{ login: { accessToken: string } }>(
    null,
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  return data.login.accessToken;
}
