import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { PAGE_SIZE, Pager, useCursorPages } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
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
  const { t } = useTranslation();
  const pages = useCursorPages();
  const [{ data, fetching, error }] = useQuery({ query: TerritoriesQuery, variables: { first: PAGE_SIZE, after: pages.after } });
  return (
    <>
      <PageTitle>{t('territories.title')}</PageTitle>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('territories.name')}</Table.Th>
                <Table.Th scope="col">{t('territories.country')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.territories.nodes.map((territory) => (
                <Table.Tr key={territory.id}>
                  <Table.Td>{territory.name}</Table.Td>
                  <Table.Td>{territory.country}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager pageInfo={data.territories.pageInfo} totalCount={data.territories.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
