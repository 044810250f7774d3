import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { useFormat } from '../components/format';
import { QueryError } from '../components/states';
import { PracticeTransferCountsQuery } from './queries';

function Summary() {
  const { t } = useTranslation('transfers');
  const heading = useId();
  const format = useFormat();
  const [{ data, error }] = useQuery({ query: PracticeTransferCountsQuery, requestPolicy: 'cache-and-network' });
  // A link whose practice the viewer may not read has no practice: not counted.
  const transfers = (data?.report.practiceTransfers ?? []).flatMap((row) => (row.goodPractice ? [{ practice: row.goodPractice.id, city: row.actionPlan.organisation.id }] : []));
  const practices = new Set(transfers.map((row) => row.practice)).size;
  const cities = new Set(transfers.map((row) => row.city)).size;
  return (
    <Card withBorder component="section" aria-labelledby={heading} data-testid="practice-transfers-card">
      <Stack gap="xs">
        <Title order={2} size="h3" id={heading}>
          {t('transfers:title')}
        </Title>
        {error && <QueryError error={error} />}
        {data &&
          (transfers.length === 0 ? (
            <Text c="dimmed">{t('transfers:noTransfers')}</Text>
          ) : (
            <Group gap="xl" data-testid="transfers-summary">
              {[
                { label: t('transfers:statLinks'), value: transfers.length },
                { label: t('transfers:statPractices'), value: practices },
                { label: t('transfers:statCities'), value: cities },
              ].map((stat) => (
                <Stack gap={0} key={stat.label}>
                  <Text size="xl" fw={700}>
                    {format.number(stat.value)}
                  </Text>
                  <Text size="sm">{stat.label}</Text>
                </Stack>
              ))}
            </Group>
          ))}
        <Anchor component={Link} to="/transfers">
          {t('transfers:openView')}
        </Anchor>
      </Stack>
    </Card>
  );
}

/** On the coordinator's dashboard: how many links of practices to actions there are, and a
 * link to the transfers view. */
export function PracticeTransfersCard() {
  return (
    <Suspense fallback={null}>
      <Summary />
    </Suspense>
  );
}
