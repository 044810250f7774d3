import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { Loading, QueryError } from '../components/states';
import { PlanTables } from './PlanTables';
import { PlanQuery } from './queries';

/** The plan as the report prints it: one table per action, nothing else (print CSS hides the
 * app's chrome). */
export function PrintPage() {
  const { t } = useTranslation(['plans', 'common']);
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: PlanQuery, variables: { id } });
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  const plan = data?.actionPlan;
  if (!plan) return <Text>{t('common:notFound')}</Text>;
  return (
    <Stack className="print-view">
      <Group justify="space-between" className="no-print">
        <Anchor component={Link} to={`/plans/${plan.id}`}>
          {t('plans:backToPlan')}
        </Anchor>
        <Button onClick={() => window.print()}>{t('plans:printNow')}</Button>
      </Group>
      <Title order={1} size="h2">
        {t('plans:planOf', { organisation: plan.organisation.name })}
      </Title>
      <PlanTables actions={plan.actions} />
    </Stack>
  );
}
