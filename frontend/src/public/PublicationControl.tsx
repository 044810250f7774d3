import { Anchor, Badge, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';

import { useFormat } from '../components/format';
import { notify } from '../components/notify';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { allMessages } from '../errors/problems';
import { useMutationProblems } from '../errors/useMutationProblems';
import type { PracticePublicationFragment } from '../gql/graphql';
import { PublishGoodPracticeMutation, WithdrawGoodPracticeMutation } from './queries';

/** A practice's place on the public pages: "Public since …" with a link to its public page
 * for whoever reads it; the coordinator (`viewerCanPublish`) publishes it, or withdraws it
 * after a confirmation. A refusal is shown by its code next to the control. */
export function PublicationControl({ practice }: { practice: Partial<PracticePublicationFragment> & { id: string; title: string } }) {
  const { t } = useTranslation(['public', 'errors']);
  const format = useFormat();
  const [publishing, publish] = useMutation(PublishGoodPracticeMutation);
  const [withdrawing, withdraw] = useMutation(WithdrawGoodPracticeMutation);
  // The answer of the last mutation, until the list reloads with it.
  const [changed, setChanged] = useState<{ publishedAt: string | null } | null>(null);
  const problems = useMutationProblems({ id: t('public:publication.practice') });
  const publishedAt = changed ? changed.publishedAt : (practice.publishedAt ?? null);
  const canPublish = practice.viewerCanPublish === true;
  if (!publishedAt && !canPublish) return null;

  async function run(kind: 'publish' | 'withdraw') {
    if (kind === 'withdraw' && !window.confirm(t('public:publication.confirmWithdraw', { title: practice.title }))) return;
    const input = { input: { id: practice.id } };
    if (kind === 'publish') {
      const result = await publish(input);
      if (!problems.check(result, result.data?.publishGoodPractice.userErrors)) return;
      setChanged({ publishedAt: result.data?.publishGoodPractice.goodPractice?.publishedAt ?? new Date().toISOString() });
      notify(t('public:publication.published'));
    } else {
      const result = await withdraw(input);
      if (!problems.check(result, result.data?.withdrawGoodPractice.userErrors)) return;
      setChanged({ publishedAt: null });
      notify(t('public:publication.withdrawn'));
    }
  }

  return (
    <Stack gap={4} mt="xs" data-testid="practice-publication">
      <Group gap="xs">
        {publishedAt && (
          <>
            <Badge color="teal.9">{t('public:publication.publicSince', { date: format.day(publishedAt.slice(0, 10)) })}</Badge>
            <Anchor component={Link} to={`/public/good-practices/${encodeURIComponent(practice.id)}`} size="sm" aria-label={t('public:publication.openNamed', { title: practice.title })}>
              {t('public:publication.open')}
            </Anchor>
          </>
        )}
        {canPublish &&
          (publishedAt ? (
            <Button
              size="xs"
              variant="outline"
              color="red.9"
              loading={withdrawing.fetching}
              aria-label={t('public:publication.withdrawNamed', { title: practice.title })}
              onClick={() => void run('withdraw')}
            >
              {t('public:publication.withdraw')}
            </Button>
          ) : (
            <Button
              size="xs"
              variant="outline"
              loading={publishing.fetching}
              aria-label={t('public:publication.publishNamed', { title: practice.title })}
              onClick={() => void run('publish')}
            >
              {t('public:publication.publish')}
            </Button>
          ))}
      </Group>
      <ProblemsAlert messages={allMessages(problems.problems)} testId="practice-publication-problems" />
    </Stack>
  );
}
