import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../test/render';
import { LoginPage } from './LoginPage';

describe('LoginPage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends the typed credentials and shows the server error', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(
        JSON.stringify({ data: null, errors: [{ message: 'Invalid e-mail or password.', extensions: { code: 'UNAUTHENTICATED' } }] }),
      ),
    );
    renderWithProviders(<LoginPage />, { route: '/login' });
    await userEvent.type(screen.getByLabelText(/E-mail/), 'munich@partners.demo');
    await userEvent.type(screen.getByLabelText(/Password/), 'wrong password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid e-mail or password.');
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body)) as { variables: unknown };
    expect(body.variables).toEqual({ input: { email: 'munich@partners.demo', password: 'wrong password' } });
    expect(localStorage.getItem('mega.refreshToken')).toBeNull();
  });
});
