import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';

import { useFormat } from '../components/format';
import { notify } from '../components/notify';
import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { allMessages, problemsOf } from '../errors/problems';
import type { NotificationKind } from '../gql/graphql';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation, NOTIFICATION_TYPENAMES, NotificationsQuery } from './queries';

const context = { additionalTypenames: NOTIFICATION_TYPENAMES };

interface Item {
  id: string;
  kind: NotificationKind;
  path: string;
  excerpt?: string | null;
  createdAt: string;
  readAt?: string | null;
  actor?: { displayName: string } | null;
}

/** The viewer's notifications, newest first: each links to the place it is about (and is
 * marked read when opened); one or all can be marked read. */
export function NotificationsPage() {
  const { t } = useTranslation(['notifications', 'common']);
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const { data, fetching, error, pages, refetch } = usePagedQuery(NotificationsQuery, { unreadOnly: filter === 'unread' }, 'cache-and-network');
  const [, markRead] = useMutation(MarkNotificationReadMutation);
  const [, markAll] = useMutation(MarkAllNotificationsReadMutation);
  const format = useFormat();
  const [seenAt] = useState(() => new Date().toISOString());

  function report(result: Parameters<typeof problemsOf>[1], userErrors: Parameters<typeof problemsOf>[2]) {
    const messages = allMessages(problemsOf(t, result, userErrors));
    if (messages.length > 0) notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
  }

  async function read(id: string) {
    const result = await markRead({ input: { id } }, context);
    report(result, result.data?.markNotificationRead.userErrors);
  }

  async function readAll() {
    // Only what the viewer has seen: a notification arriving meanwhile stays unread.
    const result = await markAll({ input: { upTo: seenAt } }, context);
    report(result, result.data?.markAllNotificationsRead.userErrors);
    refetch({ requestPolicy: 'network-only' });
  }

  const message = (item: Item) => t(`notifications:kind.${item.kind}`, { actor: item.actor?.displayName ?? t('notifications:someone') });
  const list = data?.viewer.notifications;
  const unread = data?.viewer.unreadNotificationCount ?? 0;
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('notifications:title')}</PageTitle>
        <Group gap="xs">
          <Button component={Link} to="/settings/notifications" variant="default">
            {t('notifications:mail.link')}
          </Button>
          <Button onClick={() => void readAll()} disabled={unread === 0} data-testid="mark-all-read">
            {t('notifications:markAllRead')}
          </Button>
        </Group>
      </Group>
      <SegmentedControl
        mb="md"
        value={filter}
        onChange={(value) => setFilter(value === 'unread' ? 'unread' : 'all')}
        aria-label={t('notifications:show')}
        data={[
          { value: 'all', label: t('notifications:all') },
          { value: 'unread', label: t('notifications:unread', { count: unread }) },
        ]}
      />
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {list && list.nodes.length === 0 && <Text c="dimmed">{t('notifications:none')}</Text>}
      {list && list.nodes.length > 0 && (
        <Stack gap="xs" component="ul" p={0} style={{ listStyle: 'none' }} data-testid="notifications">
          {list.nodes.map((item) => (
            <Paper key={item.id} component="li" withBorder p="sm" data-testid="notification" data-unread={item.readAt ? undefined : 'true'}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={4}>
                  <Group gap="xs">
                    {!item.readAt && (
                      <Badge size="sm" color="red.9">
                        {t('notifications:new')}
                      </Badge>
                    )}
                    <Anchor component={Link} to={item.path} fw={item.readAt ? undefined : 600} onClick={() => void (item.readAt ? undefined : read(item.id))}>
                      {message(item)}
                    </Anchor>
                  </Group>
                  {item.excerpt && (
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {item.excerpt}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    <time dateTime={item.createdAt} title={format.time(item.createdAt)}>
                      {format.relative(item.createdAt)}
                    </time>
                  </Text>
                </Stack>
                {!item.readAt && (
                  <Button size="compact-sm" variant="subtle" onClick={() => void read(item.id)}>
                    {t('notifications:markRead')}
                    <VisuallyHidden>: {message(item)}</VisuallyHidden>
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {list && <Pager pageInfo={list.pageInfo} totalCount={list.totalCount} pages={pages} />}
    </>
  );
}
