import { Alert, Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { Loading, PageTitle, QueryError } from '../components/states';
import { TableScroll } from '../components/TableScroll';
import type { NetworkJourneysQuery as NetworkJourneysData } from '../gql/graphql';
import { ActionsPart, GroupsPart, LevelPart, NextRoundPart, ProposalsPart, useAreaName } from './JourneyParts';
import { type JourneyMembership, type NeedJourney, journeysOf } from './model';
import { NetworkJourneysQuery } from './queries';

interface Row {
  organisation: { id: string; name: string };
  journey: NeedJourney;
}

/** Each partner's journeys from the network-wide lists: its benchmarks, its memberships (from
 * the groups' member lists) and its plan. Partners by name. */
function rowsOf(data: NetworkJourneysData): Row[] {
  const rounds = data.benchmarkRounds.nodes;
  const organisations = [...data.organisations.nodes].sort((a, b) => a.name.localeCompare(b.name));
  const rows: Row[] = [];
  for (const organisation of organisations) {
    const benchmarks = data.benchmarks.nodes.filter((b) => b.organisation.id === organisation.id);
    if (benchmarks.length === 0) continue;
    const memberships: JourneyMembership[] = data.workingGroups.nodes.flatMap((group) =>
      group.memberships.filter((m) => m.organisation.id === organisation.id).map((m) => ({ id: m.id, role: m.role, participation: m.participation, workingGroup: group })),
    );
    const plan = data.actionPlans.nodes.find((p) => p.organisation.id === organisation.id) ?? null;
    for (const journey of journeysOf({ organisationId: organisation.id, benchmarks, rounds, memberships, plan })) rows.push({ organisation, journey });
  }
  return rows;
}

/** The coordinator's view of every partner's learning journey: one row per partner and need,
 * each linking to the partner's own page. */
export function NetworkJourneysPage() {
  const { t } = useTranslation(['journey', 'common']);
  const areaName = useAreaName();
  const [{ data, fetching, error }] = useQuery({ query: NetworkJourneysQuery });
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  if (!data) return null;

  const rows = rowsOf(data);
  const benchmarked = new Set(data.benchmarks.nodes.map((b) => b.organisation.id));
  const without = data.organisations.nodes.filter((o) => o.consortiumPartner && !benchmarked.has(o.id)).map((o) => o.name);
  const truncated = (
    [
      ['benchmarks', data.benchmarks],
      ['plans', data.actionPlans],
      ['organisations', data.organisations],
    ] as const
  ).filter(([, list]) => list.totalCount > list.nodes.length);

  return (
    <Stack>
      <PageTitle subtitle={t('journey:networkIntro')}>{t('journey:networkTitle')}</PageTitle>
      {truncated.map(([what, list]) => (
        <Alert key={what} color="indigo">
          {t(`journey:truncated.${what}`, { total: list.totalCount })}
        </Alert>
      ))}
      {rows.length === 0 ? (
        <Text>{t('journey:noJourneys')}</Text>
      ) : (
        <TableScroll>
          <Table withTableBorder withColumnBorders verticalSpacing="sm" data-testid="network-journeys" miw={1000}>
            <Table.Caption>{t('journey:caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('journey:columns.partner')}</Table.Th>
                <Table.Th scope="col">{t('journey:columns.round')}</Table.Th>
                <Table.Th scope="col" miw={140}>
                  {t('journey:columns.need')}
                </Table.Th>
                <Table.Th scope="col" miw={140}>
                  {t('journey:columns.level')}
                </Table.Th>
                <Table.Th scope="col">{t('journey:columns.group')}</Table.Th>
                <Table.Th scope="col">{t('journey:columns.proposals')}</Table.Th>
                <Table.Th scope="col">{t('journey:columns.actions')}</Table.Th>
                <Table.Th scope="col" miw={160}>
                  {t('journey:columns.next')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ organisation, journey }) => (
                <Table.Tr key={journey.key} data-testid="network-journey-row">
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/organisations/${organisation.id}/journey`} size="sm">
                      {organisation.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{journey.benchmark.round.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{areaName(journey.need)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <LevelPart journey={journey} />
                  </Table.Td>
                  <Table.Td>
                    <GroupsPart journey={journey} />
                  </Table.Td>
                  <Table.Td>
                    <ProposalsPart journey={journey} />
                  </Table.Td>
                  <Table.Td miw={260}>
                    <ActionsPart journey={journey} />
                  </Table.Td>
                  <Table.Td>
                    <NextRoundPart journey={journey} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {without.length > 0 && <Text size="sm">{t('journey:withoutBenchmark', { organisations: without.join(', ') })}</Text>}
      {rows.length > 0 && <Text size="sm">{t('journey:levelsNote')}</Text>}
    </Stack>
  );
}
