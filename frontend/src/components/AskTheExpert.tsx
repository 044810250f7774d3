import { Alert, Badge, Button, Card, Group, List, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { graphql } from '../gql';
import type { FeedbackKind } from '../gql/graphql';
import { Loading, QueryError, isForbidden } from './states';
import { notify } from './notify';

/** How often the board looks for other people's new feedback. */
const POLL_MS = 5_000;

const BoardQuery = graphql(`
  query AskTheExpertBoard($id: ID!) {
    workingGroup(id: $id) {
      id
      proposedActions {
        id
        title
        description
        guidingQuestions
        guidingQuestionsContext
        organisation {
          id
          name
        }
        feedback {
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

interface FeedbackFormProps {
  proposedActionId: string;
  parentId?: string;
  label: string;
  onSent: () => void;
}

function FeedbackForm({ proposedActionId, parentId, label, onSent }: FeedbackFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<FeedbackKind>(parentId ? 'REPLY' : 'EXPERT_FEEDBACK');
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [state, addFeedback] = useMutation(AddFeedbackMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await addFeedback({ input: { proposedActionId, kind, body, parentId: parentId ?? null } });
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
        <Group align="flex-end" grow>
          <Select
            label={t('askTheExpert.kind')}
            data={KINDS.map((k) => ({ value: k, label: t(`askTheExpert.kinds.${k}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as FeedbackKind)}
            allowDeselect={false}
            maw={220}
          />
        </Group>
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

/** A working group's "ask the expert" board: proposed actions with their guiding questions
 * and feedback threads, refreshed in place. */
export function AskTheExpert({ workingGroupId }: { workingGroupId: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: BoardQuery, variables: { id: workingGroupId } });
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [refetch]);

  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  const actions = data?.workingGroup?.proposedActions ?? [];
  return (
    <section aria-labelledby="ask-the-expert">
      <Title order={2} size="h4" id="ask-the-expert" mb="xs">
        {t('askTheExpert.title')}
      </Title>
      {actions.length === 0 && <Text c="dimmed">{t('askTheExpert.none')}</Text>}
      <Stack>
        {actions.map((action) => (
          <Card withBorder key={action.id} component="article" aria-label={action.title} data-testid="proposed-action">
            <Title order={3} size="h5">
              {action.title}
            </Title>
            <Text size="sm" c="dimmed">
              {t('askTheExpert.presentedBy', { organisation: action.organisation.name })}
            </Text>
            <Text size="sm" mt="xs">
              {action.description}
            </Text>
            {action.guidingQuestions.length > 0 && (
              <>
                <Text fw={600} size="sm" mt="sm">
                  {t('askTheExpert.guidingQuestions')}
                </Text>
                <List size="sm">
                  {action.guidingQuestions.map((q) => (
                    <List.Item key={q}>{q}</List.Item>
                  ))}
                </List>
              </>
            )}
            <Text fw={600} size="sm" mt="sm">
              {t('askTheExpert.feedback')}
            </Text>
            {action.feedback.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('askTheExpert.noFeedback')}
              </Text>
            )}
            <Stack gap="xs" data-testid="feedback-thread">
              {action.feedback.map((item) => (
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
                      proposedActionId={action.id}
                      parentId={item.id}
                      label={t('askTheExpert.replyTo', { author: item.author.displayName })}
                      onSent={() => {
                        setReplyTo(null);
                        reload();
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
            <FeedbackForm proposedActionId={action.id} label={t('askTheExpert.feedback')} onSent={reload} />
          </Card>
        ))}
      </Stack>
    </section>
  );
}
