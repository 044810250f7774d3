import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { DataTable } from '../components/DataTable';
import { useFormat } from '../components/format';
import type { WebhookDeliveryStatus, WebhookFieldsFragment } from '../gql/graphql';

const STATUS_COLOR: Record<WebhookDeliveryStatus, string> = { PENDING: 'yellow.9', DELIVERED: 'teal.9', FAILED: 'red.9' };

/** A webhook's latest deliveries: event, where each stands, attempts and the receiver's answer. */
export function Deliveries({ deliveries }: { deliveries: WebhookFieldsFragment['deliveries'] }) {
  const { t } = useTranslation(['webhooks', 'common']);
  const format = useFormat();
  if (deliveries.totalCount === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('webhooks:noDeliveries')}
      </Text>
    );
  }
  return (
    <>
      <Text size="sm" fw={600}>
        {t('webhooks:latestDeliveries', { shown: deliveries.nodes.length, count: deliveries.totalCount })}
      </Text>
      <DataTable
        testId="webhook-deliveries"
        rows={deliveries.nodes}
        columns={[
          { header: t('webhooks:delivery.when'), cell: (d) => format.time(d.createdAt) },
          { header: t('webhooks:delivery.event'), cell: (d) => t(`webhooks:event.${d.event}`) },
          { header: t('webhooks:delivery.status'), cell: (d) => <Badge color={STATUS_COLOR[d.status]}>{t(`webhooks:status.${d.status}`)}</Badge> },
          { header: t('webhooks:delivery.attempts'), cell: (d) => format.number(d.attempts) },
          { header: t('webhooks:delivery.response'), cell: (d) => (d.responseStatus === null || d.responseStatus === undefined ? t('webhooks:delivery.noResponse') : String(d.responseStatus)) },
        ]}
      />
    </>
  );
}
