import { Anchor, Badge, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { graphql } from '../gql';

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
      }
    }
  }
`);

function GoodPracticeList({ search, thematicAreaId }: { search: string; thematicAreaId: string | null }) {
  const { t } = useTranslation('library');
  const { data, fetching, error, pages } = usePagedQuery(GoodPracticesQuery, { search: search || null, thematicAreaId });
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  if (!data) return null;
  return (
    <Stack>
      {data.goodPractices.nodes.length === 0 && <Text>{t('library:goodPractices.none')}</Text>}
      {data.goodPractices.nodes.map((practice) => (
        <Card withBorder key={practice.id} component="article" aria-label={practice.title} data-testid="good-practice">
          <Group justify="space-between" align="flex-start">
            <Title order={2} size="h5">
              {practice.title}
            </Title>
            {practice.thematicArea && <Badge color="indigo">{`${practice.thematicArea.number}. ${practice.thematicArea.title}`}</Badge>}
          </Group>
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
        </Card>
      ))}
      <Pager pageInfo={data.goodPractices.pageInfo} totalCount={data.goodPractices.totalCount} pages={pages} />
    </Stack>
  );
}

/** The good-practice library with full-text search and an area filter. */
export function GoodPracticesPage() {
  const { t } = useTranslation('library');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [area, setArea] = useState<string | null>(null);
  const [{ data: areas }] = useQuery({ query: AreaOptionsQuery });
  return (
    <>
      <PageTitle subtitle={t('library:goodPractices.intro')}>{t('library:goodPractices.title')}</PageTitle>
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
      <GoodPracticeList key={`${debounced}|${area ?? ''}`} search={debounced} thematicAreaId={area} />
    </>
  );
}
