import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { PAGE_SIZE, Pager, useCursorPages } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
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
  const { t } = useTranslation();
  const pages = useCursorPages();
  const [{ data, fetching, error }] = useQuery({ query: ThematicAreasQuery, variables: { first: PAGE_SIZE, after: pages.after } });
  return (
    <>
      <PageTitle>{t('thematicAreas.title')}</PageTitle>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('thematicAreas.number')}</Table.Th>
                <Table.Th scope="col">{t('thematicAreas.titleColumn')}</Table.Th>
                <Table.Th scope="col">{t('thematicAreas.description')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.thematicAreas.nodes.map((area) => (
                <Table.Tr key={area.id}>
                  <Table.Td>{area.number}</Table.Td>
                  <Table.Td>{area.title}</Table.Td>
                  <Table.Td>{area.description}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager pageInfo={data.thematicAreas.pageInfo} totalCount={data.thematicAreas.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
