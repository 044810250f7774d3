import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import '../i18n';
import { mockClient, renderWithProviders } from '../test/render';
import { NotificationBell, POLL_INTERVAL_MS } from './NotificationBell';
import { NotificationsPage } from './NotificationsPage';

let sent: [string | undefined, Record<string, unknown>][] = [];

const node = (id: string, kind: string, path: string, readAt: string | null) => ({
  __typename: 'Notification',
  id,
  kind,
  path,
  excerpt: 'Have you asked the chamber?',
  createdAt: '2026-11-30T10:00:00Z',
  readAt,
  actor: { __typename: 'User', id: 'u2', displayName: 'Munich Partner' },
});

function client(unread: () => number) {
  return mockClient((_query, variables, operation) => {
    sent.push([operation, variables]);
    if (operation === 'UnreadNotificationCount') return { viewer: { __typename: 'User', id: 'u1', unreadNotificationCount: unread() } };
    if (operation === 'MarkNotificationRead')
      return { markNotificationRead: { __typename: 'MarkNotificationReadPayload', notification: { __typename: 'Notification', id: 'n1', readAt: '2026-11-30T11:00:00Z' }, userErrors: [] } };
    if (operation === 'MarkAllNotificationsRead') return { markAllNotificationsRead: { __typename: 'MarkAllNotificationsReadPayload', marked: 1, userErrors: [] } };
    return {
      viewer: {
        __typename: 'User',
        id: 'u1',
        unreadNotificationCount: 1,
        notifications: {
          __typename: 'NotificationConnection',
          totalCount: 2,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes: [node('n1', 'FEEDBACK_ON_MINE', '/plans/p1?step=s1', null), node('n2', 'PLAN_ADOPTED', '/plans/p1', '2026-11-30T10:30:00Z')],
        },
      },
    };
  });
}

const sentOf = (name: string) => sent.filter(([operation]) => operation === name).map(([, variables]) => variables);

describe('notifications', () => {
  afterEach(() => {
    sent = [];
    vi.useRealTimers();
  });

  it('lists each notification linking to its place, and marks one or all read', async () => {
    renderWithProviders(<NotificationsPage />, { client: client(() => 1), route: '/notifications' });
    const items = await screen.findAllByTestId('notification');
    expect(items).toHaveLength(2);
    const unread = items[0] as HTMLElement;
    const link = within(unread).getByRole('link', { name: 'Munich Partner gave feedback on your organisation’s work' });
    expect(link.getAttribute('href')).toBe('/plans/p1?step=s1');
    expect(unread).toHaveTextContent('Have you asked the chamber?');
    expect(within(items[1] as HTMLElement).queryByRole('button', { name: /^Mark as read/ })).toBeNull();

    await userEvent.click(within(unread).getByRole('button', { name: /^Mark as read/ }));
    expect(sentOf('MarkNotificationRead')).toEqual([{ input: { id: 'n1' } }]);

    await userEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    const [all] = sentOf('MarkAllNotificationsRead');
    expect(typeof (all?.input as { upTo?: unknown }).upTo).toBe('string');
  });

  it('shows the unread count on the bell and asks again every 30 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let unread = 2;
    renderWithProviders(<NotificationBell />, { client: client(() => unread) });
    expect(await screen.findByRole('link', { name: 'Notifications: 2 unread' })).toHaveAttribute('href', '/notifications');
    unread = 3;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    });
    expect(await screen.findByRole('link', { name: 'Notifications: 3 unread' })).toBeInTheDocument();
    expect(sentOf('UnreadNotificationCount').length).toBeGreaterThanOrEqual(2);
  });
});
