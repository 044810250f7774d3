import { Alert, Button, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { useFormat } from '../components/format';
import { notify } from '../components/notify';
import { allMessages, problemsOf } from '../errors/problems';
import { CalendarFeedQuery, CreateCalendarFeedMutation, RevokeCalendarFeedMutation } from './queries';

const context = { additionalTypenames: ['CalendarFeed'] };

/** The viewer's secret calendar address for calendar apps: created (shown this once, with a
 * copy button), replaced or revoked. */
export function CalendarFeed() {
  const { t } = useTranslation(['calendar', 'common']);
  const format = useFormat();
  const [{ data }, refetch] = useQuery({ query: CalendarFeedQuery });
  const [{ fetching: creating }, create] = useMutation(CreateCalendarFeedMutation);
  const [{ fetching: revoking }, revoke] = useMutation(RevokeCalendarFeedMutation);
  const [url, setUrl] = useState<string | null>(null);

  function fail(messages: string[]) {
    notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
  }

  async function onCreate() {
    const result = await create({}, context);
    const payload = result.data?.createCalendarFeed;
    const messages = allMessages(problemsOf(t, result, payload?.userErrors));
    if (messages.length > 0 || !payload?.path) return fail(messages);
    setUrl(`${window.location.origin}${payload.path}`);
    refetch({ requestPolicy: 'network-only' });
  }

  async function onRevoke() {
    if (!window.confirm(t('calendar:revokeConfirm'))) return;
    const result = await revoke({}, context);
    const messages = allMessages(problemsOf(t, result, result.data?.revokeCalendarFeed.userErrors));
    if (messages.length > 0) return fail(messages);
    setUrl(null);
    notify(t('calendar:revoked'));
    refetch({ requestPolicy: 'network-only' });
  }

  const feed = data?.viewer.calendarFeed;
  return (
    <Stack gap="sm" mt="xl" component="section" aria-labelledby="calendar-feed-title">
      <Title order={2} size="h3" id="calendar-feed-title">
        {t('calendar:title')}
      </Title>
      <Text size="sm">{t('calendar:intro')}</Text>
      {url && (
        <Alert color="teal.9" title={t('calendar:createdTitle')} role="status">
          <Stack gap="xs">
            <Text size="sm">{t('calendar:shownOnce')}</Text>
            <Group gap="xs" wrap="nowrap">
              <Code data-testid="calendar-url" style={{ wordBreak: 'break-all' }}>
                {url}
              </Code>
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="default" onClick={copy}>
                    {copied ? t('calendar:copied') : t('calendar:copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
      {data && (
        <Group gap="xs">
          {feed && !url && <Text size="sm">{t('calendar:activeSince', { date: format.time(feed.createdAt) })}</Text>}
          <Button variant={feed ? 'default' : 'filled'} loading={creating} onClick={() => void onCreate()}>
            {feed ? t('calendar:replace') : t('calendar:create')}
          </Button>
          {feed && (
            <Button color="red.9" variant="default" loading={revoking} onClick={() => void onRevoke()}>
              {t('calendar:revoke')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
