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
import { RemoveActionMutation, ReplanStepMutation } from './mutations';
import { PlanChanges } from './PlanChanges';
import { PlanTimeline } from './PlanTimeline';
import { ReasonDialog } from './ReasonDialog';
import { ReplanDialog, type ReplanTarget } from './ReplanDialog';
import { movedDates } from './replanDates';
import { PlanPublicationControl } from '../public/PublicationControl';
import { SetBaselineButton } from './SetBaselineButton';
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
import { StepButtons, editStepFocus, replanStepFocus } from './StepButtons';
import { StepEditor } from './StepEditor';
import { planTimelineRows } from './Timeline';
import { actionNumber } from './timelineModel';
import type { Plan, PlanAction, PlanStep } from './types';

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
  const [, replanStep] = useMutation(ReplanStepMutation);
  const [replanning, setReplanning] = useState<(ReplanTarget & { focus: string }) | null>(null);
  const [removingAction, setRemovingAction] = useState<PlanAction | null>(null);
  const plan = data?.actionPlan;
  const rows = useMemo(() => (plan ? planTimelineRows(plan.actions) : []), [plan]);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // What the viewer may change comes from the API's capability fields (the server's policy).
  const editable = plan?.viewerCanUpdate ?? false;
  // An agreed plan changes by re-planning (with reasons): its owner and the coordinator.
  const replanMode = Boolean(plan?.replanning && plan.viewerCanReplan);
  const monitored = plan?.stage === 'IMPLEMENTING' || plan?.stage === 'COMPLETED';
  const format = useFormat();

  async function report(result: { error?: CombinedError; userErrors?: readonly UserErrorFieldsFragment[] }) {
    const messages = allMessages(problemsOf(t, result, result.userErrors));
    if (messages.length > 0) notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
    reload();
  }

  async function remove(action: PlanAction) {
    if (plan?.replanning) {
      setRemovingAction(action);
      return;
    }
    if (!window.confirm(t('plans:confirmRemoveAction', { name: actionHeading(action) }))) return;
    const result = await removeAction({ input: { id: action.id, expectedVersion: action.version } });
    // The objective's section goes: focus moves to adding one.
    if (!result.error && result.data?.removeAction.userErrors.length === 0) focusLater(ADD_ACTION_FOCUS);
    await report({ error: result.error, userErrors: result.data?.removeAction.userErrors });
  }

  async function removeActionWithReason(action: PlanAction, reason: string) {
    const result = await removeAction({ input: { id: action.id, expectedVersion: action.version, reason: reason || null } });
    return { result, userErrors: result.data?.removeAction.userErrors };
  }

  /** Where a step is, for the re-planning dialog: its number in the plan and its action. */
  function located(stepId: string): { step: PlanStep; number: string } | null {
    for (const action of plan?.actions ?? []) {
      const step = action.steps.find((s) => s.id === stepId);
      if (step) return { step, number: `${actionNumber(action)}.${step.number}` };
    }
    return null;
  }

  /** A bar moved on the timeline: in an agreed plan the reason is asked first (the dialog
   * shows the new dates); before, the dates are saved at once. Either way they keep the
   * precision they had when the move allows it. */
  async function moveOnTimeline(stepId: string, start: string, end: string) {
    const found = located(stepId);
    if (!found) return;
    const dates = movedDates(found.step, start, end);
    if (plan?.replanning) {
      setReplanning({ ...found, start: dates.start ?? '', end: dates.end ?? '', moved: true, focus: `timeline-${stepId}` });
      return;
    }
    const result = await replanStep({ input: { id: stepId, expectedVersion: found.step.version, ...dates } });
    await report({ error: result.error, userErrors: result.data?.replanActionStep.userErrors });
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
      <Group gap="xs">
        <StageControls plan={plan} onChanged={reload} />
        {plan.viewerCanSetBaseline && <SetBaselineButton plan={plan} onChanged={reload} />}
      </Group>
      <PlanPublicationControl plan={{ ...plan, title: t('plans:planOf', { organisation: plan.organisation.name }) }} />
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
          <Tabs.Tab value="changes">{t('plans:changes.tab')}</Tabs.Tab>
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
            renderEditor={(step, action) => (editing === step.id ? <StepEditor step={step} objective={actionHeading(action)} datesLocked={plan.replanning} {...closeStepEditor(step.id)} /> : null)}
            renderActions={
              editable || replanMode
                ? (step, action) =>
                    step.viewerCanUpdate || (replanMode && step.viewerCanReplan) ? (
                      <StepButtons
                        step={step}
                        action={action}
                        replanning={plan.replanning}
                        onReplan={() =>
                          setReplanning({
                            step,
                            number: `${actionNumber(action)}.${step.number}`,
                            start: step.start ?? '',
                            end: step.end ?? '',
                            focus: replanStepFocus(step.id),
                          })
                        }
                        onEdit={() => setEditing(step.id)}
                        onChanged={reload}
                        onRemoved={() => focusLater(addStepFocus(action.id))}
                        onAnnounce={setAnnouncement}
                      />
                    ) : null
                : undefined
            }
            renderAfterSteps={(action) =>
              (editable && action.viewerCanUpdate) || replanMode ? (
                <AddStepForm
                  action={action}
                  replanning={plan.replanning}
                  onAdded={(stepId) => {
                    // In an agreed plan the form took the dates already: focus goes to the new
                    // step's Re-plan; before, its editor opens for the rest.
                    if (plan.replanning) focusLater(replanStepFocus(stepId));
                    else setEditing(stepId);
                    reload();
                  }}
                />
              ) : null
            }
          />
          {editable && <AddActionForm planId={plan.id} onAdded={reload} />}
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="sm">
          <PlanTimeline rows={rows} baselines={plan.baselines} onMove={plan.viewerCanReplan ? (id, start, end) => void moveOnTimeline(id, start, end) : undefined} />
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
        <Tabs.Panel value="changes" pt="sm">
          <PlanChanges changes={plan.changes} />
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
      <ReplanDialog
        target={replanning}
        replanning={plan.replanning}
        onClose={(saved) => {
          if (replanning) focusLater(replanning.focus);
          setReplanning(null);
          if (saved) reload();
        }}
      />
      <ReasonDialog
        opened={removingAction !== null}
        title={removingAction ? t('plans:removeAction', { name: actionHeading(removingAction) }) : ''}
        message={t('plans:replan.removeActionMessage')}
        confirmLabel={t('plans:replan.removeActionConfirm')}
        onConfirm={(reason) => removeActionWithReason(removingAction as PlanAction, reason)}
        onClose={(done) => {
          setRemovingAction(null);
          if (!done) return;
          focusLater(ADD_ACTION_FOCUS);
          reload();
        }}
      />
    </Stack>
  );
}
