import { Anchor, Badge, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useConfirmedDelete } from '../errors/useConfirmedDelete';
import { graphql } from '../gql';
import type { GoodPracticesQuery as GoodPracticesResult } from '../gql/graphql';
import { GoodPracticeForm } from '../goodPractices/GoodPracticeForm';
import { AdoptedBy } from '../goodPractices/AdoptedBy';
import { DeleteGoodPracticeMutation } from '../goodPractices/queries';
import { PublicationControl } from '../public/PublicationControl';
import { type Transfer, namedTransfers } from '../transfers/model';
import { PracticeTransfersQuery } from '../transfers/queries';

const GoodPracticesQuery = graphql(`
  query GoodPractices($search: String, $thematicAreaId: ID, $first: Int, $after: String) {
    goodPractices(search: $search, thematicAreaId: $thematicAreaId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        description
        source
        viewerCanUpdate
        ...PracticePublication
        organisation {
          id
          name
        }
        thematicArea {
          id
          number
          title
        }
      }
    }
  }
`);

const AreaOptionsQuery = graphql(`
  query AreaOptions {
    thematicAreas(first: 100) {
      nodes {
        id
        number
        title
        viewerCanAddGoodPractice
      }
    }
  }
`);

type Area = { value: string; label: string };

type Practice = GoodPracticesResult['goodPractices']['nodes'][number];

/** One practice as the library shows it, with the cities that adopt it (`adoptedBy`, once
 * known); whoever may edit it (`viewerCanUpdate`) edits it, or deletes it after a
 * confirmation, a refusal shown by its code under the buttons. */
