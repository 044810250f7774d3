import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import '../i18n';
import { notify } from '../components/notify';
import { mockClient, renderWithProviders } from '../test/render';
import { MailSettingsPage } from './MailSettingsPage';

vi.mock('../components/notify', () => ({ notify: vi.fn() }));

let sent: [string | undefined, Record<string, unknown>][] = [];

const KINDS = ['FEEDBACK_ON_MINE', 'PLAN_ADOPTED'];

function client(refuse: boolean) {
  return mockClient((_query, variables, operation) => {
    sent.push([operation, variables]);
    if (operation === 'UpdateMailPreference') {
      const input = variables.input as { kind: string; delivery: string };
      return {
        updateMailPreference: {
          __typename: 'UpdateMailPreferencePayload',
          mailPreferences: refuse ? null : KINDS.map((kind) => ({ __typename: 'MailPreference', kind, delivery: kind === input.kind ? input.delivery : 'IMMEDIATELY' })),
          userErrors: refuse ? [{ __typename: 'UserError', field: ['input'], code: 'NOT_FOUND', message: 'no such row: server text', params: [] }] : [],
        },
      };
    }
    return {
      viewer: {
        __typename: 'User',
        id: 'u1',
        email: 'grdr@partners.demo',
        mailPreferences: KINDS.map((kind) => ({ __typename: 'MailPreference', kind, delivery: 'IMMEDIATELY' })),
      },
    };
  });
}

describe('e-mail settings', () => {
  afterEach(() => {
    sent = [];
    vi.mocked(notify).mockClear();
  });

  it('lists every kind with its delivery and saves a change', async () => {
    renderWithProviders(<MailSettingsPage />, { client: client(false), route: '/settings/notifications' });
    const select = await screen.findByRole('combobox', { name: 'E-mail for: Feedback on your organisation’s work' });
    expect((select as HTMLSelectElement).value).toBe('IMMEDIATELY');
    expect(screen.getByText(/grdr@partners\.demo/)).toBeTruthy();
    await userEvent.selectOptions(select, 'Daily digest');
    await vi.waitFor(() => expect(notify).toHaveBeenCalledWith('Saved: Feedback on your organisation’s work'));
    expect(sent.filter(([op]) => op === 'UpdateMailPreference').map(([, v]) => v)).toEqual([{ input: { kind: 'FEEDBACK_ON_MINE', delivery: 'DAILY_DIGEST' } }]);
  });

  it('shows a refusal by its translated code, never the server text', async () => {
    renderWithProviders(<MailSettingsPage />, { client: client(true), route: '/settings/notifications' });
    const select = await screen.findByRole('combobox', { name: 'E-mail for: Your plan adopted' });
    await userEvent.selectOptions(select, 'Off');
    await vi.waitFor(() => expect(notify).toHaveBeenCalled());
    const [message, options] = vi.mocked(notify).mock.calls[0] ?? [];
    expect(message).toMatch(/not found|no longer exists|does not exist/i);
    expect(message).not.toMatch(/server text|input/);
    expect(options).toMatchObject({ color: 'red.9' });
  });
});
