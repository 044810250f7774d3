import { Box, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { useFormat } from '../components/format';
import { Loading, QueryError } from '../components/states';
import { graphql } from '../gql';

const StepReportsQuery = graphql(`
  query StepReports($id: ID!) {
    node(id: $id) {
      ... on ActionStep {
        id
        progressReports(first: 100) {
          totalCount
          nodes {
            id
            status
            percentComplete
            narrative
            createdAt
            author {
              id
              displayName
            }
            coordinationCall {
              id
              heldOn
            }
          }
        }
      }
    }
  }
`);

/** Every progress report on a step, newest first: who said what and when. Loaded when
 * opened (a plan has many steps; few histories are read). */
export function ReportHistory({ stepId }: { stepId: string }) {
  const { t } = useTranslation(['progress', 'common']);
  const format = useFormat();
  const [{ data, error }] = useQuery({ query: StepReportsQuery, variables: { id: stepId }, requestPolicy: 'cache-and-network' });
  if (error) return <QueryError error={error} />;
  if (!data) return <Loading />;
  const reports = data.node && 'progressReports' in data.node ? data.node.progressReports : null;
  if (!reports || reports.nodes.length === 0) return <Text c="dimmed">{t('progress:noReport')}</Text>;
  return (
    <Box data-testid="report-history">
      <List size="sm" spacing="xs" listStyleType="none">
        {reports.nodes.map((report) => (
          <List.Item key={report.id}>
            <Text size="xs" c="dimmed">
              {t('progress:reportedBy', { date: format.time(report.createdAt), author: report.author?.displayName ?? t('progress:generated') })} ·{' '}
              {t(`progress:statuses.${report.status}`)} · {format.percent(report.percentComplete)}
              {report.coordinationCall && ` · ${t('progress:presentedAt', { date: format.day(report.coordinationCall.heldOn) })}`}
            </Text>
            {report.narrative && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {report.narrative}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      {reports.totalCount > reports.nodes.length && (
        <Text size="xs" c="dimmed">
          {t('progress:olderReports', { count: reports.totalCount - reports.nodes.length })}
        </Text>
      )}
    </Box>
  );
}
