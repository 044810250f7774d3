import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { PAGE_SIZE, Pager, useCursorPages } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { graphql } from '../gql';

const EventsQuery = graphql(`
  query Events($first: Int, $after: String) {
    events(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        venue
        city
        startDate
        endDate
      }
    }
  }
`);

/** Peer-learning events of the network. */
export function EventsPage() {
  const { t, i18n } = useTranslation();
  const pages = useCursorPages();
  const [{ data, fetching, error }] = useQuery({ query: EventsQuery, variables: { first: PAGE_SIZE, after: pages.after } });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <>
      <PageTitle>{t('events.title')}</PageTitle>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('events.title')}</Table.Th>
                <Table.Th scope="col">{t('events.venue')}</Table.Th>
                <Table.Th scope="col">{t('events.dates')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.events.nodes.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/events/${event.id}`}>
                      {event.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {event.venue}, {event.city}
                  </Table.Td>
                  <Table.Td>
                    {date.format(new Date(event.startDate))} – {date.format(new Date(event.endDate))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager pageInfo={data.events.pageInfo} totalCount={data.events.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
