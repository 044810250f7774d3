import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { graphql } from '../gql';
import { FeedbackThread } from './FeedbackThread';
import { Loading, QueryError } from './states';

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
        viewerFeedbackKinds
        feedback {
          ...FeedbackItemFields
        }
      }
    }
  }
`);

/** A working group's "ask the expert" board: proposed actions with their guiding questions
 * and feedback threads, refreshed in place. */
export function AskTheExpert({ workingGroupId }: { workingGroupId: string }) {
  const { t } = useTranslation('feedback');
  const [{ data, fetching, error }, refetch] = useQuery({ query: BoardQuery, variables: { id: workingGroupId } });

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
        {t('feedback:title')}
      </Title>
      {actions.length === 0 && <Text c="dimmed">{t('feedback:none')}</Text>}
      <Stack>
        {actions.map((action) => (
          <Card withBorder key={action.id} component="article" aria-label={action.title} data-testid="proposed-action">
            <Title order={3} size="h5">
              {action.title}
            </Title>
            <Text size="sm" c="dimmed">
              {t('feedback:presentedBy', { organisation: action.organisation.name })}
            </Text>
            <Text size="sm" mt="xs">
              {action.description}
            </Text>
            {action.guidingQuestions.length > 0 && (
              <>
                <Text fw={600} size="sm" mt="sm">
                  {t('feedback:guidingQuestions')}
                </Text>
                <List size="sm">
                  {action.guidingQuestions.map((q) => (
                    <List.Item key={q}>{q}</List.Item>
                  ))}
                </List>
              </>
            )}
            <FeedbackThread
              target={{ proposedActionId: action.id }}
              items={action.feedback}
              kinds={action.viewerFeedbackKinds}
              label={t('feedback:feedback')}
              onChanged={reload}
            />
          </Card>
        ))}
      </Stack>
    </section>
  );
}
