import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { useFormat } from '../components/format';
import { Loading, QueryError } from '../components/states';
import { PublicNav } from './PublicNav';
import { PublicPlanSummariesQuery } from './queries';

/** The plan summaries the coordinator published, newest first: whose, where, how far. */
export function PublicPlansPage() {
  const { t } = useTranslation(['public', 'plans']);
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: PublicPlanSummariesQuery, requestPolicy: 'cache-and-network' });
  const plans = data?.publicPlanSummaries;
  return (
    <>
      <PublicNav />
      <Stack gap={4} mb="md">
        <Title order={1} size="h2">
          {t('public:plans.title')}
        </Title>
        <Text c="dimmed">{t('public:plans.intro')}</Text>
      </Stack>
      {error && <QueryError error={error} />}
      {fetching && !plans && <Loading />}
      {plans && plans.length === 0 && <Text>{t('public:plans.none')}</Text>}
      {plans && plans.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('public:plans.count', { count: plans.length })}>
          {plans.map((plan) => (
            <Card component="li" withBorder key={plan.id} data-testid="public-plan">
              <Title order={2} size="h4">
                <Anchor component={Link} to={`/public/plans/${encodeURIComponent(plan.id)}`}>
                  {t('public:plans.planOf', { name: plan.organisationName })}
                </Anchor>
              </Title>
              <Group gap="md" mt={4}>
                {plan.territoryName && <Text size="sm">{t('public:plans.territory', { name: plan.territoryName })}</Text>}
                <Text size="sm">{t('public:plans.stage', { stage: t(`plans:stages.${plan.stage}`) })}</Text>
                <Text size="sm">{t('public:plans.objectives', { count: plan.objectives.length })}</Text>
                <Text size="sm">{plan.progress == null ? t('public:plans.noProgress') : t('public:plans.progress', { percent: format.percent(plan.progress) })}</Text>
                <Text size="sm" c="dimmed">
                  {t('public:publishedOn', { date: format.day(plan.publishedAt.slice(0, 10)) })}
                </Text>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </>
  );
}