function PracticeView({
  practice,
  adopters,
  onEdit,
  onDeleted,
}: {
  practice: Practice;
  adopters: readonly Transfer[] | null;
  onEdit: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation(['library']);
  const [, deletePractice] = useMutation(DeleteGoodPracticeMutation);
  const deletion = useConfirmedDelete({
    confirmation: t('library:goodPractices.confirmDelete', { title: practice.title }),
    remove: async () => {
      const result = await deletePractice({ input: { id: practice.id } });
      return { result, userErrors: result.data?.deleteGoodPractice.userErrors };
    },
    done: t('library:goodPractices.deleted'),
    onDeleted,
    labels: { id: t('library:goodPractices.practiceField') },
  });
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h5">
          <Anchor component={Link} to={`/good-practices/${practice.id}`} inherit>
            {practice.title}
          </Anchor>
        </Title>
        <Group gap="xs">
          {practice.thematicArea && <Badge color="indigo">{`${practice.thematicArea.number}. ${practice.thematicArea.title}`}</Badge>}
          {practice.viewerCanUpdate && (
            <>
              <Button size="xs" variant="light" onClick={onEdit}>
                {t('library:goodPractices.edit')}
              </Button>
              <Button
                size="xs"
                color="red.9"
                variant="outline"
                loading={deletion.deleting}
                aria-label={t('library:goodPractices.deleteNamed', { title: practice.title })}
                onClick={deletion.run}
              >
                {t('library:goodPractices.delete')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      <ProblemsAlert messages={deletion.messages} testId="practice-delete-problems" />
      <PublicationControl practice={practice} />
      {practice.organisation && (
        <Anchor component={Link} to={`/organisations/${practice.organisation.id}`} size="sm">
          {practice.organisation.name}
        </Anchor>
      )}
      <Text size="sm" mt="xs">
        {practice.description}
      </Text>
      <Text size="xs" c="dimmed" mt="xs">
        {t('library:goodPractices.source')}: {practice.source}
      </Text>
      {adopters && <AdoptedBy transfers={adopters} hideWhenNone />}
    </>
  );
}

function GoodPracticeList({ search, thematicAreaId, areas }: { search: string; thematicAreaId: string | null; areas: Area[] }) {
  const { t } = useTranslation(['library', 'common']);
  const { data, fetching, error, pages, refetch } = usePagedQuery(GoodPracticesQuery, { search: search || null, thematicAreaId });
  const [editing, setEditing] = useState<string | null>(null);
  const [{ data: transfers }] = useQuery({ query: PracticeTransfersQuery, requestPolicy: 'cache-and-network' });
  const adopters = (id: string) => transfers ? namedTransfers(transfers.report.practiceTransfers).filter((row) => row.goodPractice.id === id) : null;
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  if (!data) return null;
  return (
    <Stack>
      {data.goodPractices.nodes.length === 0 && <Text>{t('library:goodPractices.none')}</Text>}
      {data.goodPractices.nodes.map((practice) => (
        <Card withBorder key={practice.id} component="article" aria-label={practice.title} data-testid="good-practice">
          {editing === practice.id ? (
            <GoodPracticeForm
              practice={practice}
              areas={withArea(areas, practice.thematicArea)}
              onCancel={() => setEditing(null)}
              onDone={() => {
                setEditing(null);
                refetch({ requestPolicy: 'network-only' });
              }}
            />
          ) : (
            <PracticeView practice={practice} adopters={adopters(practice.id)} onEdit={() => setEditing(practice.id)} onDeleted={() => refetch({ requestPolicy: 'network-only' })} />
          )}
        </Card>
      ))}
      <Pager pageInfo={data.goodPractices.pageInfo} totalCount={data.goodPractices.totalCount} pages={pages} />
    </Stack>
  );
}

/** The areas offered when correcting a practice: those the viewer may add to, and its own. */
function withArea(areas: Area[], current: { id: string; number: number; title: string } | null | undefined): Area[] {
  if (!current || areas.some((a) => a.value === current.id)) return areas;
  return [...areas, { value: current.id, label: `${current.number}. ${current.title}` }];
}

/** The good-practice library with full-text search and an area filter. Whoever the API lets
 * add practices in some area (`ThematicArea.viewerCanAddGoodPractice`: the coordinator, the
 * area groups' leading members) adds one; whoever may edit a practice (`viewerCanUpdate`)
 * corrects it in place, or deletes it after a confirmation. */
export function GoodPracticesPage() {
  const { t } = useTranslation(['library', 'transfers']);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [area, setArea] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(0);
  const [{ data: areas }] = useQuery({ query: AreaOptionsQuery });
  const addable = (areas?.thematicAreas.nodes ?? []).filter((a) => a.viewerCanAddGoodPractice).map((a) => ({ value: a.id, label: `${a.number}. ${a.title}` }));
  return (
    <>
      <PageTitle subtitle={t('library:goodPractices.intro')}>{t('library:goodPractices.title')}</PageTitle>
      {addable.length > 0 && !adding && (
        <Group mb="md">
          <Button onClick={() => setAdding(true)}>{t('library:goodPractices.add')}</Button>
        </Group>
      )}
      {adding && (
        <Card withBorder mb="md" p="sm">
          <GoodPracticeForm
            areas={addable}
            onCancel={() => setAdding(false)}
            onDone={() => {
              setAdding(false);
              setAdded((n) => n + 1);
            }}
          />
        </Card>
      )}
      <Group mb="md" align="flex-end">
        <TextInput
          label={t('library:goodPractices.search')}
          placeholder={t('library:goodPractices.searchPlaceholder')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label={t('library:goodPractices.area')}
          placeholder={t('library:goodPractices.allAreas')}
          data={areas?.thematicAreas.nodes.map((a) => ({ value: a.id, label: `${a.number}. ${a.title}` })) ?? []}
          value={area}
          onChange={setArea}
          clearable
          w={{ base: '100%', sm: 360 }}
        />
      </Group>
      {/* A new key restarts paging when the filter changes. */}
      <GoodPracticeList key={`${debounced}|${area ?? ''}|${added}`} search={debounced} thematicAreaId={area} areas={addable} />
    </>
  );
}
