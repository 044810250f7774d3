import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { BenchmarkCellEditor } from '../benchmarks/BenchmarkCellEditor';
import { BenchmarkCreateButtons } from '../benchmarks/CreateForms';
import { ValidateBenchmarkMutation } from '../benchmarks/mutations';
import { RoundComparison } from '../benchmarks/RoundComparison';
import { BenchmarkMatrix, cellFocusId, type DIMENSIONS, type KEY_ACTORS } from '../components/BenchmarkMatrix';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { useReturnFocus } from '../plans/focus';
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
    viewerCanUpdate
    viewerCanValidate
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

type Cell = { keyActor: (typeof KEY_ACTORS)[number]; dimension: (typeof DIMENSIONS)[number] };

/** One benchmark as a heat map; its cells open an editor for whoever may update it, and the
 * coordinator validates a draft. */
export function BenchmarkCard({ benchmark, onChanged }: { benchmark: Benchmark; onChanged?: () => void }) {
  const { t } = useTranslation(['benchmarks', 'common']);
  const [editing, setEditing] = useState<Cell | null>(null);
  const [validation, validate] = useMutation(ValidateBenchmarkMutation);
  const problems = useMutationProblems();
  const focusLater = useReturnFocus();
  // The dialog unmounts when it closes, so the focus goes back to its cell from here.
  const close = () => {
    if (editing) focusLater(cellFocusId(benchmark.id, editing.keyActor, editing.dimension));
    setEditing(null);
  };

  async function validateBenchmark() {
    const result = await validate({ input: { id: benchmark.id, expectedVersion: benchmark.version } });
    if (problems.check(result, result.data?.validateBenchmark.userErrors)) onChanged?.();
  }

  return (
    <Card withBorder component="section" aria-label={benchmark.organisation.name}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {benchmark.organisation.name}
        </Title>
        <Group gap="xs">
          <Text size="sm">{benchmark.round.name}</Text>
          <Badge color={benchmark.status === 'VALIDATED' ? 'teal.9' : 'gray.7'}>{t(`benchmarks:${benchmark.status}`)}</Badge>
          {benchmark.viewerCanValidate && benchmark.status === 'DRAFT' && (
            <Button size="xs" loading={validation.fetching} onClick={() => void validateBenchmark()}>
              {t('benchmarks:validate')}
            </Button>
          )}
        </Group>
      </Group>
      <ProblemsAlert messages={problems.page} />
      {benchmark.viewerCanUpdate && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('benchmarks:editHint')}
        </Text>
      )}
      <BenchmarkMatrix
        organisationName={benchmark.organisation.name}
        scores={benchmark.scores}
        needs={benchmark.needs}
        focusPrefix={benchmark.id}
        onEditCell={benchmark.viewerCanUpdate ? (keyActor, dimension) => setEditing({ keyActor, dimension }) : undefined}
      />
      {editing && (
        <BenchmarkCellEditor
          benchmark={benchmark}
          keyActor={editing.keyActor}
          dimension={editing.dimension}
          onDone={() => {
            close();
            onChanged?.();
          }}
          onCancel={close}
        />
      )}
    </Card>
  );
}

/** The benchmarks the signed-in user may read, each as a heat map. */
export function BenchmarksPage() {
  const { t } = useTranslation('benchmarks');
  const { data, fetching, error, pages, refetch } = useBenchmarks();
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle subtitle={t('benchmarks:intro')}>{t('benchmarks:title')}</PageTitle>
        <BenchmarkCreateButtons onCreated={() => refetch({ requestPolicy: 'network-only' })} />
      </Group>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <Stack>
          {data.benchmarks.nodes.length === 0 && <Text>{t('benchmarks:none')}</Text>}
          {data.benchmarks.nodes.length > 0 && <RoundComparison />}
          {data.benchmarks.nodes.map((benchmark) => (
            <BenchmarkCard key={benchmark.id} benchmark={benchmark} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
          ))}
          <Pager pageInfo={data.benchmarks.pageInfo} totalCount={data.benchmarks.totalCount} pages={pages} />
        </Stack>
      )}
    </>
  );
}
