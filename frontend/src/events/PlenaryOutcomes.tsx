import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { notify } from '../components/notify';
import { allMessages, problemsOf } from '../errors/problems';
import type { PlenaryOutcomeFieldsFragment } from '../gql/graphql';
import { DeletePlenaryOutcomeMutation } from './mutations';
import { PlenaryOutcomeForm } from './PlenaryOutcomeForm';

function Outcome({ outcome, eventId, editable, onChanged }: { outcome: PlenaryOutcomeFieldsFragment; eventId: string; editable: boolean; onChanged: () => void }) {
  const { t } = useTranslation(['events', 'errors', 'common']);
  const [editing, setEditing] = useState(false);
  const [deleting, deleteOutcome] = useMutation(DeletePlenaryOutcomeMutation);

  async function remove() {
    if (!window.confirm(t('events:outcome.confirmDelete', { heading: outcome.heading }))) return;
    const result = await deleteOutcome({ input: { id: outcome.id } });
    const messages = allMessages(problemsOf(t, result, result.data?.deletePlenaryOutcome.userErrors));
    if (messages.length > 0) notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
    else notify(t('events:outcome.deleted'));
    onChanged();
  }

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
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {t('events:edit')}
            </Button>
            <Button size="xs" color="red.9" variant="outline" loading={deleting.fetching} aria-label={t('events:outcome.deleteNamed', { heading: outcome.heading })} onClick={() => void remove()}>
              {t('events:delete')}
            </Button>
          </Group>
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

/** What the plenary sessions concluded; an editor records, edits and (after a confirmation)
 * deletes outcomes. */
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
