import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { IcsButton } from '../calendar/IcsButton';

import { useFormat } from '../components/format';
import { Loading, QueryError } from '../components/states';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useConfirmedDelete } from '../errors/useConfirmedDelete';
import type { WebinarFieldsFragment } from '../gql/graphql';
import { DeleteWebinarMutation, GroupWebinarsQuery } from './queries';
import { WebinarForm } from './WebinarForm';

interface Presenter {
  value: string;
  label: string;
}

function WebinarCard({ webinar, workingGroupId, presenters, onChanged }: { webinar: WebinarFieldsFragment; workingGroupId: string; presenters: Presenter[]; onChanged: () => void }) {
  const { t } = useTranslation(['webinars', 'common']);
  const format = useFormat();
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const [, deleteWebinar] = useMutation(DeleteWebinarMutation);
  const cancellation = useConfirmedDelete({
    confirmation: t('webinars:confirmCancel', { title: webinar.title }),
    remove: async () => {
      const result = await deleteWebinar({ input: { id: webinar.id } });
      return { result, userErrors: result.data?.deleteWebinar.userErrors };
    },
    done: t('webinars:cancelled'),
    onDeleted: onChanged,
    labels: { id: t('webinars:webinarField') },
  });
  return (
    <Card withBorder component="article" aria-labelledby={titleId} data-testid="webinar" data-webinar-id={webinar.id} p="sm">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start">
          <Title order={4} size="h6" id={titleId}>
            {webinar.title}
          </Title>
          <Group gap="xs">
            <IcsButton kind="webinars" id={webinar.id} name={webinar.title} />
            {webinar.viewerCanUpdate && !editing && (
              <>
                <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                  {t('webinars:edit')}
                </Button>
                <Button
                  size="xs"
                  color="red.9"
                  variant="outline"
                  loading={cancellation.deleting}
                  aria-label={t('webinars:cancelNamed', { title: webinar.title })}
                  onClick={cancellation.run}
                >
                  {t('webinars:cancelWebinar')}
                </Button>
              </>
            )}
          </Group>
        </Group>
        <ProblemsAlert messages={cancellation.messages} testId="webinar-cancel-problems" />
        {editing ? (
          <WebinarForm
            workingGroupId={workingGroupId}
            webinar={webinar}
            presenters={presenters}
            onCancel={() => setEditing(false)}
            onDone={() => {
              setEditing(false);
              onChanged();
            }}
          />
        ) : (
          <>
            <Text size="sm">
              {format.time(webinar.startsAt, webinar.timeZone)} ({webinar.timeZone})
            </Text>
            <Text size="sm">
              {t('webinars:presenters')}: {webinar.presenters.map((p) => p.name).join(', ') || t('common:none')}
            </Text>
            {webinar.attendance !== null && webinar.attendance !== undefined && (
              <Text size="sm">
                {t('webinars:attendance')}: {format.number(webinar.attendance)}
              </Text>
            )}
            {webinar.goodPractices.length > 0 && (
              <Text size="sm" data-testid="webinar-practices">
                {t('webinars:goodPractices')}: {webinar.goodPractices.map((g) => g.title).join('; ')}
              </Text>
            )}
            {webinar.recordingUrl && (
              <Text size="sm">
                <Anchor href={webinar.recordingUrl} target="_blank" rel="noopener noreferrer" data-testid="webinar-recording">
                  {t('webinars:recording')}
                </Anchor>
              </Text>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

/** A working group's webinars. Whoever the API lets schedule them (the group's
 * `viewerCanScheduleWebinar`: its leading members and the coordinator) schedules one; whoever
 * may edit a webinar (`viewerCanUpdate`) edits it, or cancels it after a confirmation. */
export function Webinars({ workingGroupId }: { workingGroupId: string }) {
  const { t } = useTranslation(['webinars', 'common']);
  const [{ data, fetching, error }, refetch] = useQuery({ query: GroupWebinarsQuery, variables: { workingGroupId } });
  const [scheduling, setScheduling] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const group = data?.workingGroup;

  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  if (!group) return null;
  const presenters = group.memberships.map((m) => ({ value: m.organisation.id, label: m.organisation.name }));

  return (
    <section aria-labelledby="webinars" data-testid="webinars">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="webinars">
          {t('webinars:title')}
        </Title>
        {group.viewerCanScheduleWebinar && !scheduling && <Button onClick={() => setScheduling(true)}>{t('webinars:schedule')}</Button>}
      </Group>
      <Stack gap="xs">
        {scheduling && (
          <Card withBorder p="sm">
            <WebinarForm
              workingGroupId={group.id}
              presenters={presenters}
              onCancel={() => setScheduling(false)}
              onDone={() => {
                setScheduling(false);
                reload();
              }}
            />
          </Card>
        )}
        {group.webinars.length === 0 ? (
          <Text c="dimmed">{t('webinars:none')}</Text>
        ) : (
          group.webinars.map((w) => <WebinarCard key={w.id} webinar={w} workingGroupId={group.id} presenters={presenters} onChanged={reload} />)
        )}
      </Stack>
    </section>
  );
}
