import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataTable } from '../components/DataTable';
import { useFormat } from '../components/format';
import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
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
  const { t } = useTranslation('events');
  const { data, fetching, error, pages } = usePagedQuery(EventsQuery, {});
  const format = useFormat();
  return (
    <>
      <PageTitle>{t('events:title')}</PageTitle>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <DataTable
            rows={data.events.nodes}
            columns={[
              {
                header: t('events:title'),
                cell: (event) => (
                  <Anchor component={Link} to={`/events/${event.id}`}>
                    {event.title}
                  </Anchor>
                ),
              },
              { header: t('events:venue'), cell: (event) => `${event.venue}, ${event.city}` },
              {
                header: t('events:dates'),
                cell: (event) => `${format.day(event.startDate)} – ${format.day(event.endDate)}`,
              },
            ]}
          />
          <Pager pageInfo={data.events.pageInfo} totalCount={data.events.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
