import { NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { CalendarFeed } from '../calendar/CalendarFeed';
import { notify } from '../components/notify';
import { Loading, PageTitle, QueryError } from '../components/states';
import { TableScroll } from '../components/TableScroll';
import { allMessages, problemsOf } from '../errors/problems';
import type { MailDelivery, NotificationKind } from '../gql/graphql';
import { MailPreferencesQuery, UpdateMailPreferenceMutation } from './queries';

const DELIVERIES: MailDelivery[] = ['IMMEDIATELY', 'DAILY_DIGEST', 'WEEKLY_DIGEST', 'OFF'];

/** The viewer's e-mail settings: for each kind of notification, mailed immediately, in a
 * daily or weekly digest, or not at all (the page the e-mails' footer links to). */
export function MailSettingsPage() {
  const { t } = useTranslation(['notifications', 'common']);
  const [{ data, fetching, error }] = useQuery({ query: MailPreferencesQuery });
  const [{ fetching: saving }, update] = useMutation(UpdateMailPreferenceMutation);

  async function choose(kind: NotificationKind, delivery: MailDelivery) {
    const result = await update({ input: { kind, delivery } });
    const messages = allMessages(problemsOf(t, result, result.data?.updateMailPreference.userErrors));
    if (messages.length > 0) {
      notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
    } else {
      notify(t('notifications:mail.saved', { kind: t(`notifications:kindLabel.${kind}`) }));
    }
  }

  const preferences = data?.viewer.mailPreferences;
  return (
    <>
      <PageTitle subtitle={data?.viewer.email ? t('notifications:mail.intro', { email: data.viewer.email }) : undefined}>{t('notifications:mail.title')}</PageTitle>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {preferences && (
        <Stack gap="sm">
          <TableScroll>
            <Table data-testid="mail-preferences">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('notifications:mail.kind')}</Table.Th>
                  <Table.Th>{t('notifications:mail.delivery')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preferences.map((preference) => (
                  <Table.Tr key={preference.kind}>
                    <Table.Td>{t(`notifications:kindLabel.${preference.kind}`)}</Table.Td>
                    <Table.Td>
                      <NativeSelect
                        aria-label={t('notifications:mail.deliveryOf', { kind: t(`notifications:kindLabel.${preference.kind}`) })}
                        value={preference.delivery}
                        disabled={saving}
                        onChange={(event) => void choose(preference.kind, event.currentTarget.value as MailDelivery)}
                        data={DELIVERIES.map((delivery) => ({ value: delivery, label: t(`notifications:mail.deliveries.${delivery}`) }))}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Text size="sm" c="dimmed">
            {t('notifications:mail.digestNote')}
          </Text>
        </Stack>
      )}
      <CalendarFeed />
    </>
  );
}
