import { Button, Card, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';

import { useFormat } from '../components/format';
import { PageTitle } from '../components/states';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useConfirmedDelete } from '../errors/useConfirmedDelete';
import type { EventFieldsFragment } from '../gql/graphql';
import { EventForm } from './EventForm';
import { DeleteEventMutation } from './mutations';

/** The event's heading (title, venue, city, territory, dates); an editor edits it in place,
 * or deletes it with its agenda, participants and outcomes after a confirmation and goes
 * back to the list of events. */
export function EventDetails({ event, onChanged }: { event: EventFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation(['events']);
  const format = useFormat();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [, deleteEvent] = useMutation(DeleteEventMutation);
  const deletion = useConfirmedDelete({
    confirmation: t('events:confirmDeleteEvent', { title: event.title }),
    remove: async () => {
      const result = await deleteEvent({ input: { id: event.id } });
      return { result, userErrors: result.data?.deleteEvent.userErrors };
    },
    done: t('events:eventDeleted'),
    onDeleted: () => void navigate('/events'),
    labels: { id: t('events:eventField') },
  });
  const place = [event.venue, event.city, event.territory?.name].filter(Boolean).join(', ');
  const dates = event.datesText ?? `${format.day(event.startDate)} – ${format.day(event.endDate)}`;
  return (
    <>
      <PageTitle subtitle={`${place} · ${dates}`}>{event.title}</PageTitle>
      {event.viewerCanUpdate &&
        (editing ? (
          <Card withBorder p="sm">
            <EventForm
              event={event}
              onCancel={() => setEditing(false)}
              onDone={() => {
                setEditing(false);
                onChanged();
              }}
            />
          </Card>
        ) : (
          <>
            <Group mt={-8}>
              <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                {t('events:editEvent')}
              </Button>
              <Button size="xs" color="red.9" variant="outline" loading={deletion.deleting} onClick={deletion.run}>
                {t('events:deleteEvent')}
              </Button>
            </Group>
            <ProblemsAlert messages={deletion.messages} testId="event-delete-problems" />
          </>
        ))}
    </>
  );
}
