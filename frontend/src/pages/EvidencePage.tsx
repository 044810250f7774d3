import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { DataTable } from '../components/DataTable';
import { useFormat } from '../components/format';
import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { graphql } from '../gql';

const AwardsQuery = graphql(`
  query Awards($first: Int, $after: String) {
    awards(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        edition
        year
        criteria
        applications
        winners {
          name
          activity
        }
      }
    }
  }
`);

const FactsQuery = graphql(`
  query TerritoryFacts($first: Int, $after: String) {
    territoryFacts(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        figure
        value
        unit
        year
        qualifier
        sourceText
        territory {
          id
          name
        }
      }
    }
  }
`);

function Awards() {
  const { t } = useTranslation(['library', 'common']);
  const { data, fetching, error, pages } = usePagedQuery(AwardsQuery, {});
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  if (!data) return null;
  return (
    <Stack>
      {data.awards.nodes.map((award) => (
        <section key={award.id} aria-label={award.name}>
          <Title order={3} size="h5">
            {award.name} {award.year}
            {award.edition ? ` · ${t('library:evidence.edition', { edition: award.edition })}` : ''}
          </Title>
          {award.applications != null && (
            <Text size="sm">
              {t('library:evidence.applications')}: {award.applications}
            </Text>
          )}
          <Text size="sm" fw={600} mt="xs">
            {t('library:evidence.criteria')}
          </Text>
          <List size="sm">
            {award.criteria.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
          <Text size="sm" fw={600} mt="xs">
            {t('library:evidence.winners')}
          </Text>
          <List size="sm" data-testid="award-winners">
            {award.winners.map((w) => (
              <List.Item key={w.name}>
                {w.name} — {w.activity}
              </List.Item>
            ))}
          </List>
        </section>
      ))}
      <Pager pageInfo={data.awards.pageInfo} totalCount={data.awards.totalCount} pages={pages} />
    </Stack>
  );
}

function Facts() {
  const { t } = useTranslation(['library', 'common']);
  const { data, fetching, error, pages } = usePagedQuery(FactsQuery, {});
  const format = useFormat();
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  if (!data) return null;
  return (
    <>
      <DataTable
        testId="territory-facts"
        rows={data.territoryFacts.nodes}
        columns={[
          { header: t('library:evidence.territory'), cell: (f) => f.territory?.name ?? t('common:none') },
          { header: t('library:evidence.figure'), cell: (f) => f.figure },
          { header: t('library:evidence.value'), cell: (f) => `${f.qualifier ? `${f.qualifier} ` : ''}${format.number(f.value)} ${f.unit}` },
          { header: t('library:evidence.year'), cell: (f) => f.year ?? t('common:none') },
          { header: t('library:evidence.source'), cell: (f) => <Text size="xs">{f.sourceText}</Text> },
        ]}
      />
      <Pager pageInfo={data.territoryFacts.pageInfo} totalCount={data.territoryFacts.totalCount} pages={pages} />
    </>
  );
}

/** The evidence the network quotes: awards such as the Phoenix Award, and territory facts. */
export function EvidencePage() {
  const { t } = useTranslation(['library', 'common']);
  return (
    <>
      <PageTitle>{t('library:evidence.title')}</PageTitle>
      <Title order={2} size="h4" mb="xs">
        {t('library:evidence.awards')}
      </Title>
      <Awards />
      <Title order={2} size="h4" mt="lg" mb="xs">
        {t('library:evidence.facts')}
      </Title>
      <Facts />
    </>
  );
}
