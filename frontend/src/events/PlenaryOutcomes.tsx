import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { PlenaryOutcomeFieldsFragment } from '../gql/graphql';
import { PlenaryOutcomeForm } from './PlenaryOutcomeForm';

function Outcome({ outcome, eventId, editable, onChanged }: { outcome: PlenaryOutcomeFieldsFragment; eventId: string; editable: boolean; onChanged: () => void }) {
  const { t } = useTranslation(['events']);
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <Card withBorder p="sm">
        <PlenaryOutcomeForm
          eventId={eventId}
          outcome={outcome}
          onCancel={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
        />
      </Card>
    );
  }
  return (
    <Card withBorder component="article" aria-label={outcome.heading} data-testid="plenary-outcome">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={3} size="h5">
          {outcome.heading}
        </Title>
        {editable && (
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            {t('events:edit')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {outcome.section}
        {outcome.workingGroups.length > 0 ? ` · ${outcome.workingGroups.map((g) => g.title).join(', ')}` : ''}
      </Text>
      {outcome.note && (
        <Text size="sm" fs="italic" mt="xs">
          {outcome.note}
        </Text>
      )}
      {outcome.summaryPoints.length > 0 && (
        <>
          <Text size="sm" fw={600} mt="xs">
            {t('events:summary')}
          </Text>
          <List size="sm">
            {outcome.summaryPoints.map((point, index) => (
              <List.Item key={index}>{point}</List.Item>
            ))}
          </List>
        </>
      )}
      {outcome.recommendations.length > 0 && (
        <>
          <Text size="sm" fw={600} mt="xs">
            {t('events:recommendations')}
          </Text>
          <List size="sm">
            {outcome.recommendations.map((recommendation, index) => (
              <List.Item key={index}>{recommendation}</List.Item>
            ))}
          </List>
        </>
      )}
    </Card>
  );
}

/** What the plenary sessions concluded; an editor records and edits outcomes. */
export function PlenaryOutcomes({ eventId, outcomes, editable, onChanged }: { eventId: string; outcomes: readonly PlenaryOutcomeFieldsFragment[]; editable: boolean; onChanged: () => void }) {
  const { t } = useTranslation(['events']);
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="plenary">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="plenary">
          {t('events:plenary')}
        </Title>
        {editable && !adding && (
          <Button size="xs" onClick={() => setAdding(true)}>
            {t('events:outcome.addHeading')}
          </Button>
        )}
      </Group>
      <Stack>
        {adding && (
          <Card withBorder p="sm">
            <PlenaryOutcomeForm
              eventId={eventId}
              onCancel={() => setAdding(false)}
              onDone={() => {
                setAdding(false);
                onChanged();
              }}
            />
          </Card>
        )}
        {outcomes.length === 0 && !adding && <Text c="dimmed">{t('events:outcome.none')}</Text>}
        {outcomes.map((outcome) => (
          <Outcome key={outcome.id} outcome={outcome} eventId={eventId} editable={editable} onChanged={onChanged} />
        ))}
      </Stack>
    </section>
  );
}
