import { Badge, Button, Card, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { graphql } from '../gql';
import type { AddFeedbackInput, FeedbackKind } from '../gql/graphql';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { defaultFeedbackKind, offeredKinds } from './feedbackKinds';
import { useFormat } from './format';
import { notify } from './notify';
import { useViewer } from './viewer';

export const FeedbackItemFields = graphql(`
  fragment FeedbackItemFields on Feedback {
    id
    kind
    body
    createdAt
    viewerCanReply
    author {
      id
      displayName
    }
    replies {
      id
      kind
      body
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

const AddFeedbackMutation = graphql(`
  mutation AddFeedback($input: AddFeedbackInput!) {
    addFeedback(input: $input) {
      feedback {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** What the feedback is about: exactly one of the target ids (a proposed action, a plan, an
 * action or a progress report). */
export type FeedbackTarget = Partial<Pick<AddFeedbackInput, 'proposedActionId' | 'actionPlanId' | 'actionId' | 'progressReportId'>>;

interface FeedbackFormProps {
  target: FeedbackTarget;
  parentId?: string;
  /** The kinds the form offers (see `offeredKinds`); not empty. */
  kinds: FeedbackKind[];
  label: string;
  onSent: () => void;
}

function FeedbackForm({ target, parentId, kinds, label, onSent }: FeedbackFormProps) {
  const { t } = useTranslation(['feedback', 'common']);
  const viewer = useViewer();
  // Until the viewer picks one, the kind follows the default (the viewer may load later).
  const [chosen, setChosen] = useState<FeedbackKind | null>(null);
  const kind = (chosen && kinds.includes(chosen) ? chosen : defaultFeedbackKind(kinds, viewer?.globalRole, !!parentId)) ?? kinds[0];
  const [body, setBody] = useState('');
  const problems = useMutationProblems({ body: t('feedback:body'), kind: t('feedback:kind') });
  const [state, addFeedback] = useMutation(AddFeedbackMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!kind) return;
    const result = await addFeedback({ input: { ...target, kind, body, parentId: parentId ?? null } });
    if (!problems.check(result, result.data?.addFeedback.userErrors)) return;
    setBody('');
    notify(t('feedback:sent'));
    onSent();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={label}>
      <Stack gap="xs">
        <ProblemsAlert messages={problems.page} testId="feedback-error" />
        {kinds.length > 1 ? (
          <Select
            label={t('feedback:kind')}
            data={kinds.map((k) => ({ value: k, label: t(`feedback:kinds.${k}`) }))}
            value={kind}
            onChange={(value) => value && setChosen(value as FeedbackKind)}
            allowDeselect={false}
            maw={220}
          />
        ) : (
          <Text size="sm" c="dimmed" data-testid="feedback-kind">
            {t('feedback:kindFixed', { kind: t(`feedback:kinds.${kind}`) })}
          </Text>
        )}
        <Textarea
          label={t('feedback:body')}
          required
          autosize
          minRows={2}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={problems.field('body')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={state.fetching} disabled={body.trim() === ''}>
            {t('feedback:send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface FeedbackItem {
  id: string;
  kind: FeedbackKind;
  body: string;
  createdAt: string;
  viewerCanReply: boolean;
  author: { id: string; displayName: string };
  replies: { id: string; kind: FeedbackKind; body: string; createdAt: string; author: { id: string; displayName: string } }[];
}

interface FeedbackThreadProps {
  target: FeedbackTarget;
  items: FeedbackItem[];
  /** The kinds of feedback the viewer may post on the subject (its `viewerFeedbackKinds`):
   * without any, the thread is read-only. */
  kinds: readonly FeedbackKind[];
  /** Label of the form for new top-level feedback. */
  label: string;
  onChanged: () => void;
}

/** A feedback thread: top-level items with their replies, a reply form per item the viewer
 * may answer, and a form for new feedback offering the kinds the viewer may post. The server
 * decides who may write what (the capability fields), so no form ends in "not allowed". */
export function FeedbackThread({ target, items, kinds, label, onChanged }: FeedbackThreadProps) {
  const { t } = useTranslation(['feedback', 'common']);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const topLevelKinds = offeredKinds(kinds, false);
  const replyKinds = offeredKinds(kinds, true);
  const format = useFormat();
  return (
    <>
      <Text fw={600} size="sm" mt="sm">
        {t('feedback:feedback')}
      </Text>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('feedback:noFeedback')}
        </Text>
      )}
      <Stack gap="xs" data-testid="feedback-thread">
        {items.map((item) => (
          <Card key={item.id} withBorder p="xs">
            <Group gap="xs">
              <Badge color="indigo">{t(`feedback:kinds.${item.kind}`)}</Badge>
              <Text size="sm" fw={600}>
                {item.author.displayName}
              </Text>
              <Text size="xs" c="dimmed" title={format.time(item.createdAt)}>
                {format.relative(item.createdAt)}
              </Text>
            </Group>
            <Text size="sm">{item.body}</Text>
            {item.replies.map((reply) => (
              <Card key={reply.id} withBorder p="xs" ml="lg" mt="xs">
                <Group gap="xs">
                  <Badge color="gray.7">{t(`feedback:kinds.${reply.kind}`)}</Badge>
                  <Text size="sm" fw={600}>
                    {reply.author.displayName}
                  </Text>
                  <Text size="xs" c="dimmed" title={format.time(reply.createdAt)}>
                    {format.relative(reply.createdAt)}
                  </Text>
                </Group>
                <Text size="sm">{reply.body}</Text>
              </Card>
            ))}
            {!item.viewerCanReply || replyKinds.length === 0 ? null : replyTo === item.id ? (
              <FeedbackForm
                target={target}
                parentId={item.id}
                kinds={replyKinds}
                label={t('feedback:replyTo', { author: item.author.displayName })}
                onSent={() => {
                  setReplyTo(null);
                  onChanged();
                }}
              />
            ) : (
              <Group justify="flex-end">
                <Button size="xs" variant="subtle" onClick={() => setReplyTo(item.id)}>
                  {t('feedback:reply')}
                </Button>
              </Group>
            )}
          </Card>
        ))}
      </Stack>
      {topLevelKinds.length > 0 && <FeedbackForm target={target} kinds={topLevelKinds} label={label} onSent={onChanged} />}
    </>
  );
}
