import { Alert, Anchor, Badge, Button, Group, List, Stack, Tabs, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { FeedbackThread } from '../components/FeedbackThread';
import { useFormat } from '../components/format';
import { notify } from '../components/notify';
import { allMessages, describeUserError, problemsOf } from '../errors/problems';
import type { UserErrorFieldsFragment } from '../gql/graphql';
import type { CombinedError } from 'urql';
import { Loading, PageTitle, QueryError } from '../components/states';
import { RemoveActionMutation } from './mutations';
import { PlanFiles } from './PlanFiles';
import { PlanTables, actionHeading } from './PlanTables';
import { ProgressPanel } from './ProgressPanel';
import { PlanQuery } from './queries';
import { StageControls } from './StageControls';
import { ActionEditor } from './ActionEditor';
import { actionProgressAnchor } from './actionHeading';
import { ADD_ACTION_FOCUS, AddActionForm } from './AddActionForm';
import { AddStepForm, addStepFocus } from './AddStepForm';
import { useReturnFocus } from './focus';
import { StepButtons, editStepFocus } from './StepButtons';
import { StepEditor } from './StepEditor';
import { Timeline, planTimelineRows } from './Timeline';
import type { Plan, PlanAction } from './types';

function Warnings({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['plans', 'errors']);
  if (plan.stage !== 'DRAFT' || plan.warnings.length === 0) return null;
  return (
    <Alert color="indigo" title={t('plans:warnings')} data-testid="plan-warnings">
      <List size="sm">
        {plan.warnings.map((warning) => (
          <List.Item key={warning.code}>{describeUserError(t, warning)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** One action plan: the editor laid out like the report, the timeline, and the stage history. */
export function PlanPage() {
  const { t } = useTranslation(['feedback', 'journey', 'plans', 'progress', 'common']);
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const focusStepId = search.get('step');
  // A link to one action's progress (from a learning journey) opens the progress tab.
  const toActionProgress = useLocation().hash.startsWith(`#${actionProgressAnchor('')}`);
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlanQuery, variables: { id } });
  const [editing, setEditing] = useState<string | null>(null);
  const [editingAction, setEditingAction] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusLater = useReturnFocus();
  const [, removeAction] = useMutation(RemoveActionMutation);
  const plan = data?.actionPlan;
  const rows = useMemo(() => (plan ? planTimelineRows(plan.actions) : []), [plan]);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // What the viewer may change comes from the API's capability fields (the server's policy).
  const editable = plan?.viewerCanUpdate ?? false;
  const monitored = plan?.stage === 'IMPLEMENTING' || plan?.stage === 'COMPLETED';
  const format = useFormat();

  async function report(result: { error?: CombinedError; userErrors?: readonly UserErrorFieldsFragment[] }) {
    const messages = allMessages(problemsOf(t, result, result.userErrors));
    if (messages.length > 0) notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
    reload();
  }

  async function remove(action: PlanAction) {
    if (!window.confirm(t('plans:confirmRemoveAction', { name: actionHeading(action) }))) return;
    const result = await removeAction({ input: { id: action.id, expectedVersion: action.version } });
    // The objective's section goes: focus moves to adding one.
    if (!result.error && result.data?.removeAction.userErrors.length === 0) focusLater(ADD_ACTION_FOCUS);
    await report({ error: result.error, userErrors: result.data?.removeAction.userErrors });
  }

  /** The step editor's ways out: each closes it and returns the focus to the step's Edit. */
  function closeStepEditor(stepId: string) {
    const close = (saved: boolean) => () => {
      setEditing(null);
      focusLater(editStepFocus(stepId));
      if (saved) reload();
    };
    return { onDone: close(true), onCancel: close(false), onReload: close(true) };
  }

  /** An objective's Edit and Remove buttons, or its editor in place. */
  function actionTools(action: PlanAction) {
    if (!editable || !action.viewerCanUpdate) return null;
    const closeEditor = (saved: boolean) => {
      setEditingAction(null);
      focusLater(`edit-action-${action.id}`);
      if (saved) reload();
    };
    if (editingAction === action.id) {
      return <ActionEditor action={action} onDone={() => closeEditor(true)} onCancel={() => closeEditor(false)} onReload={() => closeEditor(true)} />;
    }
    return (
      <Group gap="xs" mb="xs">
        <Button
          size="xs"
          variant="default"
          data-focus-id={`edit-action-${action.id}`}
          aria-label={t('plans:editActionLabel', { name: actionHeading(action) })}
          onClick={() => setEditingAction(action.id)}
        >
          {t('plans:editActionButton')}
        </Button>
        <Button size="xs" color="red.9" variant="outline" onClick={() => void remove(action)}>
          {t('plans:removeAction', { name: actionHeading(action) })}
        </Button>
      </Group>
    );
  }

  if (error) return <QueryError error={error} />;
  if (fetching && !data) return <Loading />;
  if (!plan) return <Text>{t('common:notFound')}</Text>;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('plans:planOf', { organisation: plan.organisation.name })}</PageTitle>
        <Group>
          <Badge size="lg" color="indigo" data-testid="plan-stage">
            {t(`plans:stages.${plan.stage}`)}
          </Badge>
          <Anchor component={Link} to={`/organisations/${plan.organisation.id}/journey`}>
            {t('journey:openJourney', { organisation: plan.organisation.name })}
          </Anchor>
          <Anchor component={Link} to={`/plans/${plan.id}/print`}>
            {t('plans:print')}
          </Anchor>
        </Group>
      </Group>
      <StageControls plan={plan} onChanged={reload} />
      <PlanFiles
        planId={plan.id}
        organisationId={plan.organisation.id}
        organisationName={plan.organisation.name}
        importable={plan.stage === 'DRAFT' && plan.viewerCanUpdate}
        onImported={reload}
      />
      <Warnings plan={plan} />
      <Tabs defaultValue={monitored && (focusStepId || toActionProgress || plan.stage === 'IMPLEMENTING') ? 'progress' : 'plan'}>
        <Tabs.List>
          {monitored && <Tabs.Tab value="progress">{t('progress:tab')}</Tabs.Tab>}
          <Tabs.Tab value="plan">{t('plans:editor')}</Tabs.Tab>
          <Tabs.Tab value="timeline">{t('plans:timeline')}</Tabs.Tab>
          <Tabs.Tab value="feedback">{t('feedback:feedback')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('plans:history')}</Tabs.Tab>
        </Tabs.List>
        {monitored && (
          <Tabs.Panel value="progress" pt="sm">
            <ProgressPanel key={focusStepId ?? ''} plan={plan} focusStepId={focusStepId} onChanged={reload} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="plan" pt="sm">
          <VisuallyHidden role="status" aria-live="polite" data-testid="plan-announcement">
            {announcement}
          </VisuallyHidden>
          <PlanTables
            actions={plan.actions}
            renderActionTools={actionTools}
            renderEditor={(step, action) => (editing === step.id ? <StepEditor step={step} objective={actionHeading(action)} {...closeStepEditor(step.id)} /> : null)}
            renderActions={
              editable
                ? (step, action) =>
                    step.viewerCanUpdate ? (
                      <StepButtons
                        step={step}
                        action={action}
                        onEdit={() => setEditing(step.id)}
                        onChanged={reload}
                        onRemoved={() => focusLater(addStepFocus(action.id))}
                        onAnnounce={setAnnouncement}
                      />
                    ) : null
                : undefined
            }
            renderAfterSteps={(action) =>
              editable && action.viewerCanUpdate ? (
                <AddStepForm
                  action={action}
                  onAdded={(stepId) => {
                    setEditing(stepId);
                    reload();
                  }}
                />
              ) : null
            }
          />
          {editable && <AddActionForm planId={plan.id} onAdded={reload} />}
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="sm">
          {/* Not movable yet: `onMove` comes with re-planning (a mutation and its reason). */}
          <Timeline rows={rows} />
        </Tabs.Panel>
        <Tabs.Panel value="feedback" pt="sm">
          <section aria-label={t('plans:feedbackOnPlan')} data-testid="plan-feedback">
            <FeedbackThread
              target={{ actionPlanId: plan.id }}
              items={plan.feedback}
              kinds={plan.viewerFeedbackKinds}
              label={t('plans:feedbackOnPlan')}
              onChanged={reload}
            />
          </section>
          {plan.actions.map((action) => (
            <section key={action.id} aria-label={t('plans:feedbackOn', { name: actionHeading(action) })}>
              <Title order={3} size="h5" mt="md">
                {actionHeading(action)}
              </Title>
              <FeedbackThread
                target={{ actionId: action.id }}
                items={action.feedback}
                kinds={action.viewerFeedbackKinds}
                label={t('plans:feedbackOn', { name: actionHeading(action) })}
                onChanged={reload}
              />
            </section>
          ))}
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="sm">
          <List>
            {plan.stageHistory.map((change, index) => (
              <List.Item key={index}>
                {format.time(change.at)}: {change.from ? t(`plans:stages.${change.from}`) : '—'} → {t(`plans:stages.${change.to}`)}
                {change.by ? ` (${change.by.displayName})` : ''}
                {change.comment ? ` – ${change.comment}` : ''}
              </List.Item>
            ))}
          </List>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
