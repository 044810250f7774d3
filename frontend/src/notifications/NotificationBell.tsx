import { ActionIcon, Indicator } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { NOTIFICATION_TYPENAMES, UnreadCountQuery } from './queries';

/** How often the bell asks for the unread count (docs/DECISIONS.md: polling, not a subscription). */
export const POLL_INTERVAL_MS = 30_000;

const context = { additionalTypenames: NOTIFICATION_TYPENAMES };

/** A bell in the header with the viewer's unread count, kept fresh by polling every 30 s and
 * when the tab becomes visible again; it opens the notifications page. */
export function NotificationBell() {
  const { t } = useTranslation('shell');
  const [{ data }, refetch] = useQuery({ query: UnreadCountQuery, context });
  // Until the first answer arrives the count is unknown: the bell says so rather than "0 unread".
  const known = data?.viewer.unreadNotificationCount;
  const unread = known ?? 0;

  useEffect(() => {
    const poll = () => {
      if (document.visibilityState === 'visible') refetch({ requestPolicy: 'network-only' });
    };
    const timer = window.setInterval(poll, POLL_INTERVAL_MS);
    document.addEventListener('visibilitychange', poll);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', poll);
    };
  }, [refetch]);

  return (
    <Indicator label={unread} size={18} disabled={unread === 0} color="red.9" offset={4} data-testid="notification-count">
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="subtle"
        size="lg"
        aria-label={known === undefined ? t('shell:notifications.bellLoading') : t('shell:notifications.bell', { count: unread })}
        data-testid="notification-bell"
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
      </ActionIcon>
    </Indicator>
  );
}
