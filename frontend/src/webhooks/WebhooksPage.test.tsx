import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockClient, renderWithProviders } from '../test/render';
import { WebhooksPage } from './WebhooksPage';

const hook = (viewerCanUpdate: boolean) => ({
  __typename: 'Webhook',
  id: 'wh-1',
  url: 'https://hooks.example.org/mega',
  events: ['PLAN_STAGE_CHANGED'],
  active: true,
  createdAt: '2026-11-01T09:00:00Z',
  viewerCanUpdate,
  organisation: { __typename: 'Organisation', id: 'o-munich', name: 'City of Munich' },
  createdBy: { __typename: 'User', id: 'u-1', displayName: 'Munich Partner' },
  deliveries: {
    __typename: 'WebhookDeliveryConnection',
    totalCount: 1,
    nodes: [
      {
        __typename: 'WebhookDelivery',
        id: 'd-1',
        event: 'PLAN_STAGE_CHANGED',
        status: 'FAILED',
        attempts: 8,
        responseStatus: 500,
        createdAt: '2026-11-02T09:00:00Z',
        deliveredAt: null,
      },
    ],
  },
});

const userError = (field: string, code: string, params: Record<string, string> = {}) => ({
  __typename: 'UserError',
  field: ['input', field],
  code,
  message: `Server text for ${code}`,
  params: Object.entries(params).map(([name, value]) => ({ __typename: 'UserErrorParam', name, value })),
});

function renderPage({ manages, created }: { manages: boolean; created?: unknown }) {
  const sent: Record<string, unknown>[] = [];
  const client = mockClient((_q, variables, operation) => {
    if (operation === 'Webhooks')
      return { webhooks: { __typename: 'WebhookConnection', totalCount: 1, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes: [hook(manages)] } };
    if (operation === 'WebhookScopes')
      return {
        viewerCapabilities: { __typename: 'NetworkCapabilities', manageEveryWebhook: false },
        organisations: {
          __typename: 'OrganisationConnection',
          nodes: [
            { __typename: 'Organisation', id: 'o-munich', name: 'City of Munich', viewerCanManageWebhooks: manages },
            { __typename: 'Organisation', id: 'o-grdr', name: 'GRDR', viewerCanManageWebhooks: false },
          ],
        },
      };
    if (operation === 'CreateWebhook') {
      sent.push(variables.input as Record<string, unknown>);
      return { createWebhook: created };
    }
    return undefined;
  });
  renderWithProviders(<WebhooksPage />, { client });
  return sent;
}

describe('WebhooksPage', () => {
  it('lists a hook with its scope, events and latest deliveries, without controls for a viewer who may not manage it', async () => {
    renderPage({ manages: false });
    const card = await screen.findByRole('article', { name: 'https://hooks.example.org/mega' });
    expect(card).toHaveTextContent('Scope: City of Munich');
    expect(card).toHaveTextContent('An action plan changed stage');
    const deliveries = within(card).getByTestId('webhook-deliveries');
    expect(deliveries).toHaveTextContent('Failed');
    expect(deliveries).toHaveTextContent('500');
    expect(screen.queryByRole('button', { name: 'Register a webhook' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('shows the refused fields’ errors next to them, in the user’s words', async () => {
    const sent = renderPage({
      manages: true,
      created: { __typename: 'CreateWebhookPayload', secret: null, webhook: null, userErrors: [userError('url', 'INVALID_URL', { variant: 'NOT_HTTPS' }), userError('events', 'REQUIRED')] },
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Register a webhook' }));
    const form = screen.getByRole('form', { name: 'Register a webhook' });
    const url = within(form).getByRole('textbox', { name: /Endpoint/ });
    expect(url).toHaveFocus();
    await user.type(url, 'http://hooks.example.org');
    await user.click(within(form).getByRole('button', { name: 'Register a webhook' }));
    expect(sent).toEqual([{ url: 'http://hooks.example.org', events: [], organisationId: 'o-munich' }]);
    expect(await within(form).findByText('The address must start with https://.')).toBeInTheDocument();
    expect(url).toHaveAccessibleDescription(expect.stringContaining('The address must start with https://.'));
    expect(within(form).getByText('Events is required.')).toBeInTheDocument();
    expect(screen.queryByText(/Server text/)).not.toBeInTheDocument();
  }, 30_000);

  it('shows the signing secret once after registering', async () => {
    renderPage({
      manages: true,
      created: { __typename: 'CreateWebhookPayload', secret: 'whsec_abc123', webhook: hook(true), userErrors: [] },
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Register a webhook' }));
    const form = screen.getByRole('form', { name: 'Register a webhook' });
    await user.type(within(form).getByRole('textbox', { name: /Endpoint/ }), 'https://hooks.example.org/mega');
    await user.click(within(form).getByRole('checkbox', { name: 'Feedback was added' }));
    await user.click(within(form).getByRole('button', { name: 'Register a webhook' }));
    expect(await screen.findByTestId('webhook-secret')).toHaveTextContent('whsec_abc123');
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Register a webhook' })).not.toBeInTheDocument();
  }, 30_000);
});
