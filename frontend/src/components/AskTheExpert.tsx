import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useQuery } from 'urql';

import { graphql } from '../gql';
import { proposedActionAnchor } from '../proposedActions/anchor';
import { ProposedActionHeading } from '../proposedActions/ProposedActionHeading';
import { ProposeActionForm } from '../proposedActions/ProposeActionForm';
import { FeedbackThread } from './FeedbackThread';
import { Loading, QueryError } from './states';
import { useViewer } from './viewer';

/** How often the board looks for other people's new feedback. */
const POLL_MS = 5_000;

const BoardQuery = graphql(`
  query AskTheExpertBoard($id: ID!) {
    workingGroup(id: $id) {
      id
      viewerCanProposeAction
      memberships {
        id
        organisation {
          id
          name
        }
      }
      proposedActions {
        id
        title
        description
        guidingQuestions
        guidingQuestionsContext
        section
        viewerCanUpdate
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
 * and feedback threads, refreshed in place. Whoever the API lets propose actions in the group
 * (`viewerCanProposeAction`) proposes one; whoever may edit an action (`viewerCanUpdate`)
 * corrects it, or deletes it after a confirmation. */
export function AskTheExpert({ workingGroupId }: { workingGroupId: string }) {
  const { t } = useTranslation(['feedback', 'proposedActions']);
  const [{ data, fetching, error }, refetch] = useQuery({ query: BoardQuery, variables: { id: workingGroupId } });
  const viewer = useViewer();
  const [proposing, setProposing] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);

  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [refetch]);

  // A link to one proposed action (`#proposed-action-…`, from the expert's dashboard) scrolls
  // to its card once the board has loaded.
  const { hash } = useLocation();
  const loaded = !!data;
  useEffect(() => {
    if (!loaded || !hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView?.({ block: 'start' });
  }, [loaded, hash]);

  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  const group = data?.workingGroup;
  const actions = group?.proposedActions ?? [];
  const members = (group?.memberships ?? []).map((m) => ({ value: m.organisation.id, label: m.organisation.name })).sort((a, b) => a.label.localeCompare(b.label));
  const ownOrganisationId = viewer?.organisation?.id ?? null;
  return (
    <section aria-labelledby="ask-the-expert">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="ask-the-expert">
          {t('feedback:title')}
        </Title>
        {group?.viewerCanProposeAction && !proposing && <Button onClick={() => setProposing(true)}>{t('proposedActions:propose')}</Button>}
      </Group>
      {proposing && (
        <Card withBorder p="sm" mb="sm">
          <ProposeActionForm
            workingGroupId={workingGroupId}
            members={members}
            ownOrganisationId={ownOrganisationId}
            onCancel={() => setProposing(false)}
            onDone={() => {
              setProposing(false);
              reload();
            }}
          />
        </Card>
      )}
      {actions.length === 0 && <Text c="dimmed">{t('feedback:none')}</Text>}
      <Stack>
        {actions.map((action) => (
          <Card withBorder key={action.id} id={proposedActionAnchor(action.id)} component="article" aria-label={action.title} data-testid="proposed-action">
            <ProposedActionHeading
              id={action.id}
              title={action.title}
              editable={action.viewerCanUpdate}
              editing={editing === action.id}
              onEdit={() => setEditing(action.id)}
              onDeleted={reload}
            />
            {editing === action.id && (
              <ProposeActionForm
                workingGroupId={workingGroupId}
                action={action}
                members={members}
                ownOrganisationId={ownOrganisationId}
                onCancel={() => setEditing(null)}
                onDone={() => {
                  setEditing(null);
                  reload();
                }}
              />
            )}
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
            {action.guidingQuestionsContext.length > 0 && (
              <>
                <Text fw={600} size="sm" mt="sm">
                  {t('feedback:context')}
                </Text>
                <List size="sm" data-testid="questions-context">
                  {action.guidingQuestionsContext.map((c) => (
                    <List.Item key={c}>{c}</List.Item>
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
