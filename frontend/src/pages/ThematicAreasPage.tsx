import { useTranslation } from 'react-i18next';

import { DataTable } from '../components/DataTable';
import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { graphql } from '../gql';

const ThematicAreasQuery = graphql(`
  query ThematicAreas($first: Int, $after: String) {
    thematicAreas(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        title
        description
      }
    }
  }
`);

/** The learning themes of the programme. */
export function ThematicAreasPage() {
  const { t } = useTranslation('network');
  const { data, fetching, error, pages } = usePagedQuery(ThematicAreasQuery, {});
  return (
    <>
      <PageTitle>{t('network:thematicAreas.title')}</PageTitle>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <DataTable
            rows={data.thematicAreas.nodes}
            columns={[
              { header: t('network:thematicAreas.number'), cell: (area) => area.number },
              { header: t('network:thematicAreas.titleColumn'), cell: (area) => area.title },
              { header: t('network:thematicAreas.description'), cell: (area) => area.description },
            ]}
          />
          <Pager pageInfo={data.thematicAreas.pageInfo} totalCount={data.thematicAreas.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
