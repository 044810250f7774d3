import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { PAGE_SIZE, Pager, useCursorPages } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { graphql } from '../gql';

export const OrganisationsQuery = graphql(`
  query Organisations($first: Int, $after: String) {
    organisations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        shortName
        kind
        consortiumPartner
        territory {
          id
          name
        }
      }
    }
  }
`);

/** Every organisation of the network, a page at a time. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const [{ data, fetching, error }] = useQuery({
    query: OrganisationsQuery,
    variables: { first: PAGE_SIZE, after: pages.after },
  });
  return (
    <>
      <PageTitle>{t('organisations.title')}</PageTitle>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisations.name')}</Table.Th>
                <Table.Th scope="col">{t('organisations.shortName')}</Table.Th>
                <Table.Th scope="col">{t('organisations.kind')}</Table.Th>
                <Table.Th scope="col">{t('organisations.territory')}</Table.Th>
                <Table.Th scope="col">{t('organisations.consortiumPartner')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.organisations.nodes.map((org) => (
                <Table.Tr key={org.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/organisations/${org.id}`}>
                      {org.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{org.shortName ?? t('common.none')}</Table.Td>
                  <Table.Td>{t(`kinds.${org.kind}`)}</Table.Td>
                  <Table.Td>{org.territory?.name ?? t('common.none')}</Table.Td>
                  <Table.Td>{org.consortiumPartner ? t('common.yes') : t('common.no')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager pageInfo={data.organisations.pageInfo} totalCount={data.organisations.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
