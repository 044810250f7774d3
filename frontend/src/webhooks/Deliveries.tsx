import { Badge, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { type Column, DataTable } from '../components/DataTable';
import { useFormat } from '../components/format';
import { notify } from '../components/notify';
import { allMessages, problemsOf } from '../errors/problems';
import type { WebhookDeliveryStatus, WebhookFieldsFragment } from '../gql/graphql';
import { RedeliverWebhookDeliveryMutation } from './queries';

const STATUS_COLOR: Record<WebhookDeliveryStatus, string> = { PENDING: 'blue.9', DELIVERED: 'teal.9', FAILED: 'red.9' };

type Delivery = WebhookFieldsFragment['deliveries']['nodes'][number];

interface DeliveriesProps {
  deliveries: WebhookFieldsFragment['deliveries'];
  /** The hook the deliveries belong to. */
  webhookId: string;
  /** Whether the viewer manages the hook: then each delivery can be sent again. */
  canRedeliver?: boolean;
  /** Called after a delivery was queued again (to show the new one). */
  onRedelivered?: () => void;
}

/** A webhook's latest deliveries: event, where each stands, attempts and the receiver's
 * answer; whoever manages the hook sends one again (as a new delivery, queued now). */
export function Deliveries({ deliveries, webhookId, canRedeliver = false, onRedelivered }: DeliveriesProps) {
  const { t } = useTranslation(['webhooks', 'common']);
  const format = useFormat();
  const [, redeliver] = useMutation(RedeliverWebhookDeliveryMutation);
  const [sending, setSending] = useState<string | null>(null);

  async function send(delivery: Delivery) {
    setSending(delivery.id);
    const result = await redeliver({ input: { webhookId, deliveryId: delivery.id } });
    setSending(null);
    const messages = allMessages(problemsOf(t, result, result.data?.redeliverWebhookDelivery.userErrors, {
      webhookId: t('webhooks:webhookField'),
      deliveryId: t('webhooks:delivery.field'),
    }));
    if (messages.length > 0) {
      notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
      return;
    }
    notify(t('webhooks:redelivered'));
    onRedelivered?.();
  }

  if (deliveries.totalCount === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('webhooks:noDeliveries')}
      </Text>
    );
  }
  const columns: Column<Delivery>[] = [
    { header: t('webhooks:delivery.when'), cell: (d) => format.time(d.createdAt) },
    { header: t('webhooks:delivery.event'), cell: (d) => t(`webhooks:event.${d.event}`) },
    { header: t('webhooks:delivery.status'), cell: (d) => <Badge color={STATUS_COLOR[d.status]}>{t(`webhooks:status.${d.status}`)}</Badge> },
    { header: t('webhooks:delivery.attempts'), cell: (d) => format.number(d.attempts) },
    { header: t('webhooks:delivery.response'), cell: (d) => (d.responseStatus === null || d.responseStatus === undefined ? t('webhooks:delivery.noResponse') : String(d.responseStatus)) },
  ];
  if (canRedeliver) {
    columns.push({
      header: t('webhooks:delivery.actions'),
      cell: (d) => (
        <Button
          size="compact-xs"
          variant="default"
          loading={sending === d.id}
          disabled={sending !== null && sending !== d.id}
          aria-label={t('webhooks:redeliverLabel', { event: t(`webhooks:event.${d.event}`), when: format.time(d.createdAt) })}
          onClick={() => void send(d)}
        >
          {t('webhooks:redeliver')}
        </Button>
      ),
    });
  }
  return (
    <>
      <Text size="sm" fw={600}>
        {t('webhooks:latestDeliveries', { shown: deliveries.nodes.length, count: deliveries.totalCount })}
      </Text>
      <DataTable testId="webhook-deliveries" rows={deliveries.nodes} columns={columns} />
    </>
  );
}
