import { Button, Group, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { notify } from '../components/notify';
import { Loading, QueryError } from '../components/states';
import { allMessages, problemsOf } from '../errors/problems';
import { GroupExpertsQuery, WithdrawExpertInvitationMutation } from './queries';
import { InviteExpertForm } from './InviteExpertForm';

/** A working group's invited experts. Whoever the API lets invite them (the group's
 * `viewerCanInviteExpert`) invites one and withdraws an invitation (after a confirmation). */
export function Experts({ workingGroupId }: { workingGroupId: string }) {
  const { t } = useTranslation(['experts', 'workingGroups', 'common']);
  const [{ data, fetching, error }, refetch] = useQuery({ query: GroupExpertsQuery, variables: { workingGroupId } });
  const [, withdraw] = useMutation(WithdrawExpertInvitationMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const group = data?.workingGroup;

  async function withdrawInvitation(userId: string, name: string) {
    if (!window.confirm(t('experts:confirmWithdraw', { name }))) return;
    const result = await withdraw({ input: { workingGroupId, userId } });
    const messages = allMessages(problemsOf(t, result, result.data?.withdrawExpertInvitation.userErrors));
    if (messages.length > 0) notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
    else notify(t('experts:withdrawn', { name }));
    reload();
  }

  return (
    <section aria-labelledby="experts" data-testid="experts">
      <Title order={2} size="h4" id="experts" mb="xs">
        {t('workingGroups:experts')}
      </Title>
      {error && <QueryError error={error} />}
      {fetching && !data && <Loading />}
      {group && (
        <>
          {group.invitedExperts.length === 0 ? (
            <Text c="dimmed">{t('workingGroups:noExperts')}</Text>
          ) : (
            <List data-testid="invited-experts" mb="xs">
              {group.invitedExperts.map((expert) => (
                <List.Item key={expert.id}>
                  <Group gap="xs">
                    <span>{expert.displayName}</span>
                    {group.viewerCanInviteExpert && (
                      <Button
                        size="compact-xs"
                        color="red.9"
                        variant="outline"
                        aria-label={t('experts:withdrawOf', { name: expert.displayName })}
                        onClick={() => void withdrawInvitation(expert.id, expert.displayName)}
                      >
                        {t('experts:withdraw')}
                      </Button>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
          {group.viewerCanInviteExpert && <InviteExpertForm workingGroupId={group.id} invitedIds={group.invitedExperts.map((e) => e.id)} onDone={reload} />}
        </>
      )}
    </section>
  );
}
