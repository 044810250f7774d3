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
import {
  PublishGoodPracticeMutation,
  PublishPlanSummaryMutation,
  WithdrawGoodPracticeMutation,
  WithdrawPlanSummaryMutation,
} from './queries';

/** What the control shows and acts on: a good practice or an action plan. */
interface Published {
  id: string;
  /** How the confirmation and the buttons name it. */
  title: string;
  publishedAt?: string | null;
  viewerCanPublish?: boolean;
}

/** A practice's place on the public pages (see {@link Publication}). */
export function PublicationControl({ practice }: { practice: Published }) {
  return <Publication kind="practice" target={practice} />;
}

/** An agreed plan's summary on the public pages (see {@link Publication}). */
export function PlanPublicationControl({ plan }: { plan: Published }) {
  return <Publication kind="plan" target={plan} />;
}

/** A place on the public pages: "Public since …" with a link to the public page for whoever
 * reads it; the coordinator (`viewerCanPublish`) publishes, or withdraws after a
 * confirmation. A refusal is shown by its code next to the control. */
function Publication({ kind, target }: { kind: 'practice' | 'plan'; target: Published }) {
  const { t } = useTranslation(['public', 'errors']);
  const format = useFormat();
  const [publishingPractice, publishPractice] = useMutation(PublishGoodPracticeMutation);
  const [withdrawingPractice, withdrawPractice] = useMutation(WithdrawGoodPracticeMutation);
  const [publishingPlan, publishPlan] = useMutation(PublishPlanSummaryMutation);
  const [withdrawingPlan, withdrawPlan] = useMutation(WithdrawPlanSummaryMutation);
  // The answer of the last mutation, until the page reloads with it.
  const [changed, setChanged] = useState<{ publishedAt: string | null } | null>(null);
  const problems = useMutationProblems({ id: t(`public:publication.${kind}`) });
  const publishedAt = changed ? changed.publishedAt : (target.publishedAt ?? null);
  const canPublish = target.viewerCanPublish === true;
  if (!publishedAt && !canPublish) return null;
  const publishing = kind === 'practice' ? publishingPractice : publishingPlan;
  const withdrawing = kind === 'practice' ? withdrawingPractice : withdrawingPlan;
  const publicPath = kind === 'practice' ? `/public/good-practices/${encodeURIComponent(target.id)}` : `/public/plans/${encodeURIComponent(target.id)}`;

  /** Publishes (or withdraws) and returns the new date, or undefined when refused. */
  async function send(publish: boolean): Promise<string | null | undefined> {
    const input = { input: { id: target.id } };
    if (kind === 'practice') {
      const result = publish ? await publishPractice(input) : await withdrawPractice(input);
      const payload = result.data && ('publishGoodPractice' in result.data ? result.data.publishGoodPractice : result.data.withdrawGoodPractice);
      if (!problems.check(result, payload?.userErrors)) return undefined;
      return payload?.goodPractice?.publishedAt ?? null;
    }
    const result = publish ? await publishPlan(input) : await withdrawPlan(input);
    const payload = result.data && ('publishPlanSummary' in result.data ? result.data.publishPlanSummary : result.data.withdrawPlanSummary);
    if (!problems.check(result, payload?.userErrors)) return undefined;
    return payload?.actionPlan?.publishedAt ?? null;
  }

  async function run(action: 'publish' | 'withdraw') {
    if (action === 'withdraw' && !window.confirm(t('public:publication.confirmWithdraw', { title: target.title }))) return;
    const at = await send(action === 'publish');
    if (at === undefined) return;
    setChanged({ publishedAt: action === 'publish' ? (at ?? new Date().toISOString()) : null });
    notify(t(action === 'publish' ? 'public:publication.published' : 'public:publication.withdrawn'));
  }

  return (
    <Stack gap={4} mt="xs" data-testid={`${kind}-publication`}>
      <Group gap="xs">
        {publishedAt && (
          <>
            <Badge color="teal.9">{t('public:publication.publicSince', { date: format.day(publishedAt.slice(0, 10)) })}</Badge>
            <Anchor component={Link} to={publicPath} size="sm" aria-label={t('public:publication.openNamed', { title: target.title })}>
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
              aria-label={t('public:publication.withdrawNamed', { title: target.title })}
              onClick={() => void run('withdraw')}
            >
              {t('public:publication.withdraw')}
            </Button>
          ) : (
            <Button
              size="xs"
              variant="outline"
              loading={publishing.fetching}
              aria-label={t('public:publication.publishNamed', { title: target.title })}
              onClick={() => void run('publish')}
            >
              {t('public:publication.publish')}
            </Button>
          ))}
      </Group>
      <ProblemsAlert messages={allMessages(problems.problems)} testId={`${kind}-publication-problems`} />
    </Stack>
  );
}
