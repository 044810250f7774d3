import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { BenchmarkMatrix } from '../components/BenchmarkMatrix';
import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { graphql } from '../gql';

export const BenchmarkFields = graphql(`
  fragment BenchmarkFields on Benchmark {
    id
    status
    version
    organisation {
      id
      name
    }
    round {
      id
      name
      heldOn
    }
    needs {
      id
      title
    }
    scores {
      keyActor
      dimension
      level
      achievements
      needs
      gaps
    }
  }
`);

const BenchmarksQuery = graphql(`
  query Benchmarks($first: Int, $after: String) {
    benchmarks(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...BenchmarkFields
      }
    }
  }
`);

type Benchmark = NonNullable<ReturnType<typeof useBenchmarks>['data']>['benchmarks']['nodes'][number];

function useBenchmarks() {
  return usePagedQuery(BenchmarksQuery, {});
}

export function BenchmarkCard({ benchmark }: { benchmark: Benchmark }) {
  const { t } = useTranslation('benchmarks');
  return (
    <Card withBorder component="section" aria-label={benchmark.organisation.name}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {benchmark.organisation.name}
        </Title>
        <Group gap="xs">
          <Text size="sm">{benchmark.round.name}</Text>
          <Badge color={benchmark.status === 'VALIDATED' ? 'teal.9' : 'gray.7'}>{t(`benchmarks:${benchmark.status}`)}</Badge>
        </Group>
      </Group>
      <BenchmarkMatrix organisationName={benchmark.organisation.name} scores={benchmark.scores} needs={benchmark.needs} />
    </Card>
  );
}

/** The benchmarks the signed-in user may read, each as a heat map. */
export function BenchmarksPage() {
  const { t } = useTranslation('benchmarks');
  const { data, fetching, error, pages } = useBenchmarks();
  return (
    <>
      <PageTitle subtitle={t('benchmarks:intro')}>{t('benchmarks:title')}</PageTitle>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <Stack>
          {data.benchmarks.nodes.length === 0 && <Text>{t('benchmarks:none')}</Text>}
          {data.benchmarks.nodes.map((benchmark) => (
            <BenchmarkCard key={benchmark.id} benchmark={benchmark} />
          ))}
          <Pager pageInfo={data.benchmarks.pageInfo} totalCount={data.benchmarks.totalCount} pages={pages} />
        </Stack>
      )}
    </>
  );
}
