import { useTranslation } from 'react-i18next';

import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../components/format';
import { Pager } from '../../components/Pager';
import { Loading, PageTitle, QueryError } from '../../components/states';
import { usePagedQuery } from '../../components/usePagedQuery';
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
  const { t } = useTranslation(['admin', 'common']);
  const { data, fetching, error, pages } = usePagedQuery(AuditEventsQuery, {}, 'cache-and-network');
  const format = useFormat();
  return (
    <>
      <PageTitle>{t('admin:auditLog')}</PageTitle>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <DataTable
            rows={data.auditEvents.nodes}
            columns={[
              { header: t('admin:at'), cell: (event) => format.time(event.at) },
              { header: t('admin:actor'), cell: (event) => event.actor?.displayName ?? t('common:none') },
              { header: t('admin:action'), cell: (event) => event.action },
              { header: t('admin:entity'), cell: (event) => `${event.entityType} ${event.entityId}` },
            ]}
          />
          <Pager pageInfo={data.auditEvents.pageInfo} totalCount={data.auditEvents.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
