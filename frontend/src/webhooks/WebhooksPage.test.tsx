import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { notify } from '../components/notify';
import { mockClient, renderWithProviders } from '../test/render';
import { WebhooksPage } from './WebhooksPage';

vi.mock('../components/notify', () => ({ notify: vi.fn() }));

const delivery = (id: string, status: string, createdAt: string, attempts: number, responseStatus: number | null) => ({
  __typename: 'WebhookDelivery',
  id,
  event: 'PLAN_STAGE_CHANGED',
  status,
  attempts,
  responseStatus,
  createdAt,
  deliveredAt: null,
});

const hook = (viewerCanUpdate: boolean, deliveries = [delivery('d-1', 'FAILED', '2026-11-02T09:00:00Z', 8, 500)]) => ({
  __typename: 'Webhook',
  id: 'wh-1',
  url: 'https://hooks.example.org/mega',
  events: ['PLAN_STAGE_CHANGED'],
  active: true,
  createdAt: '2026-11-01T09:00:00Z',
  viewerCanUpdate,
  organisation: { __typename: 'Organisation', id: 'o-munich', name: 'City of Munich' },
  createdBy: { __typename: 'User', id: 'u-1', displayName: 'Munich Partner' },
  deliveries: { __typename: 'WebhookDeliveryConnection', totalCount: deliveries.length, nodes: deliveries },
});

const userError = (field: string, code: string, params: Record<string, string> = {}) => ({
  __typename: 'UserError',
  field: ['input', field],
  code,
  message: `Server text for ${code}`,
  params: Object.entries(params).map(([name, value]) => ({ __typename: 'UserErrorParam', name, value })),
});

function renderPage({ manages, created, rotated, redelivered }: { manages: boolean; created?: unknown; rotated?: unknown; redelivered?: unknown }) {
  const sent: Record<string, unknown>[] = [];
  const calls: { operation: string; input: unknown }[] = [];
  let resent = false;
  const client = mockClient((_q, variables, operation) => {
    if (operation === 'Webhooks') {
      // After a successful redelivery the list holds the new delivery, queued now, first.
      const deliveries = [delivery('d-1', 'FAILED', '2026-11-02T09:00:00Z', 8, 500)];
      if (resent) deliveries.unshift(delivery('d-2', 'PENDING', '2026-11-03T10:00:00Z', 0, null));
      return { webhooks: { __typename: 'WebhookConnection', totalCount: 1, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes: [hook(manages, deliveries)] } };
    }
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
    if (operation === 'RotateWebhookSecret') {
      calls.push({ operation, input: variables.input });
      return { rotateWebhookSecret: rotated };
    }
    if (operation === 'RedeliverWebhookDelivery') {
      calls.push({ operation, input: variables.input });
      const payload = redelivered as { delivery: unknown } | undefined;
      if (payload?.delivery) resent = true;
      return { redeliverWebhookDelivery: payload };
    }
    return undefined;
  });
  renderWithProviders(<WebhooksPage />, { client });
  return { sent, calls };
}

afterEach(() => {
  vi.mocked(notify).mockClear();
});

