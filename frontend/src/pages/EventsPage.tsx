import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataTable } from '../components/DataTable';
import { useFormat } from '../components/format';
import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { NewEvent } from '../events/NewEvent';
import { EventsQuery } from '../events/queries';

/** Peer-learning events of the network; whoever may manage events creates one. */
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
          <NewEvent allowed={data.viewerCapabilities.manageEvents} />
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
