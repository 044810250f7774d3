import { Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { Loading, QueryError } from '../components/states';
import { graphql } from '../gql';
import { type MoveStep, Timeline, groupTimelineRows } from './Timeline';

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
          id
          ref
          title
          position
          thematicArea {
            id
          }
          steps {
            id
            number
            parentId
            title
            start
            end
            baselineStart
            baselineEnd
            viewerCanUpdate
          }
        }
      }
    }
  }
`);

// Only what the timeline shows: a hundred plans with every field of the plan page's actions
// are more than the API's query complexity limit allows.

/** The timeline of a working group: the steps of the objectives in the group's thematic area
 * (`thematicAreaId`), per organisation and objective, from every plan the viewer may read (the
 * API gives whole plans that have such an objective; their other objectives are left out). */
export function GroupTimeline({ workingGroupId, thematicAreaId, onMove }: { workingGroupId: string; thematicAreaId: string; onMove?: MoveStep }) {
  const { t } = useTranslation('plans');
  const [{ data, fetching, error }] = useQuery({ query: GroupPlansQuery, variables: { workingGroupId } });
  const rows = useMemo(() => (data ? groupTimelineRows(data.actionPlans.nodes, thematicAreaId) : []), [data, thematicAreaId]);
  return (
    <section aria-labelledby="group-timeline">
      <Title order={2} size="h4" id="group-timeline" mb="xs">
        {t('plans:groupTimeline')}
      </Title>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {data && <Timeline rows={rows} onMove={onMove} />}
    </section>
  );
}
