import { Button, Group, Select, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { ExpertCandidatesQuery, InviteExpertMutation } from './queries';

/** Invites an expert to a working group: one of the active users with the EXPERT role who is
 * not invited yet. */
export function InviteExpertForm({ workingGroupId, invitedIds, onDone }: { workingGroupId: string; invitedIds: string[]; onDone: () => void }) {
  const { t } = useTranslation(['experts', 'common']);
  const [{ data }] = useQuery({ query: ExpertCandidatesQuery });
  const [inviting, invite] = useMutation(InviteExpertMutation);
  const [userId, setUserId] = useState<string | null>(null);
  const problems = useMutationProblems({ userId: t('experts:expert') });
  const candidates = (data?.users.nodes ?? [])
    .filter((u) => u.globalRole === 'EXPERT' && u.active && !invitedIds.includes(u.id))
    .map((u) => ({ value: u.id, label: u.displayName }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!userId) return;
    const result = await invite({ input: { workingGroupId, userId } });
    if (!problems.check(result, result.data?.inviteExpert.userErrors)) return;
    notify(t('experts:invited'));
    setUserId(null);
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('experts:invite')}>
      <Stack gap="xs">
        <ProblemsAlert messages={problems.page} />
        <Group align="flex-end" gap="xs">
          <Select
            label={t('experts:expert')}
            description={candidates.length === 0 && data ? t('experts:noCandidates') : undefined}
            data={candidates}
            value={userId}
            onChange={setUserId}
            searchable
            disabled={candidates.length === 0}
            error={problems.field('userId')}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button type="submit" loading={inviting.fetching} disabled={!userId}>
            {t('experts:invite')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
