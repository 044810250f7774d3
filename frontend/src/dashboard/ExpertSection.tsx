import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataTable } from '../components/DataTable';
import { useFormat } from '../components/format';
import type { DashboardQuery } from '../gql/graphql';
import { proposedActionAnchor } from '../proposedActions/anchor';
import { groupName } from './groupName';
import { Section } from './Section';

type ExpertGroup = DashboardQuery['viewer']['expertGroups'][number];
type ProposedAction = ExpertGroup['proposedActions'][number];

/** Whether `userId` wrote anything in the action's feedback thread (top-level or reply). */
function hasWritten(action: ProposedAction, userId: string): boolean {
  return action.feedback.some((item) => item.author.id === userId || item.replies.some((reply) => reply.author.id === userId));
}

/** One group the viewer is invited to as an expert, with the proposed actions it has not
 * written feedback on yet. */
function ExpertGroupPanel({ group, viewerId }: { group: ExpertGroup; viewerId: string }) {
  const { t } = useTranslation(['dashboard']);
  const format = useFormat();
  const awaiting = group.proposedActions.filter((action) => !hasWritten(action, viewerId));
  return (
    <Section
      order={3}
      testId="expert-group"
      title={
        <Anchor component={Link} to={`/working-groups/${group.id}`} inherit>
          {groupName(group)}
        </Anchor>
      }
    >
      <Section order={4} title={t('dashboard:expertAwaiting', { count: awaiting.length, formatted: format.number(awaiting.length) })} testId="expert-awaiting">
        {awaiting.length === 0 ? (
          <Text c="dimmed">{group.proposedActions.length === 0 ? t('dashboard:expertNoProposedActions') : t('dashboard:expertNoneAwaiting')}</Text>
        ) : (
          <DataTable
            testId="expert-awaiting-actions"
            rows={awaiting}
            columns={[
              {
                header: t('dashboard:proposedAction'),
                cell: (action) => (
                  <Anchor component={Link} to={`/working-groups/${group.id}#${proposedActionAnchor(action.id)}`}>
                    {action.title}
                  </Anchor>
                ),
              },
              { header: t('dashboard:presentedBy'), cell: (action) => action.organisation.name },
              {
                header: t('dashboard:feedbackSoFar'),
                cell: (action) => format.number(action.feedback.reduce((sum, item) => sum + 1 + item.replies.length, 0)),
              },
            ]}
          />
        )}
      </Section>
    </Section>
  );
}

/** For an invited expert: its groups, each with the proposed actions awaiting its feedback. */
export function ExpertSection({ groups, viewerId }: { groups: ExpertGroup[]; viewerId: string }) {
  const { t } = useTranslation(['dashboard']);
  return (
    <Section title={t('dashboard:expertGroups')} testId="expert-dashboard">
      {groups.map((group) => (
        <ExpertGroupPanel key={group.id} group={group} viewerId={viewerId} />
      ))}
    </Section>
  );
}
