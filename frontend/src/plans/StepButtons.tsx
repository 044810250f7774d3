import { ActionIcon, Button, Group } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { notify } from '../components/notify';
import { allMessages, problemsOf } from '../errors/problems';
import { MoveStepMutation, RemoveStepMutation } from './mutations';
import { actionHeading } from './PlanTables';
import { ReasonDialog } from './ReasonDialog';
import { actionNumber } from './timelineModel';
import type { PlanAction, PlanStep } from './types';

interface StepButtonsProps {
  step: PlanStep;
  action: PlanAction;
  onEdit: () => void;
  /** The plan is agreed: removing asks for a reason, and `onReplan` moves the dates. */
  replanning?: boolean;
  /** Opens the re-planning dialog (shown when the step may be re-planned). */
  onReplan?: () => void;
  onChanged: () => void;
  /** After the step was deleted (and the plan reloaded). */
  onRemoved?: () => void;
  /** Tells screen-reader users what a move did (a polite live region on the page). */
  onAnnounce?: (message: string) => void;
}

/** The focus key of a step's Edit button (focus returns there when its editor closes). */
export const editStepFocus = (stepId: string) => `edit-step-${stepId}`;

/** The focus key of a step's Re-plan button. */
export const replanStepFocus = (stepId: string) => `replan-step-${stepId}`;

/** Edit, reorder, (un)nest and delete one step; every button is labelled for screen readers
 * with the step's number and its objective. */
export function StepButtons({ step, action, onEdit, replanning = false, onReplan, onChanged, onRemoved, onAnnounce }: StepButtonsProps) {
  const { t } = useTranslation(['plans', 'common']);
  const [, moveStep] = useMutation(MoveStepMutation);
  const [, removeStep] = useMutation(RemoveStepMutation);
  const siblings = action.steps.filter((s) => s.parentId === step.parentId);
  const index = siblings.findIndex((s) => s.id === step.id);
  const previousTopLevel = step.parentId ? null : siblings[index - 1];
  const hasChildren = action.steps.some((s) => s.parentId === step.id);
  // A step moved to the first (last) place loses its "up" ("down") button: focus goes to the other.
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const [toEdge, setToEdge] = useState<'first' | 'last' | null>(null);
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    if (toEdge === 'first' && index === 0) down.current?.focus();
    else if (toEdge === 'last' && index === siblings.length - 1) up.current?.focus();
    else return;
    setToEdge(null);
  }, [toEdge, index, siblings.length]);
  const label = (key: string) => t(`plans:${key}`, { number: step.number, objective: actionHeading(action) });

  function report(result: Parameters<typeof problemsOf>[1], userErrors: Parameters<typeof problemsOf>[2]): boolean {
    const messages = allMessages(problemsOf(t, result, userErrors));
    if (messages.length > 0) notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
    return messages.length === 0;
  }

  async function move(parentId: string | null, position: number | null, done: string) {
    const result = await moveStep({ input: { id: step.id, expectedVersion: step.version, parentId, position } });
    if (report(result, result.data?.moveActionStep.userErrors)) {
      onAnnounce?.(label(done));
      if (parentId === (step.parentId ?? null) && position !== null) setToEdge(position <= 0 ? 'first' : position >= siblings.length - 1 ? 'last' : null);
    }
    onChanged();
  }

  async function removeWithReason(reason: string) {
    const result = await removeStep({ input: { id: step.id, expectedVersion: step.version, reason: reason || null } });
    return { result, userErrors: result.data?.removeActionStep.userErrors };
  }

  async function remove() {
    if (replanning) {
      setAsking(true);
      return;
    }
    const question = hasChildren ? 'plans:confirmRemoveStepWithSubSteps' : 'plans:confirmRemoveStep';
    if (!window.confirm(t(question, { number: step.number, title: step.title }))) return;
    const result = await removeStep({ input: { id: step.id, expectedVersion: step.version } });
    const removed = report(result, result.data?.removeActionStep.userErrors);
    onChanged();
    if (removed) onRemoved?.();
  }

  const canEdit = step.viewerCanUpdate;
  const canRemove = replanning ? step.viewerCanReplan : step.viewerCanUpdate;
  const fullNumber = `${actionNumber(action)}.${step.number}`;
  return (
    <Group gap={4} wrap="nowrap">
      {replanning && step.viewerCanReplan && onReplan && (
        <Button
          size="xs"
          variant="default"
          onClick={onReplan}
          aria-label={t('plans:replan.buttonLabel', { number: fullNumber, objective: actionHeading(action) })}
          data-focus-id={replanStepFocus(step.id)}
        >
          {t('plans:replan.button')}
        </Button>
      )}
      {canEdit && (
        <>
          <Button size="xs" variant="default" onClick={onEdit} aria-label={label('editStepOf')} data-focus-id={editStepFocus(step.id)}>
            {t('plans:edit')}
          </Button>
          <ActionIcon ref={up} variant="default" aria-label={label('moveUp')} disabled={index <= 0} onClick={() => void move(step.parentId ?? null, index - 1, 'movedUp')}>
            ↑
          </ActionIcon>
          <ActionIcon
            ref={down}
            variant="default"
            aria-label={label('moveDown')}
            disabled={index >= siblings.length - 1}
            onClick={() => void move(step.parentId ?? null, index + 1, 'movedDown')}
          >
            ↓
          </ActionIcon>
          {step.parentId ? (
            <ActionIcon variant="default" aria-label={label('outdent')} onClick={() => void move(null, null, 'outdented')}>
              ←
            </ActionIcon>
          ) : (
            <ActionIcon
              variant="default"
              aria-label={label('indent')}
              disabled={!previousTopLevel || hasChildren}
              onClick={() => previousTopLevel && void move(previousTopLevel.id, null, 'indented')}
            >
              →
            </ActionIcon>
          )}
        </>
      )}
      {canRemove && (
        <Button size="xs" color="red.9" variant="outline" onClick={() => void remove()} aria-label={label('removeStep')}>
          {t('plans:delete')}
        </Button>
      )}
      {replanning && (
        <ReasonDialog
          opened={asking}
          title={t('plans:replan.removeTitle', { number: fullNumber, title: step.title })}
          message={t(hasChildren ? 'plans:replan.removeWithSubSteps' : 'plans:replan.removeMessage')}
          confirmLabel={t('plans:delete')}
          onConfirm={removeWithReason}
          onClose={(done) => {
            setAsking(false);
            if (!done) return;
            onChanged();
            onRemoved?.();
          }}
        />
      )}
    </Group>
  );
}
