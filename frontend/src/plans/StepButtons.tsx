import { ActionIcon, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { notify } from '../components/notify';
import { allMessages, problemsOf } from '../errors/problems';
import { MoveStepMutation } from './mutations';
import type { PlanAction, PlanStep } from './types';

interface StepButtonsProps {
  step: PlanStep;
  action: PlanAction;
  onEdit: () => void;
  onChanged: () => void;
}

/** Edit, reorder and (un)nest one step; every button is labelled for screen readers. */
export function StepButtons({ step, action, onEdit, onChanged }: StepButtonsProps) {
  const { t } = useTranslation(['plans', 'common']);
  const [, moveStep] = useMutation(MoveStepMutation);
  const siblings = action.steps.filter((s) => s.parentId === step.parentId);
  const index = siblings.findIndex((s) => s.id === step.id);
  const previousTopLevel = step.parentId ? null : siblings[index - 1];
  const hasChildren = action.steps.some((s) => s.parentId === step.id);

  async function move(parentId: string | null, position: number | null) {
    const result = await moveStep({ input: { id: step.id, expectedVersion: step.version, parentId, position } });
    const messages = allMessages(problemsOf(t, result, result.data?.moveActionStep.userErrors));
    if (messages.length > 0) notify(messages.join(' '), { color: 'red.9', title: t('common:error') });
    onChanged();
  }

  const label = (key: string) => t(`plans:${key}`, { number: step.number });
  return (
    <Group gap={4} wrap="nowrap">
      <Button size="xs" variant="default" onClick={onEdit} aria-label={label('editStep')}>
        {t('plans:edit')}
      </Button>
      <ActionIcon variant="default" aria-label={label('moveUp')} disabled={index <= 0} onClick={() => void move(step.parentId ?? null, index - 1)}>
        ↑
      </ActionIcon>
      <ActionIcon
        variant="default"
        aria-label={label('moveDown')}
        disabled={index >= siblings.length - 1}
        onClick={() => void move(step.parentId ?? null, index + 1)}
      >
        ↓
      </ActionIcon>
      {step.parentId ? (
        <ActionIcon variant="default" aria-label={label('outdent')} onClick={() => void move(null, null)}>
          ←
        </ActionIcon>
      ) : (
        <ActionIcon
          variant="default"
          aria-label={label('indent')}
          disabled={!previousTopLevel || hasChildren}
          onClick={() => previousTopLevel && void move(previousTopLevel.id, null)}
        >
          →
        </ActionIcon>
      )}
    </Group>
  );
}
