import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Pager } from '../components/Pager';
import { Loading, PageTitle, QueryError } from '../components/states';
import { usePagedQuery } from '../components/usePagedQuery';
import { graphql } from '../gql';
import { CompositionWarnings } from '../workingGroups/CompositionWarnings';
import { NewWorkingGroup } from '../workingGroups/NewWorkingGroupForm';

const WorkingGroupsQuery = graphql(`
  query WorkingGroups($first: Int, $after: String) {
    workingGroups(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        thematicArea {
          id
          number
        }
        memberships {
          id
          role
          organisation {
            id
            name
            shortName
          }
        }
      }
    }
  }
`);

/** The working groups with their leading and learning members at a glance. */
export function WorkingGroupsPage() {
  const { t } = useTranslation('workingGroups');
  const { data, fetching, error, pages, refetch } = usePagedQuery(WorkingGroupsQuery, {});
  return (
    <>
      <PageTitle>{t('workingGroups:title')}</PageTitle>
      <CompositionWarnings />
      {data && (
        <NewWorkingGroup takenAreaIds={data.workingGroups.nodes.map((g) => g.thematicArea.id)} onCreated={() => refetch({ requestPolicy: 'network-only' })} />
      )}
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {data.workingGroups.nodes.map((group) => (
              <Card withBorder key={group.id} component="section" aria-labelledby={`wg-${group.id}`}>
                <Title order={2} size="h4" id={`wg-${group.id}`}>
                  <Anchor component={Link} to={`/working-groups/${group.id}`}>
                    {group.thematicArea.number}. {group.title}
                  </Anchor>
                </Title>
                <Stack gap="xs" mt="sm">
                  {(['LEADING', 'LEARNING'] as const).map((role) => (
                    <Group gap="xs" key={role}>
                      <Text size="sm" fw={600}>
                        {role === 'LEADING' ? t('workingGroups:leading') : t('workingGroups:learning')}:
                      </Text>
                      {group.memberships
                        .filter((m) => m.role === role)
                        .map((m) => (
                          <Badge key={m.id} variant={role === 'LEADING' ? 'filled' : 'outline'} color="indigo">
                            {m.organisation.shortName ?? m.organisation.name}
                          </Badge>
                        ))}
                    </Group>
                  ))}
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
          <Pager pageInfo={data.workingGroups.pageInfo} totalCount={data.workingGroups.totalCount} pages={pages} />
        </>
      )}
    </>
  );
}
