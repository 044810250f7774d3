import { Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { graphql } from '../gql';
import type { ActionPlanStage as PlanStage, StageControlsFieldsFragment } from '../gql/graphql';
import { ProblemsAlert } from '../errors/ProblemsAlert';
import { useMutationProblems } from '../errors/useMutationProblems';
import { TransitionMutation } from './mutations';

/** What the stage buttons need: the stages the viewer may move the plan to, decided by the
 * server's policy (the stage machine's edges the viewer may take). */
export const StageControlsFields = graphql(`
  fragment StageControlsFields on ActionPlan {
    id
    stage
    version
    viewerCanTransitionTo
    baselines {
      number
    }
  }
`);

/** Forward moves first, "back to draft" last. */
const byDirection = (a: PlanStage, b: PlanStage) => Number(a === 'DRAFT') - Number(b === 'DRAFT');

interface StageControlsProps {
  plan: StageControlsFieldsFragment;
  onChanged: () => void;
}

/** A button for each stage the viewer may move the plan to (none when it may move it
 * nowhere), each confirmed in a dialog with an optional comment; broken plan rules are shown
 * in the dialog. */
export function StageControls({ plan, onChanged }: StageControlsProps) {
  const { id: planId, stage, version } = plan;
  const { t } = useTranslation(['plans', 'common']);
  const [target, setTarget] = useState<PlanStage | null>(null);
  const [comment, setComment] = useState('');
  const [rebaseline, setRebaseline] = useState(false);
  // Re-adopting a plan that has a baseline keeps it, unless the coordinator asks for a new one.
  const readopting = target === 'ADOPTED' && plan.baselines.length > 0;
  const problems = useMutationProblems({ comment: t('plans:comment') });
  const [opened, { open, close }] = useDisclosure();
  const [state, transition] = useMutation(TransitionMutation);

  function ask(to: PlanStage) {
    setTarget(to);
    problems.clear();
    setComment('');
    setRebaseline(false);
    open();
  }

  async function confirm() {
    if (!target) return;
    const input = { id: planId, to: target, expectedVersion: version, comment: comment || null };
    const result = await transition({ input: readopting ? { ...input, rebaseline } : input });
    if (problems.check(result, result.data?.transitionActionPlan.userErrors)) {
      close();
      onChanged();
    }
  }

  const targets = [...plan.viewerCanTransitionTo].sort(byDirection);
  if (targets.length === 0) return null;
  return (
    <>
      <Group gap="xs" data-testid="stage-controls">
        {targets.map((to) => (
          <Button key={to} variant={to === 'DRAFT' ? 'default' : 'filled'} onClick={() => ask(to)}>
            {t(`plans:moveTo.${to}`)}
          </Button>
        ))}
      </Group>
      <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common:close') }} title={target ? t(`plans:moveTo.${target}`) : ''}>
        <Stack>
          <Text size="sm">{t('plans:confirmTransition', { from: t(`plans:stages.${stage}`), to: target ? t(`plans:stages.${target}`) : '' })}</Text>
          <ProblemsAlert messages={problems.page} title={t('plans:ruleErrors')} testId="transition-errors" />
          <Textarea label={t('plans:comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={problems.field('comment')} />
          {readopting && (
            <Checkbox
              label={t('plans:baseline.rebaseline')}
              description={t('plans:baseline.rebaselineHint', { number: plan.baselines.at(-1)?.number ?? 1 })}
              checked={rebaseline}
              onChange={(e) => setRebaseline(e.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:cancel')}
            </Button>
            <Button onClick={() => void confirm()} loading={state.fetching}>
              {t('plans:confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
