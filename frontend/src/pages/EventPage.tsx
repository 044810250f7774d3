import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';

import { IcsButton } from '../calendar/IcsButton';
import { Loading, QueryError } from '../components/states';
import { Agenda } from '../events/Agenda';
import { EventDetails } from '../events/EventDetails';
import { Participants } from '../events/Participants';
import { PlenaryOutcomes } from '../events/PlenaryOutcomes';
import { EventQuery } from '../events/queries';

/** An event: the agenda as a day-by-day timetable, the plenary outcomes and the participants.
 * Whoever may edit the event (`viewerCanUpdate`) edits all of them in place. */
export function EventPage() {
  const { t } = useTranslation(['events', 'common']);
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: EventQuery, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  const event = data?.event;
  if (!event) return <Text>{t('common:notFound')}</Text>;
  return (
    <Stack>
      <EventDetails event={event} onChanged={reload} />
      <div>
        <IcsButton kind="events" id={event.id} name={event.title} />
      </div>
      <Agenda eventId={event.id} startDate={event.startDate} endDate={event.endDate} days={event.days} agenda={event.agenda} editable={event.viewerCanUpdate} onChanged={reload} />
      <PlenaryOutcomes eventId={event.id} outcomes={event.plenaryOutcomes} editable={event.viewerCanUpdate} onChanged={reload} />
      <section aria-labelledby="participants">
        <Title order={2} size="h4" id="participants" mb="xs">
          {t('events:participants')}
        </Title>
        <Participants eventId={event.id} />
      </section>
    </Stack>
  );
}
