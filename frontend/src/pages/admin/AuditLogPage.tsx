import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { PAGE_SIZE, Pager, useCursorPages } from '../../components/Pager';
import { Loading, PageTitle, QueryError } from '../../components/states';
import { graphql } from '../../gql';

const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int, $after: String) {
    auditEvents(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        action
        entityType
        entityId
        at
        actor {
          id
          displayName
        }
      }
    }
  }
`);

/** Every successful change, newest first (coordinator only; others see "not allowed"). */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const pages = useCursorPages();
  const [{ data, fetching, error }] = useQuery({
    query: AuditEventsQuery,
    variables: { first: PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <PageTitle>{t('admin.auditLog')}</PageTitle>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.at')}</Table.Th>
                <Table.Th scope="col">{t('admin.actor')}</Table.Th>
                <Table.Th scope="col">{t('admin.action')}</Table.Th>
                <Table.Th scope="col">{t('admin.entity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.auditEvents.nodes.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>{format.format(new Date(event.at))}</Table.Td>
                  <Table.Td>{event.actor?.displayName ?? t('common.none')}</Table.Td>
                  <Table.Td>{event.action}</Table.Td>
                  <Table.Td>
                    {event.entityType} {event.entityId}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager pageInfo={data.auditEvents.pageInfo} totalCount={data.auditEvents.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
