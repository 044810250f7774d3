import { useTranslation } from 'react-i18next';

import { DataTable } from '../components/DataTable';
import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { graphql } from '../gql';

const TerritoriesQuery = graphql(`
  query Territories($first: Int, $after: String) {
    territories(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        country
      }
    }
  }
`);

/** The partner cities and regions. */
export function TerritoriesPage() {
  const { t } = useTranslation('network');
  const { data, fetching, error, pages } = usePagedQuery(TerritoriesQuery, {});
  return (
    <>
      <PageTitle>{t('network:territories.title')}</PageTitle>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <DataTable
            rows={data.territories.nodes}
            columns={[
              { header: t('network:territories.name'), cell: (territory) => territory.name },
              { header: t('network:territories.country'), cell: (territory) => territory.country },
            ]}
          />
          <Pager pageInfo={data.territories.pageInfo} totalCount={data.territories.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
