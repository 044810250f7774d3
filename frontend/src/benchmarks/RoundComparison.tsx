import { Card, Group, Select, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { DIMENSIONS, KEY_ACTORS } from '../components/BenchmarkMatrix';
import { graphql } from '../gql';

const ComparisonChoicesQuery = graphql(`
  query BenchmarkComparisonChoices {
    benchmarkRounds(first: 100) {
      nodes {
        id
        name
        heldOn
      }
    }
    benchmarks(first: 100) {
      nodes {
        id
        organisation {
          id
          name
        }
        round {
          id
        }
      }
    }
  }
`);

const ComparedScoresQuery = graphql(`
  query ComparedBenchmarks($organisationId: ID!, $first: ID!, $second: ID!) {
    first: benchmarks(organisationId: $organisationId, roundId: $first, first: 1) {
      nodes {
        id
        scores {
          keyActor
          dimension
          level
        }
      }
    }
    second: benchmarks(organisationId: $organisationId, roundId: $second, first: 1) {
      nodes {
        id
        scores {
          keyActor
          dimension
          level
        }
      }
    }
  }
`);

type Level = number | null | undefined;

/** An organisation's levels in two rounds, side by side in each cell, with the change in words. */
export function RoundComparison() {
  const { t } = useTranslation(['benchmarks', 'common']);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [first, setFirst] = useState<string | null>(null);
  const [second, setSecond] = useState<string | null>(null);
  const [choices] = useQuery({ query: ComparisonChoicesQuery });
  const ready = Boolean(organisationId && first && second);
  const [compared] = useQuery({
    query: ComparedScoresQuery,
    variables: { organisationId: organisationId ?? '', first: first ?? '', second: second ?? '' },
    pause: !ready,
  });
  const organisations = new Map<string, string>();
  for (const b of choices.data?.benchmarks.nodes ?? []) organisations.set(b.organisation.id, b.organisation.name);
  // Only the rounds in which the organisation has a benchmark.
  const roundIds = new Set((choices.data?.benchmarks.nodes ?? []).filter((b) => b.organisation.id === organisationId).map((b) => b.round.id));
  const rounds = (choices.data?.benchmarkRounds.nodes ?? []).filter((r) => roundIds.has(r.id)).map((r) => ({ value: r.id, label: `${r.name} (${r.heldOn})` }));
  const roundName = (id: string | null) => rounds.find((r) => r.value === id)?.label ?? '';
  type Scores = { keyActor: string; dimension: string; level?: number | null }[] | undefined;
  const levelOf = (scores: Scores, actor: string, dimension: string): Level => scores?.find((s) => s.keyActor === actor && s.dimension === dimension)?.level;
  const firstScores = compared.data?.first.nodes[0]?.scores;
  const secondScores = compared.data?.second.nodes[0]?.scores;
  const words = (level: Level) => (level == null ? t('benchmarks:notAssessed') : t('benchmarks:level', { level }));
  const change = (a: Level, b: Level) => {
    if (a == null || b == null) return '';
    if (b > a) return t('benchmarks:up');
    if (b < a) return t('benchmarks:down');
    return t('benchmarks:same');
  };

  return (
    <Card withBorder component="section" aria-labelledby="compare-rounds">
      <Title order={2} size="h4" id="compare-rounds" mb="xs">
        {t('benchmarks:compareTitle')}
      </Title>
      <Group align="flex-end" mb="sm">
        <Select
          label={t('benchmarks:organisation')}
          data={[...organisations].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label))}
          value={organisationId}
          onChange={(value) => {
            setOrganisationId(value);
            setFirst(null);
            setSecond(null);
          }}
          searchable
        />
        <Select label={t('benchmarks:firstRound')} data={rounds} value={first} onChange={setFirst} disabled={!organisationId} />
        <Select label={t('benchmarks:secondRound')} data={rounds} value={second} onChange={setSecond} disabled={!organisationId} />
      </Group>
      {organisationId && rounds.length < 2 && <Text size="sm">{t('benchmarks:oneRoundOnly')}</Text>}
      {ready && compared.data && (
        <Table.ScrollContainer minWidth={800}>
          <Table withTableBorder withColumnBorders>
            <Table.Caption>{t('benchmarks:comparison', { organisation: organisations.get(organisationId ?? ''), first: roundName(first), second: roundName(second) })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('benchmarks:keyActor')}</Table.Th>
                {DIMENSIONS.map((d) => (
                  <Table.Th scope="col" key={d}>
                    {t(`benchmarks:dimensions.${d}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {KEY_ACTORS.map((actor) => (
                <Table.Tr key={actor}>
                  <Table.Th scope="row">{t(`benchmarks:actors.${actor}`)}</Table.Th>
                  {DIMENSIONS.map((d) => {
                    const a = levelOf(firstScores, actor, d);
                    const b = levelOf(secondScores, actor, d);
                    return (
                      <Table.Td key={d} data-testid={`compare-${actor}-${d}`}>
                        <Text size="sm">{t('benchmarks:fromTo', { from: words(a), to: words(b) })}</Text>
                        {change(a, b) && (
                          <Text size="xs" fw={600}>
                            {change(a, b)}
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
