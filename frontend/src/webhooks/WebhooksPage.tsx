import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { NETWORK_WIDE } from './events';
import { WebhooksQuery, WebhookScopesQuery } from './queries';
import { WebhookCard } from './WebhookCard';
import { WebhookForm } from './WebhookForm';
import { WebhookSecret } from './WebhookSecret';

/** The webhooks the viewer may see (every hook for the coordinator, its organisation's for a
 * member) with their latest deliveries. Whoever may manage some hooks (`manageEveryWebhook`,
 * an organisation's `viewerCanManageWebhooks`) registers one and sees its secret once. */
export function WebhooksPage() {
  const { t } = useTranslation(['webhooks', 'common']);
  const { data, fetching, error, pages, refetch } = usePagedQuery(WebhooksQuery, {}, 'cache-and-network');
  const [{ data: scopeData }] = useQuery({ query: WebhookScopesQuery });
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const scopes = [
    ...(scopeData?.viewerCapabilities.manageEveryWebhook ? [{ value: NETWORK_WIDE, label: t('webhooks:networkWide') }] : []),
    ...(scopeData?.organisations.nodes.filter((o) => o.viewerCanManageWebhooks).map((o) => ({ value: o.id, label: o.name })) ?? []),
  ];
  const hooks = data?.webhooks;

  return (
    <>
      <Group justify="space-between">
        <PageTitle>{t('webhooks:title')}</PageTitle>
        {scopes.length > 0 && !creating && (
          <Button
            onClick={() => {
              setSecret(null);
              setCreating(true);
            }}
          >
            {t('webhooks:create')}
          </Button>
        )}
      </Group>
      <Text mb="md">{t('webhooks:intro')}</Text>
      {secret && <WebhookSecret secret={secret} onClose={() => setSecret(null)} />}
      {creating && (
        <Card withBorder p="sm" mb="md">
          <WebhookForm
            scopes={scopes}
            onCreated={setSecret}
            onCancel={() => setCreating(false)}
            onDone={() => {
              setCreating(false);
              reload();
            }}
          />
        </Card>
      )}
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {hooks && (
        <Stack gap="sm">
          {hooks.totalCount === 0 && <Text c="dimmed">{t('webhooks:none')}</Text>}
          {hooks.nodes.map((hook) => (
            <WebhookCard key={hook.id} webhook={hook} onChanged={reload} />
          ))}
          <Pager pageInfo={hooks.pageInfo} totalCount={hooks.totalCount} pages={pages} />
        </Stack>
      )}
    </>
  );
}
