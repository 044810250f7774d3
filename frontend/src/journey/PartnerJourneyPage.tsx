import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { useFormat } from '../components/format';
import { Loading, PageTitle, QueryError } from '../components/states';
import { ActionsPart, CellsPart, GroupsPart, LevelPart, NextRoundPart, ProposalsPart, useAreaName } from './JourneyParts';
import { type JourneyBenchmark, type NeedJourney, byHeldOn, journeysOf } from './model';
import { PartnerJourneyQuery } from './queries';

/** One station of a need's journey: a small heading and what the data says. */
function Station({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={4} size="h6">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function NeedCard({ journey }: { journey: NeedJourney }) {
  const { t } = useTranslation('journey');
  const areaName = useAreaName();
  const titleId = useId();
  return (
    <Card withBorder component="section" aria-labelledby={titleId} data-testid="journey-need">
      <Title order={3} size="h5" id={titleId} mb="xs">
        {t('journey:need', { area: areaName(journey.need) })}
      </Title>
      <Stack gap={2} mb="sm">
        <LevelPart journey={journey} />
        <CellsPart area={journey.need} />
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <Station title={t('journey:columns.group')}>
          <GroupsPart journey={journey} />
        </Station>
        <Station title={t('journey:columns.proposals')}>
          <ProposalsPart journey={journey} />
        </Station>
        <Station title={t('journey:columns.actions')}>
          <ActionsPart journey={journey} />
        </Station>
        <Station title={t('journey:columns.next')}>
          <NextRoundPart journey={journey} />
        </Station>
      </SimpleGrid>
    </Card>
  );
}

function RoundSection({ benchmark, journeys }: { benchmark: JourneyBenchmark; journeys: NeedJourney[] }) {
  const { t } = useTranslation(['journey', 'benchmarks']);
  const format = useFormat();
  const titleId = useId();
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm" data-testid="journey-round">
      <Group gap="sm" align="baseline">
        <Title order={2} size="h4" id={titleId}>
          {t('journey:round', { round: benchmark.round.name })}
        </Title>
        <Badge color={benchmark.status === 'VALIDATED' ? 'teal.9' : 'gray.7'}>{t(`benchmarks:${benchmark.status}`)}</Badge>
      </Group>
      <Text size="sm">{t('journey:heldOn', { date: format.day(benchmark.round.heldOn) })}</Text>
      {journeys.length === 0 ? (
        <Text size="sm">{t('journey:noNeeds')}</Text>
      ) : (
        journeys.map((journey) => <NeedCard key={journey.key} journey={journey} />)
      )}
    </Stack>
  );
}

/** A partner's learning journey: from each need of its benchmarks to the working group, the
 * proposed actions, the plan actions and their progress, and the next benchmark round. */
export function PartnerJourneyPage() {
  const { t } = useTranslation(['journey', 'plans', 'common']);
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: PartnerJourneyQuery, variables: { id } });
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  const organisation = data?.node?.__typename === 'Organisation' ? data.node : null;
  if (!data || !organisation) return <Text>{t('common:notFound')}</Text>;

  const benchmarks = data.benchmarks.nodes;
  const journeys = journeysOf({
    organisationId: organisation.id,
    benchmarks,
    rounds: data.benchmarkRounds.nodes,
    memberships: organisation.memberships,
    plan: organisation.actionPlan ?? null,
  });
  // Oldest round first: a journey reads forward in time.
  const ordered = [...benchmarks].sort((a, b) => byHeldOn(a.round, b.round));

  return (
    <Stack>
      <PageTitle subtitle={t('journey:intro')}>{t('journey:title', { organisation: organisation.name })}</PageTitle>
      <Group gap="md">
        <Anchor component={Link} to={`/organisations/${organisation.id}`}>
          {organisation.name}
        </Anchor>
        {organisation.actionPlan && (
          <Anchor component={Link} to={`/plans/${organisation.actionPlan.id}`}>
            {t('plans:planOf', { organisation: organisation.name })} ({t(`plans:stages.${organisation.actionPlan.stage}`)})
          </Anchor>
        )}
      </Group>
      {benchmarks.length === 0 && <Text>{t('journey:noBenchmark', { organisation: organisation.name })}</Text>}
      {data.benchmarks.totalCount > benchmarks.length && <Alert color="indigo">{t('journey:truncated.benchmarks', { total: data.benchmarks.totalCount })}</Alert>}
      {ordered.map((benchmark) => (
        <RoundSection key={benchmark.id} benchmark={benchmark} journeys={journeys.filter((j) => j.benchmark.id === benchmark.id)} />
      ))}
      {benchmarks.length > 0 && (
        <Text size="sm">
          {t('journey:levelsNote')}{' '}
          <Anchor component={Link} to="/benchmarks" size="sm">
            {t('journey:compareRounds')}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
