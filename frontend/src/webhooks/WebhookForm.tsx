import { Button, Checkbox, Group, Select, Stack, Switch, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { cancelOnEscape } from '../components/cancelOnEscape';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import type { WebhookEvent, WebhookFieldsFragment } from '../gql/graphql';
import { NETWORK_WIDE, WEBHOOK_EVENTS } from './events';
import { CreateWebhookMutation, UpdateWebhookMutation } from './queries';

interface WebhookFormProps {
  /** The hook to edit; none to register a new one. */
  webhook?: WebhookFieldsFragment;
  /** Where a new hook may be registered (an organisation id, or `NETWORK_WIDE`), the first
   * chosen by default; unused when editing. */
  scopes?: { value: string; label: string }[];
  /** Called after a new hook was registered, with its signing secret (shown once). */
  onCreated?: (secret: string) => void;
  onDone: () => void;
  onCancel: () => void;
}

/** Registers or edits a webhook: its endpoint and events; a new one also its scope (an
 * organisation or the whole network), an existing one whether it is active. */
export function WebhookForm({ webhook, scopes = [], onCreated, onDone, onCancel }: WebhookFormProps) {
  const { t } = useTranslation(['webhooks', 'common']);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [creating, create] = useMutation(CreateWebhookMutation);
  const [updating, update] = useMutation(UpdateWebhookMutation);
  const [url, setUrl] = useState(webhook?.url ?? '');
  const [events, setEvents] = useState<string[]>(webhook?.events ?? []);
  const [scope, setScope] = useState<string | null>(scopes[0]?.value ?? null);
  const [active, setActive] = useState(webhook?.active ?? true);
  const problems = useMutationProblems({
    url: t('webhooks:url'),
    events: t('webhooks:events'),
    organisationId: t('webhooks:scope'),
    active: t('webhooks:activeField'),
  });

  useEffect(() => {
    first.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = events as WebhookEvent[];
    if (webhook) {
      const result = await update({ input: { id: webhook.id, url: url.trim(), events: chosen, active } });
      if (!problems.check(result, result.data?.updateWebhook.userErrors)) return;
      notify(t('common:saved'));
    } else {
      const organisationId = scope && scope !== NETWORK_WIDE ? scope : null;
      const result = await create({ input: { url: url.trim(), events: chosen, organisationId } });
      const payload = result.data?.createWebhook;
      if (!problems.check(result, payload?.userErrors)) return;
      if (payload?.secret) onCreated?.(payload.secret);
    }
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} onKeyDown={cancelOnEscape(onCancel)}>
      <Stack gap="xs">
        <Title order={2} size="h5" id={titleId}>
          {webhook ? t('webhooks:editTitle', { url: webhook.url }) : t('webhooks:createTitle')}
        </Title>
        <ProblemsAlert messages={problems.page} />
        <TextInput
          ref={first}
          type="url"
          label={t('webhooks:url')}
          description={t('webhooks:urlHelp')}
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          required
          maxLength={2000}
          error={problems.field('url')}
        />
        {!webhook && scopes.length > 0 && (
          <Select
            label={t('webhooks:scope')}
            data={scopes}
            value={scope}
            onChange={setScope}
            allowDeselect={false}
            searchable={scopes.length > 8}
            error={problems.field('organisationId')}
          />
        )}
        <Checkbox.Group label={t('webhooks:events')} value={events} onChange={setEvents} error={problems.field('events')} withAsterisk>
          <Stack gap={6} mt={6}>
            {WEBHOOK_EVENTS.map((name) => (
              <Checkbox key={name} value={name} label={t(`webhooks:event.${name}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        {webhook && (
          <Switch
            label={t('webhooks:activeField')}
            description={t('webhooks:activeHelp')}
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
            error={problems.field('active')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={creating.fetching || updating.fetching} disabled={!url.trim()}>
            {webhook ? t('webhooks:save') : t('webhooks:create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