/** The error notification shown, by the code's translation (never the server's text). */
async function refusal(): Promise<string> {
  await vi.waitFor(() => expect(notify).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ color: 'red.9', title: 'Something went wrong' })));
  return String(vi.mocked(notify).mock.calls[0]?.[0]);
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
    expect(within(card).queryByRole('button', { name: /Rotate secret/ })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Redeliver/ })).not.toBeInTheDocument();
    expect(within(deliveries).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
  });

  it('shows the refused fields’ errors next to them, in the user’s words', async () => {
    const { sent } = renderPage({
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

  it('rotates the secret only after a confirmation naming the hook and the receiver’s switch, and shows the new secret once', async () => {
    const { calls } = renderPage({
      manages: true,
      rotated: { __typename: 'CreateWebhookPayload', secret: 'whsec_rotated456', webhook: { __typename: 'Webhook', id: 'wh-1' }, userErrors: [] },
    });
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    window.confirm = confirm;
    const user = userEvent.setup({ delay: null });
    const card = await screen.findByRole('article', { name: 'https://hooks.example.org/mega' });
    const rotate = within(card).getByRole('button', { name: 'Rotate secret of https://hooks.example.org/mega' });

    // Declined: nothing is sent.
    await user.click(rotate);
    expect(confirm).toHaveBeenLastCalledWith(expect.stringContaining('https://hooks.example.org/mega'));
    expect(confirm).toHaveBeenLastCalledWith(expect.stringContaining('the receiver must switch to it'));
    expect(calls).toEqual([]);
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();

    await user.click(rotate);
    expect(calls).toEqual([{ operation: 'RotateWebhookSecret', input: { id: 'wh-1' } }]);
    const secret = await within(card).findByTestId('webhook-secret');
    expect(secret).toHaveTextContent('whsec_rotated456');
    expect(within(card).getByRole('status')).toHaveTextContent('New signing secret for https://hooks.example.org/mega');
    expect(within(card).getByRole('status')).toHaveTextContent('it is shown only once');
    expect(within(card).getByRole('button', { name: 'Copy' })).toBeInTheDocument();

    // Closed, it is gone for good: only another rotation gives a secret again.
    await user.click(within(card).getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();
    expect(screen.queryByText('whsec_rotated456')).not.toBeInTheDocument();
  }, 30_000);

  it('tells why a rotation was refused, by its code in the user’s words', async () => {
    renderPage({
      manages: true,
      rotated: { __typename: 'CreateWebhookPayload', secret: null, webhook: null, userErrors: [userError('id', 'NOT_FOUND')] },
    });
    window.confirm = vi.fn().mockReturnValue(true);
    const user = userEvent.setup({ delay: null });
    const card = await screen.findByRole('article', { name: 'https://hooks.example.org/mega' });
    await user.click(within(card).getByRole('button', { name: /^Rotate secret/ }));
    const message = await refusal();
    expect(message).toBe('Webhook names something that does not exist or that you may not see.');
    expect(message).not.toContain('Server text');
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();
  }, 30_000);

  it('sends a delivery again with its hook and delivery ids, then lists the new delivery', async () => {
    const { calls } = renderPage({
      manages: true,
      redelivered: { __typename: 'RedeliverWebhookDeliveryPayload', delivery: { __typename: 'WebhookDelivery', id: 'd-2', status: 'PENDING' }, userErrors: [] },
    });
    const user = userEvent.setup({ delay: null });
    const card = await screen.findByRole('article', { name: 'https://hooks.example.org/mega' });
    const deliveries = within(card).getByTestId('webhook-deliveries');
    expect(within(deliveries).getAllByRole('row')).toHaveLength(2);
    await user.click(within(deliveries).getByRole('button', { name: /^Redeliver “An action plan changed stage” of / }));
    expect(calls).toEqual([{ operation: 'RedeliverWebhookDelivery', input: { webhookId: 'wh-1', deliveryId: 'd-1' } }]);
    await expect.poll(() => within(card).getByTestId('webhook-deliveries').querySelectorAll('tbody tr').length).toBe(2);
    const rows = within(within(card).getByTestId('webhook-deliveries')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Pending');
    expect(rows[2]).toHaveTextContent('Failed');
    expect(within(card).getByText('Latest deliveries (2 of 2)')).toBeInTheDocument();
    expect(notify).toHaveBeenCalledWith('The delivery was queued again.');
  }, 30_000);

  it('tells why a redelivery was refused, by its code in the user’s words', async () => {
    const { calls } = renderPage({
      manages: true,
      redelivered: { __typename: 'RedeliverWebhookDeliveryPayload', delivery: null, userErrors: [userError('deliveryId', 'NOT_FOUND')] },
    });
    const user = userEvent.setup({ delay: null });
    const card = await screen.findByRole('article', { name: 'https://hooks.example.org/mega' });
    await user.click(within(card).getByRole('button', { name: /^Redeliver/ }));
    expect(calls).toHaveLength(1);
    const message = await refusal();
    expect(message).toBe('Delivery names something that does not exist or that you may not see.');
    expect(message).not.toContain('Server text');
    expect(within(card).getByTestId('webhook-deliveries').querySelectorAll('tbody tr')).toHaveLength(1);
  }, 30_000);
});
