import { Badge, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { useFormat } from '../components/format';
import { notify } from '../components/notify';
import { allMessages, problemsOf } from '../errors/problems';
import type { WebhookFieldsFragment } from '../gql/graphql';
import { Deliveries } from './Deliveries';
import { DeleteWebhookMutation, RotateWebhookSecretMutation } from './queries';
import { WebhookForm } from './WebhookForm';
import { WebhookSecret } from './WebhookSecret';

/** One webhook: endpoint, scope, events, state and latest deliveries; whoever may change it
 * edits it in place, deletes it or rotates its signing secret (each after a confirmation; the
 * new secret is shown once) and sends a delivery again. */
export function WebhookCard({ webhook, onChanged }: { webhook: WebhookFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation(['webhooks', 'common']);
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const [deleting, deleteWebhook] = useMutation(DeleteWebhookMutation);
  const [rotating, rotateSecret] = useMutation(RotateWebhookSecretMutation);
  const [secret, setSecret] = useState<string | null>(null);

  async function remove() {
    if (!window.confirm(t('webhooks:confirmDelete', { url: webhook.url }))) return;
    const result = await deleteWebhook({ input: { id: webhook.id } });
    const messages = allMessages(problemsOf(t, result, result.data?.deleteWebhook.userErrors));
    if (messages.length > 0) notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
    else notify(t('webhooks:deleted'));
    onChanged();
  }

  async function rotate() {
    if (!window.confirm(t('webhooks:confirmRotate', { url: webhook.url }))) return;
    setSecret(null);
    const result = await rotateSecret({ input: { id: webhook.id } });
    const payload = result.data?.rotateWebhookSecret;
    const messages = allMessages(problemsOf(t, result, payload?.userErrors, { id: t('webhooks:webhookField') }));
    if (messages.length > 0) notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
    else if (payload?.secret) setSecret(payload.secret);
  }

  return (
    <Card withBorder component="article" aria-label={webhook.url} data-testid="webhook" p="sm">
      {editing ? (
        <WebhookForm
          webhook={webhook}
          onCancel={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
        />
      ) : (
        <Stack gap={6}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Title order={2} size="h6" style={{ wordBreak: 'break-all' }}>
              <Code>{webhook.url}</Code>
            </Title>
            <Badge color={webhook.active ? 'teal.9' : 'gray.7'} style={{ flexShrink: 0 }}>
              {webhook.active ? t('webhooks:active') : t('webhooks:paused')}
            </Badge>
          </Group>
          <Text size="sm">
            {t('webhooks:scope')}: {webhook.organisation?.name ?? t('webhooks:networkWide')}
          </Text>
          <Text size="sm">
            {t('webhooks:events')}: {webhook.events.map((e) => t(`webhooks:event.${e}`)).join(', ')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('webhooks:registered', { when: format.time(webhook.createdAt), who: webhook.createdBy?.displayName ?? t('common:none') })}
          </Text>
          <Deliveries deliveries={webhook.deliveries} webhookId={webhook.id} canRedeliver={webhook.viewerCanUpdate} onRedelivered={onChanged} />
          {secret && <WebhookSecret secret={secret} title={t('webhooks:rotatedTitle', { url: webhook.url })} onClose={() => setSecret(null)} />}
          {webhook.viewerCanUpdate && (
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                {t('webhooks:edit')}
              </Button>
              <Button
                size="xs"
                variant="outline"
                loading={rotating.fetching}
                aria-label={t('webhooks:rotateLabel', { url: webhook.url })}
                onClick={() => void rotate()}
              >
                {t('webhooks:rotate')}
              </Button>
              <Button size="xs" color="red.9" variant="outline" loading={deleting.fetching} onClick={() => void remove()}>
                {t('webhooks:delete')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Card>
  );
}
