import { Button, Card, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../components/format';
import { PageTitle } from '../components/states';
import type { EventFieldsFragment } from '../gql/graphql';
import { EventForm } from './EventForm';

/** The event's heading (title, venue, city, territory, dates); an editor edits it in place. */
export function EventDetails({ event, onChanged }: { event: EventFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation(['events']);
  const format = useFormat();
  const [editing, setEditing] = useState(false);
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
          <Group mt={-8}>
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {t('events:editEvent')}
            </Button>
          </Group>
        ))}
    </>
  );
}
