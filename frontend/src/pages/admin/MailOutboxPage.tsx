import { Badge, Group, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../components/format';
import { Pager } from '../../components/Pager';
import { Loading, PageTitle, QueryError } from '../../components/states';
import { usePagedQuery } from '../../components/usePagedQuery';
import { graphql } from '../../gql';
import type { MailStatus } from '../../gql/graphql';

const MailOutboxCountsQuery = graphql(`
  query MailOutboxCounts {
    mailOutboxCounts {
      pending
      sent
      dropped
    }
  }
`);

const MailOutboxQuery = graphql(`
  query MailOutbox($status: MailStatus!, $first: Int, $after: String) {
    mailOutbox(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        recipient {
          id
          displayName
        }
        digest
        status
        attempts
        createdAt
        finishedAt
      }
    }
  }
`);

const STATUSES: MailStatus[] = ['PENDING', 'SENT', 'DROPPED'];

/** The mail outbox (coordinator only): what waits for the SMTP server — everything, when
 * none is configured — what was sent, and what was dropped. */
export function MailOutboxPage() {
  const { t } = useTranslation(['admin', 'common']);
  const format = useFormat();
  const [status, setStatus] = useState<MailStatus>('PENDING');
  const [{ data: counts }] = useQuery({ query: MailOutboxCountsQuery, requestPolicy: 'cache-and-network' });
  const { data, fetching, error, pages } = usePagedQuery(MailOutboxQuery, { status }, 'cache-and-network');
  const count = (s: MailStatus) => {
    const all = counts?.mailOutboxCounts;
    if (!all) return '';
    return ` (${s === 'PENDING' ? all.pending : s === 'SENT' ? all.sent : all.dropped})`;
  };
  return (
    <>
      <PageTitle subtitle={t('admin:mail.intro')}>{t('admin:mail.title')}</PageTitle>
      <SegmentedControl
        mb="md"
        value={status}
        onChange={(value) => setStatus(STATUSES.find((s) => s === value) ?? 'PENDING')}
        aria-label={t('admin:mail.show')}
        data={STATUSES.map((s) => ({ value: s, label: `${t(`admin:mail.status.${s}`)}${count(s)}` }))}
      />
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && data.mailOutbox.nodes.length === 0 && <Text c="dimmed">{t('admin:mail.none')}</Text>}
      {data && data.mailOutbox.nodes.length > 0 && (
        <>
          <DataTable
            rows={data.mailOutbox.nodes}
            columns={[
              { header: t('admin:mail.queued'), cell: (mail) => format.time(mail.createdAt) },
              { header: t('admin:mail.recipient'), cell: (mail) => mail.recipient?.displayName ?? t('common:none') },
              {
                header: t('admin:mail.kind'),
                cell: (mail) => (mail.digest ? t(`admin:mail.digest.${mail.digest === 'WEEKLY' ? 'WEEKLY' : 'DAILY'}`) : t('admin:mail.single')),
              },
              {
                header: t('admin:mail.state'),
                cell: (mail) => (
                  <Group gap="xs">
                    <Badge variant="light" color={mail.status === 'SENT' ? 'teal.9' : mail.status === 'DROPPED' ? 'gray.9' : 'orange.9'}>
                      {t(`admin:mail.status.${mail.status}`)}
                    </Badge>
                    {mail.attempts > 0 && mail.status === 'PENDING' && <Text size="xs">{t('admin:mail.attempts', { count: mail.attempts })}</Text>}
                  </Group>
                ),
              },
              { header: t('admin:mail.finished'), cell: (mail) => (mail.finishedAt ? format.time(mail.finishedAt) : '') },
            ]}
          />
          <Pager pageInfo={data.mailOutbox.pageInfo} totalCount={data.mailOutbox.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
