import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { DataTable } from '../components/DataTable';
import { useFormat } from '../components/format';
import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { AwardForm, awardTitle } from '../evidence/AwardForm';
import { EvidenceCapabilitiesQuery } from '../evidence/queries';
import { AwardActions, FactActions } from '../evidence/RecordActions';
import { factTitle, TerritoryFactForm } from '../evidence/TerritoryFactForm';
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
        ...AwardFields
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
        ...TerritoryFactFields
      }
    }
  }
`);

/** Refetches a list from the network each time `version` changes after the first render
 * (something was recorded). */
function useReloadOn(version: number, refetch: (opts: { requestPolicy: 'network-only' }) => void) {
  useEffect(() => {
    if (version > 0) refetch({ requestPolicy: 'network-only' });
    // Only a new version reloads; `refetch` changes with the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);
}

function Awards({ version, records }: { version: number; records: boolean }) {
  const { t } = useTranslation(['library', 'common']);
  const { data, fetching, error, pages, refetch } = usePagedQuery(AwardsQuery, {});
  const [editing, setEditing] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  useReloadOn(version + changes, refetch);
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  if (!data) return null;
  return (
    <Stack>
      {data.awards.nodes.map((award) =>
        editing === award.id ? (
          <Card key={award.id} withBorder p="sm">
            <AwardForm
              award={award}
              onCancel={() => setEditing(null)}
              onDone={() => {
                setEditing(null);
                setChanges((c) => c + 1);
              }}
            />
          </Card>
        ) : (
          <section key={award.id} aria-label={award.name}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Title order={3} size="h5">
                {award.name} {award.year}
                {award.edition ? ` · ${t('library:evidence.edition', { edition: award.edition })}` : ''}
              </Title>
              {records && <AwardActions id={award.id} title={awardTitle(award)} onEdit={() => setEditing(award.id)} onDeleted={() => setChanges((c) => c + 1)} />}
            </Group>
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
        ),
      )}
      <Pager pageInfo={data.awards.pageInfo} totalCount={data.awards.totalCount} pages={pages} />
    </Stack>
  );
}

function Facts({ version, records }: { version: number; records: boolean }) {
  const { t } = useTranslation(['library', 'evidence', 'common']);
  const { data, fetching, error, pages, refetch } = usePagedQuery(FactsQuery, {});
  const [editing, setEditing] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  useReloadOn(version + changes, refetch);
  const format = useFormat();
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  if (!data) return null;
  const edited = data.territoryFacts.nodes.find((f) => f.id === editing);
  return (
    <>
      {edited && (
        <Card withBorder p="sm" mb="md">
          <TerritoryFactForm
            key={edited.id}
            fact={edited}
            onCancel={() => setEditing(null)}
            onDone={() => {
              setEditing(null);
              setChanges((c) => c + 1);
            }}
          />
        </Card>
      )}
      <DataTable
        testId="territory-facts"
        rows={data.territoryFacts.nodes}
        columns={[
          { header: t('library:evidence.territory'), cell: (f) => f.territory?.name ?? t('common:none') },
          { header: t('library:evidence.figure'), cell: (f) => f.figure },
          { header: t('library:evidence.value'), cell: (f) => `${f.qualifier ? `${f.qualifier} ` : ''}${format.number(f.value)} ${f.unit}` },
          { header: t('library:evidence.year'), cell: (f) => f.year ?? t('common:none') },
          { header: t('library:evidence.source'), cell: (f) => <Text size="xs">{f.sourceText}</Text> },
          ...(records
            ? [
                {
                  header: t('evidence:actions'),
                  cell: (f: (typeof data.territoryFacts.nodes)[number]) => (
                    <FactActions id={f.id} title={factTitle(f)} onEdit={() => setEditing(f.id)} onDeleted={() => setChanges((c) => c + 1)} />
                  ),
                },
              ]
            : []),
        ]}
      />
      <Pager pageInfo={data.territoryFacts.pageInfo} totalCount={data.territoryFacts.totalCount} pages={pages} />
    </>
  );
}

/** A section's heading with, for whoever may record evidence, the button opening its form. */
function SectionHeading({ id, title, action, onAction }: { id: string; title: string; action?: string; onAction: () => void }) {
  return (
    <Group justify="space-between" mt="lg" mb="xs">
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {action && <Button onClick={onAction}>{action}</Button>}
    </Group>
  );
}

/** The evidence the network quotes: awards such as the Phoenix Award, and territory facts.
 * Whoever may record evidence (`viewerCapabilities.recordEvidence`) records new ones. */
export function EvidencePage() {
  const { t } = useTranslation(['library', 'evidence', 'common']);
  const [{ data: capabilities }] = useQuery({ query: EvidenceCapabilitiesQuery });
  const records = capabilities?.viewerCapabilities.recordEvidence ?? false;
  const [adding, setAdding] = useState<'award' | 'fact' | null>(null);
  const [awardsVersion, setAwardsVersion] = useState(0);
  const [factsVersion, setFactsVersion] = useState(0);
  return (
    <>
      <PageTitle>{t('library:evidence.title')}</PageTitle>
      <section aria-labelledby="awards">
        <SectionHeading
          id="awards"
          title={t('library:evidence.awards')}
          action={records && adding !== 'award' ? t('evidence:newAward') : undefined}
          onAction={() => setAdding('award')}
        />
        {adding === 'award' && (
          <Card withBorder p="sm" mb="md">
            <AwardForm
              onCancel={() => setAdding(null)}
              onDone={() => {
                setAdding(null);
                setAwardsVersion((v) => v + 1);
              }}
            />
          </Card>
        )}
        <Awards version={awardsVersion} records={records} />
      </section>
      <section aria-labelledby="facts">
        <SectionHeading
          id="facts"
          title={t('library:evidence.facts')}
          action={records && adding !== 'fact' ? t('evidence:newFact') : undefined}
          onAction={() => setAdding('fact')}
        />
        {adding === 'fact' && (
          <Card withBorder p="sm" mb="md">
            <TerritoryFactForm
              onCancel={() => setAdding(null)}
              onDone={() => {
                setAdding(null);
                setFactsVersion((v) => v + 1);
              }}
            />
          </Card>
        )}
        <Facts version={factsVersion} records={records} />
      </section>
    </>
  );
}
