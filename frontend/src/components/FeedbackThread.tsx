import { Alert, Badge, Button, Card, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { graphql } from '../gql';
import type { AddFeedbackInput, FeedbackKind } from '../gql/graphql';
import { notify } from './notify';
import { isForbidden } from './states';

export const FeedbackItemFields = graphql(`
  fragment FeedbackItemFields on Feedback {
    id
    kind
    body
    createdAt
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
        field
        message
        code
      }
    }
  }
`);

const KINDS: FeedbackKind[] = ['EXPERT_FEEDBACK', 'QUESTION', 'REPLY', 'RECOMMENDATION'];

/** What the feedback is about: exactly one of the target ids (a proposed action, a plan, an
 * action or a progress report). */
export type FeedbackTarget = Partial<Pick<AddFeedbackInput, 'proposedActionId' | 'actionPlanId' | 'actionId' | 'progressReportId'>>;

interface FeedbackFormProps {
  target: FeedbackTarget;
  parentId?: string;
  label: string;
  onSent: () => void;
}

function FeedbackForm({ target, parentId, label, onSent }: FeedbackFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<FeedbackKind>(parentId ? 'REPLY' : 'EXPERT_FEEDBACK');
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [state, addFeedback] = useMutation(AddFeedbackMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await addFeedback({ input: { ...target, kind, body, parentId: parentId ?? null } });
    if (result.error) {
      setProblem(isForbidden(result.error) ? t('common.notAllowedAction') : (result.error.graphQLErrors[0]?.message ?? result.error.message));
      return;
    }
    const userError = result.data?.addFeedback.userErrors[0];
    if (userError) {
      setProblem(userError.message);
      return;
    }
    setProblem(null);
    setBody('');
    notify(t('askTheExpert.sent'));
    onSent();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={label}>
      <Stack gap="xs">
        {problem && (
          <Alert color="red.9" role="alert" data-testid="feedback-error">
            {problem}
          </Alert>
        )}
        <Select
          label={t('askTheExpert.kind')}
          data={KINDS.map((k) => ({ value: k, label: t(`askTheExpert.kinds.${k}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as FeedbackKind)}
          allowDeselect={false}
          maw={220}
        />
        <Textarea label={t('askTheExpert.body')} required autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button type="submit" loading={state.fetching} disabled={body.trim() === ''}>
            {t('askTheExpert.send')}
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
  author: { id: string; displayName: string };
  replies: { id: string; kind: FeedbackKind; body: string; createdAt: string; author: { id: string; displayName: string } }[];
}

interface FeedbackThreadProps {
  target: FeedbackTarget;
  items: FeedbackItem[];
  /** Label of the form for new top-level feedback. */
  label: string;
  onChanged: () => void;
}

/** A feedback thread: top-level items with their replies, a reply form per item, and a form
 * for new feedback. The server decides who may write what. */
export function FeedbackThread({ target, items, label, onChanged }: FeedbackThreadProps) {
  const { t, i18n } = useTranslation();
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <Text fw={600} size="sm" mt="sm">
        {t('askTheExpert.feedback')}
      </Text>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('askTheExpert.noFeedback')}
        </Text>
      )}
      <Stack gap="xs" data-testid="feedback-thread">
        {items.map((item) => (
          <Card key={item.id} withBorder p="xs">
            <Group gap="xs">
              <Badge color="indigo">{t(`askTheExpert.kinds.${item.kind}`)}</Badge>
              <Text size="sm" fw={600}>
                {item.author.displayName}
              </Text>
              <Text size="xs" c="dimmed">
                {time.format(new Date(item.createdAt))}
              </Text>
            </Group>
            <Text size="sm">{item.body}</Text>
            {item.replies.map((reply) => (
              <Card key={reply.id} withBorder p="xs" ml="lg" mt="xs">
                <Group gap="xs">
                  <Badge color="gray.7">{t(`askTheExpert.kinds.${reply.kind}`)}</Badge>
                  <Text size="sm" fw={600}>
                    {reply.author.displayName}
                  </Text>
                </Group>
                <Text size="sm">{reply.body}</Text>
              </Card>
            ))}
            {replyTo === item.id ? (
              <FeedbackForm
                target={target}
                parentId={item.id}
                label={t('askTheExpert.replyTo', { author: item.author.displayName })}
                onSent={() => {
                  setReplyTo(null);
                  onChanged();
                }}
              />
            ) : (
              <Group justify="flex-end">
                <Button size="xs" variant="subtle" onClick={() => setReplyTo(item.id)}>
                  {t('askTheExpert.reply')}
                </Button>
              </Group>
            )}
          </Card>
        ))}
      </Stack>
      <FeedbackForm target={target} label={label} onSent={onChanged} />
    </>
  );
}
