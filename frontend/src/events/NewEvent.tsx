import { Button, Card, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { EventForm } from './EventForm';

/** "New event" for whoever the API lets manage events (`viewerCapabilities.manageEvents`);
 * once created, the event's page opens. */
export function NewEvent({ allowed }: { allowed: boolean }) {
  const { t } = useTranslation(['events']);
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  if (!allowed) return null;
  if (!open) {
    return (
      <Group mb="md">
        <Button onClick={() => setOpen(true)}>{t('events:newEvent')}</Button>
      </Group>
    );
  }
  return (
    <Card withBorder mb="md" p="sm">
      <EventForm onCancel={() => setOpen(false)} onDone={(id) => void navigate(`/events/${id}`)} />
    </Card>
  );
}
