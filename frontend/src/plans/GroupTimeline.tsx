import { Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { Loading, QueryError } from '../components/states';
import { graphql } from '../gql';
import { Timeline, timelineRows } from './Timeline';

const GroupPlansQuery = graphql(`
  query GroupPlans($workingGroupId: ID!) {
    actionPlans(filter: { workingGroupId: $workingGroupId }, first: 100) {
      nodes {
        id
        organisation {
          id
          name
          shortName
        }
        actions {
          ...PlanActionFields
        }
      }
    }
  }
`);

/** The timeline of every plan in a working group that the viewer may read. */
export function GroupTimeline({ workingGroupId }: { workingGroupId: string }) {
  const { t } = useTranslation('plans');
  const [{ data, fetching, error }] = useQuery({ query: GroupPlansQuery, variables: { workingGroupId } });
  const rows = useMemo(
    () =>
      data?.actionPlans.nodes.flatMap((plan) => timelineRows(plan.actions, `${plan.organisation.shortName ?? plan.organisation.name} · `)) ?? [],
    [data],
  );
  return (
    <section aria-labelledby="group-timeline">
      <Title order={2} size="h4" id="group-timeline" mb="xs">
        {t('plans:groupTimeline')}
      </Title>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && <Timeline rows={rows} />}
    </section>
  );
}
